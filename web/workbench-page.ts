/**
 * 打开一个数据文件的工作台：编辑器、预览、问题、指标，和上面的几个按钮。
 *   - 每次改动都把文字交给服务检查（同一时间只有一个请求；回来时文字又变了就再问一次，不必等停手）；
 *   - 没保存的修改随手存进浏览器，保存成功才删；
 *   - 保存时带着打开时磁盘上的指纹，磁盘上的文件在别处被改过就不存，拿出来比较；也定时看一眼磁盘；
 *   - 生成 Word/PDF、与上年比较都按编辑器里现在的文字。
 */
import { ApiError, getJson, postDownload, postJson, saveBlob } from './api.js';
import { compareTexts, diffFrame, openDialog } from './dialogs.js';
import { byId, el, toast } from './dom.js';
import { clearDraft, loadDraft, saveDraft } from './drafts.js';
import type { EditorHandle } from './editor.js';
import type { PreviewPane } from './preview-pane.js';
import type { DraftCheck, FigureGroupRows, Problem } from './types.js';

export interface Panes {
  editor: EditorHandle;
  preview: PreviewPane;
  showProblems: (p: readonly Problem[]) => void;
  showFigures: (g: readonly FigureGroupRows[], prior: string | undefined) => void;
}

/** 从改动到页面更新的时间（npm run bench 在浏览器里读它）。 */
interface Trace {
  version: number;
  changedAt: number;
  shownAt?: number;
}
declare global {
  interface Window {
    fzbgTrace?: Trace[];
  }
}

const POLL_MS = 2000;

export interface Session {
  /** 保存（Ctrl+S、按钮）。 */
  save(): Promise<void>;
  /** 编辑器里的文字变了（编辑器的回调调它）。 */
  changed(): void;
  cursor(line: number): void;
  setFigure(group: string, field: string, value: number | null): Promise<string | undefined>;
  close(): void;
}

