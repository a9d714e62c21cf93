/**
 * 工作台的网页：#/ 是数据文件夹里的县和年度；#/南昌县/2023.yaml 打开那个文件。
 * 编辑器、预览、问题和指标只建一次，换文件时换内容。
 */
import { getJson } from './api.js';
import { byId, el, toast } from './dom.js';
import { draftFiles } from './drafts.js';
import { createEditor, type EditorHandle } from './editor.js';
import { createFigures } from './figures-pane.js';
import { createPreview } from './preview-pane.js';
import { createProblems } from './problems-pane.js';
import type { Schema } from './schema-walk.js';
import type { CountyYears } from './types.js';
import { openSession, type Panes, type Session } from './workbench-page.js';

interface Files {
  folder: string;
  counties: CountyYears[];
  pdf: boolean;
}

let files: Files | undefined;
/** 编辑器和预览只建一次：页面一打开就换了地址（两次 route 同时在等 Schema）时也不会建出两个编辑器。 */
let panes: Promise<Panes> | undefined;
let session: Session | undefined;
let opening = 0;

/** 给测试和基准读编辑器（只读）：CodeMirror 只把看得见的行放进页面，整份文字要从它的状态里取。 */
declare global {
  interface Window {
    fzbgDebug?: { text(): string; cursor(): { line: number; column: number } };
  }
}

function showHome(f: Files): void {
  byId('bench').hidden = true;
  byId('actions').hidden = true;
  byId('file-name').textContent = '';
  byId('status').textContent = '';
  const drafts = draftFiles(f.folder);
  const home = byId('home');
  home.hidden = false;
  home.replaceChildren(
    el('h1', { text: '选一个县、一个年度' }),
    el('p', { class: 'folder', text: `数据文件夹：${f.folder}` }),
    ...(f.counties.length
      ? f.counties.map((c) =>
          el(
            'section',
            { class: 'county' },
            el('h2', { text: c.region }),
            ...c.files.map((y) =>
              el('a', {
                class: 'year',
                attrs: { href: `#/${y.file}` },
                text: `${y.year} 年${drafts.has(y.file) ? '（有未保存的修改）' : ''}`,
              }),
            ),
          ),
        )
      : [el('p', { text: '这个文件夹里还没有数据文件（应为 地区/年度.yaml，如 南昌县/2023.yaml）。' })]),
  );
}

function setupPanes(schema: Schema): Panes {
  let editor: EditorHandle | undefined = undefined;
  const jump = (line: number, column = 1) => editor?.goTo(line, column);
  editor = createEditor(byId('editor-pane'), schema, {
    onChange: () => session?.changed(),
    onSave: () => void session?.save(),
    onCursor: (line) => session?.cursor(line),
  });
  const view = editor.view;
  window.fzbgDebug = {
    text: () => view.state.doc.toString(),
    cursor: () => {
      const head = view.state.selection.main.head;
      const line = view.state.doc.lineAt(head);
      return { line: line.number, column: head - line.from + 1 };
    },
  };
  const tabs = [byId('tab-problems'), byId('tab-figures')];
  for (const tab of tabs)
    tab.addEventListener('click', () => {
      for (const t of tabs) t.setAttribute('aria-selected', String(t === tab));
      byId('problems').hidden = tab.id !== 'tab-problems';
      byId('figures').hidden = tab.id !== 'tab-figures';
    });
  return {
    editor,
    preview: createPreview(byId('preview-pane'), (line) => jump(line)),
    showProblems: createProblems(byId('problems'), jump),
    showFigures: createFigures(byId('figures'), (g, f, v) => session?.setFigure(g, f, v) ?? Promise.resolve('没有打开的文件。')),
  };
}

async function route(): Promise<void> {
  const ticket = ++opening;
  session?.close();
  session = undefined;
  files ??= await getJson<Files>('/api/files');
  const file = decodeURIComponent(location.hash.replace(/^#\/?/, ''));
  if (!file) {
    showHome(files);
    return;
  }
  panes ??= getJson<Schema>('/api/schema').then(setupPanes);
  const ready = await panes;
  byId('home').hidden = true;
  byId('bench').hidden = false;
  byId('actions').hidden = false;
  byId('file-name').textContent = file;
  document.title = `${file} — fzbg 工作台`;
  const opened = await openSession(files.folder, file, ready, files.pdf);
  if (ticket !== opening) opened?.close();
  else session = opened;
}

document.addEventListener('keydown', (e) => {
  if (!e.defaultPrevented && (e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
    e.preventDefault();
    void session?.save();
  }
});
window.addEventListener('hashchange', () => void route().catch((e: unknown) => toast(e instanceof Error ? e.message : String(e), 'error')));
window.addEventListener('pagehide', () => session?.close());
void route().catch((e: unknown) => toast(e instanceof Error ? e.message : String(e), 'error'));
