/**
 * 左边的 YAML 编辑器（CodeMirror 6）：行号、查找替换、撤销、折叠、长行折回；
 * 补全和悬停说明来自 fzbg 的 JSON Schema（中文标题和说明）；问题（check 的中文信息）画在行上；
 * Ctrl+S 保存。界面文字都是中文。
 */
import { autocompletion, completionKeymap, type Completion, type CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { yaml } from '@codemirror/lang-yaml';
import {
  bracketMatching,
  defaultHighlightStyle,
  foldGutter,
  foldKeymap,
  indentOnInput,
  indentUnit,
  syntaxHighlighting,
} from '@codemirror/language';
import { lintGutter, lintKeymap, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { highlightSelectionMatches, search, searchKeymap } from '@codemirror/search';
import { EditorSelection, EditorState, type Extension } from '@codemirror/state';
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  highlightSpecialChars,
  hoverTooltip,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import { describe, keysOf, schemasAt, takesBlock, valueInfo, valuesOf, type Schema } from './schema-walk.js';
import type { Problem } from './types.js';
import { keyAt, yamlContext } from './yaml-context.js';

/** CodeMirror 自带界面文字的中文。 */
const PHRASES: Record<string, string> = {
  Find: '查找',
  Replace: '替换',
  next: '下一个',
  previous: '上一个',
  all: '全部',
  'match case': '区分大小写',
  regexp: '正则',
  'by word': '整词',
  replace: '替换',
  'replace all': '全部替换',
  close: '关闭',
  'current match': '当前',
  'replaced $ matches': '替换了 $ 处',
  'replaced match on line $': '替换了第 $ 行的一处',
  'on line': '在行',
  'Go to line': '跳到第几行',
  go: '跳转',
  'Folded lines': '折叠的行',
  'Unfolded lines': '展开的行',
  to: '到',
  'folded code': '折叠的内容',
  unfold: '展开',
  'Fold line': '折叠',
  'Unfold line': '展开',
  Diagnostics: '问题',
  'No diagnostics': '没有问题',
  Completions: '补全',
  'Selection deleted': '已删除选中的文字',
};

export interface EditorHandle {
  view: EditorView;
  text(): string;
  /** 换成新的文字：只替换真正变了的那一段（撤销、光标都正常）。 */
  replaceText(text: string): void;
  /** 打开另一个文件（清掉撤销记录）。 */
  load(text: string): void;
  goTo(line: number, column?: number): void;
  setProblems(problems: readonly Problem[]): void;
}

export interface EditorCallbacks {
  onChange(text: string): void;
  onSave(): void;
  onCursor(line: number): void;
}

/** 第 line 行第 column 列（都从 1 起，按字符数）在文档里的位置。 */
function position(state: EditorState, line: number, column: number): number {
  const l = state.doc.line(Math.min(Math.max(1, line), state.doc.lines));
  const chars = [...l.text].slice(0, Math.max(0, column - 1)).join('');
  return Math.min(l.to, l.from + chars.length);
}

function schemaCompletion(schema: Schema) {
  return (ctx: CompletionContext): CompletionResult | null => {
    const line = ctx.state.doc.lineAt(ctx.pos);
    const column = ctx.pos - line.from;
    const where = yamlContext(ctx.state.doc.toString(), line.number, column);
    if (!where) return null;
    if (!where.typed && !ctx.explicit && where.mode === 'key' && line.text.trim() === '') return null;
    const from = ctx.pos - where.typed.length;
    if (where.mode === 'key') {
      const options: Completion[] = [...keysOf(schema, schemasAt(schema, where.path))].map(([key, s]) => {
        const { title, description } = describe([s]);
        const block = takesBlock(schema, s);
        const indent = ' '.repeat(column - where.typed.length + 2);
        return {
          label: key,
          ...(title && title !== key ? { detail: title } : {}),
          ...(description ? { info: description } : {}),
          type: 'property',
          apply: block ? `${key}:\n${indent}` : `${key}: `,
        };
      });
      return options.length ? { from, options, validFor: /^[^\s:#]*$/ } : null;
    }
    const at = schemasAt(schema, [...where.path, where.key ?? '']);
    const values = valuesOf(at);
    const options = values.map((v): Completion => {
      const info = valueInfo(at, v);
      return { label: v, type: 'enum', ...(info ? { info } : {}) };
    });
    return options.length ? { from, options, validFor: /^[^\s#]*$/ } : null;
  };
}

function schemaHover(schema: Schema): Extension {
  return hoverTooltip((view, pos) => {
    const line = view.state.doc.lineAt(pos);
    const hit = keyAt(view.state.doc.toString(), line.number, pos - line.from);
    if (!hit) return null;
    const { title, description } = describe(schemasAt(schema, hit.path));
    if (!title && !description) return null;
    return {
      pos: line.from + hit.from,
      end: line.from + hit.to,
      above: true,
      create: () => {
        const dom = document.createElement('div');
        dom.className = 'cm-schema-tip';
        const head = document.createElement('strong');
        head.textContent = title ?? (hit.path.at(-1) as string);
        const body = document.createElement('div');
        body.textContent = description ?? '';
        dom.append(head, body);
        return { dom };
      },
    };
  });
}

export function createEditor(parent: HTMLElement, schema: Schema, on: EditorCallbacks): EditorHandle {
  const extensions: Extension[] = [
    lineNumbers(),
    highlightActiveLineGutter(),
    highlightSpecialChars(),
    history(),
    foldGutter(),
    drawSelection(),
    indentOnInput(),
    indentUnit.of('  '),
    EditorState.tabSize.of(2),
    syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
    bracketMatching(),
    highlightActiveLine(),
    highlightSelectionMatches(),
    search({ top: true }),
    autocompletion({ override: [schemaCompletion(schema)] }),
    schemaHover(schema),
    lintGutter(),
    yaml(),
    EditorView.lineWrapping,
    EditorState.phrases.of(PHRASES),
    keymap.of([
      { key: 'Mod-s', preventDefault: true, run: () => (on.onSave(), true) },
      ...defaultKeymap,
      ...searchKeymap,
      ...historyKeymap,
      ...foldKeymap,
      ...completionKeymap,
      ...lintKeymap,
      indentWithTab,
    ]),
    EditorView.updateListener.of((u) => {
      if (u.docChanged) on.onChange(u.state.doc.toString());
      if (u.selectionSet || u.docChanged) on.onCursor(u.state.doc.lineAt(u.state.selection.main.head).number);
    }),
  ];
  const view = new EditorView({ parent, state: EditorState.create({ doc: '', extensions }) });
  return {
    view,
    text: () => view.state.doc.toString(),
    replaceText(text) {
      const old = view.state.doc.toString();
      if (old === text) return;
      let start = 0;
      while (start < old.length && start < text.length && old[start] === text[start]) start++;
      let end = 0;
      while (end < old.length - start && end < text.length - start && old[old.length - 1 - end] === text[text.length - 1 - end]) end++;
      view.dispatch({ changes: { from: start, to: old.length - end, insert: text.slice(start, text.length - end) } });
    },
    load(text) {
      view.setState(EditorState.create({ doc: text, extensions }));
    },
    goTo(line, column = 1) {
      const pos = position(view.state, line, column);
      view.dispatch({ selection: EditorSelection.cursor(pos), effects: EditorView.scrollIntoView(pos, { y: 'center' }) });
      view.focus();
    },
    setProblems(problems) {
      const diagnostics: Diagnostic[] = problems
        .filter((p) => !p.otherFile)
        .map((p) => {
          const from = position(view.state, p.line, p.column);
          const lineEnd = view.state.doc.lineAt(from).to;
          const word = /^[^\s,:{}[\]#]+/.exec(view.state.sliceDoc(from, lineEnd))?.[0].length ?? 0;
          return {
            from,
            to: Math.min(lineEnd, from + Math.max(word, 1)),
            severity: p.severity,
            message: p.fix ? `${p.message}\n修改：${p.fix}` : p.message,
            source: p.code,
          };
        });
      view.dispatch(setDiagnostics(view.state, diagnostics));
    },
  };
}