export async function openSession(folder: string, file: string, panes: Panes, pdf: boolean): Promise<Session | undefined> {
  const { editor, preview } = panes;
  let opened: { text: string; hash: string; note?: string };
  try {
    opened = await getJson('/api/file', { file });
  } catch (e) {
    toast(e instanceof Error ? e.message : String(e), 'error');
    return undefined;
  }
  let base = opened.hash;
  let savedText = opened.text;
  let version = 0;
  let inFlight = false;
  let again = false;
  let conflict = false;
  let closed = false;
  const trace: Trace[] = (window.fzbgTrace = []);
  const status = byId('status');
  const problemsTab = byId('tab-problems');
  let summary = '';

  const dirty = () => editor.text() !== savedText;
  const showStatus = () => {
    status.textContent = `${dirty() ? '● 有未保存的修改' : '已保存'}${summary ? ` · ${summary}` : ''}`;
    status.classList.toggle('dirty', dirty());
  };

  const draft = loadDraft(folder, file);
  if (draft && draft.text !== opened.text) {
    editor.load(draft.text);
    if (draft.base !== opened.hash) {
      base = draft.base;
      showConflict(opened.text, opened.hash);
    } else toast('恢复了上次没有保存的修改（保存后生效）。');
  } else {
    editor.load(opened.text);
    if (draft) clearDraft(folder, file);
  }
  if (opened.note) toast(opened.note);

  function apply(r: DraftCheck, current: boolean): void {
    if (r.preview && r.blockLines) preview.show(r.preview.pages, r.preview.css, r.blockLines, r.preview.withErrors);
    else preview.stale('YAML 的写法有错误（见"问题"）：页面停在上一次能排出来的样子。');
    if (!current) return;
    editor.setProblems(r.problems);
    panes.showProblems(r.problems);
    panes.showFigures(r.figures, r.prior);
    const errors = r.problems.filter((p) => p.severity === 'error').length;
    const warnings = r.problems.length - errors;
    summary = errors || warnings ? `${errors} 个错误，${warnings} 个提醒` : '没有问题';
    problemsTab.textContent = `问题（${r.problems.length}）`;
    problemsTab.classList.toggle('has-errors', errors > 0);
    showStatus();
  }

  async function check(): Promise<void> {
    if (inFlight) {
      again = true;
      return;
    }
    inFlight = true;
    again = false;
    const v = version;
    try {
      const { result } = await postJson<{ result: DraftCheck }>('/api/check', { file, text: editor.text() });
      if (closed) return;
      apply(result, v === version);
      requestAnimationFrame(() => {
        const now = performance.now();
        for (const t of trace) if (t.version <= v && t.shownAt === undefined) t.shownAt = now;
      });
    } catch (e) {
      toast(e instanceof Error ? e.message : String(e), 'error');
    } finally {
      inFlight = false;
      if (again && !closed) void check();
    }
  }

  let draftTimer: ReturnType<typeof setTimeout> | undefined;
  function keepDraft(): void {
    clearTimeout(draftTimer);
    draftTimer = setTimeout(() => {
      if (dirty()) saveDraft(folder, file, { text: editor.text(), base, at: Date.now() });
      else clearDraft(folder, file);
    }, 300);
  }

  function showConflict(diskText: string, diskHash: string): void {
    conflict = true;
    const bar = byId('conflict');
    const useDisk = () => {
      editor.replaceText(diskText);
      savedText = diskText;
      base = diskHash;
      clearDraft(folder, file);
      hide();
      toast('已换成磁盘上的版本（Ctrl+Z 可以撤回）。');
    };
    const keepMine = () => {
      base = diskHash;
      savedText = diskText;
      hide();
      keepDraft();
      showStatus();
      toast('保存时会用你的修改替换磁盘上的版本；磁盘上的那一版会留在"以前的版本"里。');
    };
    const hide = () => {
      bar.hidden = true;
      conflict = false;
    };
    const compare = el('button', { text: '比较' });
    compare.addEventListener('click', () =>
      openDialog(
        '磁盘上的版本和你的修改',
        compareTexts({ title: '磁盘上的（在别处改过）', text: diskText }, { title: '编辑器里的（你的修改）', text: editor.text() }),
        [{ label: '用磁盘上的版本', onClick: useDisk }, { label: '保留我的修改', primary: true, onClick: keepMine }, { label: '关闭' }],
        true,
      ),
    );
    const disk = el('button', { text: '用磁盘上的版本' });
    disk.addEventListener('click', useDisk);
    const mine = el('button', { text: '保留我的修改' });
    mine.addEventListener('click', keepMine);
    bar.replaceChildren(
      el('strong', { text: '文件在别处被改过了。' }),
      el('span', { text: '磁盘上的文件在你打开之后变了（可能在记事本里改的），没有自动覆盖。' }),
      compare,
      disk,
      mine,
    );
    bar.hidden = false;
  }

  async function save(): Promise<void> {
    const text = editor.text();
    try {
      const r = await postJson<{ hash: string }>('/api/save', { file, text, base });
      base = r.hash;
      savedText = text;
      if (!dirty()) clearDraft(folder, file);
      showStatus();
      toast('已保存（原来的版本留在"以前的版本"里）。');
    } catch (e) {
      if (e instanceof ApiError && e.status === 409 && typeof e.body.diskText === 'string' && typeof e.body.diskHash === 'string')
        showConflict(e.body.diskText, e.body.diskHash);
      toast(e instanceof Error ? e.message : String(e), 'error');
    }
  }

  const poll = setInterval(() => {
    if (document.hidden || conflict || closed) return;
    void getJson<{ hash: string }>('/api/state', { file })
      .then(async (s) => {
        if (s.hash === base || conflict || closed) return;
        const disk = await getJson<{ text: string; hash: string }>('/api/file', { file });
        if (disk.hash !== base) showConflict(disk.text, disk.hash);
      })
      .catch(() => undefined);
  }, POLL_MS);

  const body = () => ({ file, text: editor.text() });
  const run = (id: string, action: () => Promise<void>) => {
    const button = byId<HTMLButtonElement>(id);
    button.onclick = async () => {
      button.disabled = true;
      try {
        await action();
      } catch (e) {
        toast(e instanceof Error ? e.message : String(e), 'error');
      } finally {
        button.disabled = id === 'btn-pdf' && !pdf;
      }
    };
  };
  run('btn-save', save);
  run('btn-docx', async () => {
    const d = await postDownload('/api/docx', body());
    saveBlob(d.blob, d.name);
    toast(`已生成 ${d.name}${dirty() ? '（按编辑器里还没保存的内容）' : ''}。`);
  });
  const pdfButton = byId<HTMLButtonElement>('btn-pdf');
  pdfButton.disabled = !pdf;
  pdfButton.title = pdf ? '用 LibreOffice 转成 PDF' : '没有找到 LibreOffice，生成不了 PDF';
  run('btn-pdf', async () => {
    toast('正在用 LibreOffice 转换，要几秒钟……');
    const d = await postDownload('/api/pdf', body());
    saveBlob(d.blob, d.name);
  });
  run('btn-diff', async () => {
    const { html } = await postJson<{ html: string }>('/api/diff', body());
    openDialog(
      '与上年比较',
      diffFrame(html),
      [
        {
          label: '下载修订稿（Word）',
          primary: true,
          onClick: () => {
            void postDownload('/api/redline', body())
              .then((d) => saveBlob(d.blob, d.name))
              .catch((e: unknown) => toast(e instanceof Error ? e.message : String(e), 'error'));
            return false;
          },
        },
        { label: '关闭' },
      ],
      true,
    );
  });
  run('btn-next', async () => {
    if (dirty()) {
      toast('先保存：新建下一年是按磁盘上的文件做的。', 'error');
      return;
    }
    await new Promise<void>((resolve) =>
      openDialog(
        '新建下一年',
        el('p', {
          text: '由这一年的文件做出下一年的草稿（与 fzbg new 相同）：结构和文字保留，数字清空（上年的值写在注释里），年份顺延，已有的文件不覆盖。',
        }),
        [
          {
            label: '新建',
            primary: true,
            onClick: () => {
              void postJson<{ file: string }>('/api/next-year', { file })
                .then((r) => {
                  toast(`已生成 ${r.file}。`);
                  location.hash = `#/${r.file}`;
                })
                .catch((e: unknown) => {
                  toast(e instanceof Error ? e.message : String(e), 'error');
                  if (e instanceof ApiError && e.status === 409 && typeof e.body.file === 'string') location.hash = `#/${e.body.file}`;
                })
                .finally(resolve);
            },
          },
          { label: '取消', onClick: () => resolve() },
        ],
      ),
    );
  });
  run('btn-history', async () => {
    const { versions } = await getJson<{ versions: { id: string; time: string; size: number }[] }>('/api/history', { file });
    const list = el('ul', { class: 'versions' });
    if (!versions.length) list.append(el('li', { text: '还没有以前的版本：每次保存时，原来的文件会留一份在这里（最多 20 份）。' }));
    let dialog: HTMLDialogElement | undefined = undefined;
    for (const v of versions) {
      const when = new Date(v.time).toLocaleString('zh-CN');
      const look = el('button', { text: '比较' });
      const restore = el('button', { text: '恢复', class: 'primary' });
      const fetchText = () => getJson<{ text: string }>('/api/version', { file, id: v.id });
      look.addEventListener('click', () => {
        void fetchText().then((t) =>
          openDialog(
            `以前的版本（${when}）`,
            compareTexts({ title: `以前的版本（${when}）`, text: t.text }, { title: '编辑器里的', text: editor.text() }),
            [{ label: '关闭' }],
            true,
          ),
        );
      });
      restore.addEventListener('click', () => {
        void fetchText().then((t) => {
          editor.replaceText(t.text);
          dialog?.close();
          toast(`已把 ${when} 的版本放回编辑器：看过没问题就保存（现在磁盘上的版本会留在"以前的版本"里）。`);
        });
      });
      list.append(
        el('li', { attrs: { 'data-id': v.id } }, el('span', { text: `${when}（${Math.ceil(v.size / 1024)} KB）` }), look, restore),
      );
    }
    dialog = openDialog('以前的版本', list, [{ label: '关闭' }]);
  });

  showStatus();
  void check();
  return {
    save,
    changed() {
      version++;
      trace.push({ version, changedAt: performance.now() });
      keepDraft();
      showStatus();
      void check();
    },
    cursor(line) {
      // 光标所在的顶层键（"指标:"、"正文:"……）从哪一行起：光标在"指标"里时不去标正文里的块。
      const doc = editor.view.state.doc;
      let floor = line;
      while (floor > 1 && !/^[^\s#-]/.test(doc.line(floor).text)) floor--;
      preview.highlightLine(line, floor);
    },
    async setFigure(group, field, value) {
      try {
        const r = await postJson<{ text: string }>('/api/figure', { text: editor.text(), group, field, value });
        editor.replaceText(r.text);
        return undefined;
      } catch (e) {
        return e instanceof Error ? e.message : String(e);
      }
    },
    close() {
      closed = true;
      clearInterval(poll);
      clearTimeout(draftTimer);
      if (dirty()) saveDraft(folder, file, { text: editor.text(), base, at: Date.now() });
      byId('conflict').hidden = true;
    },
  };
}
