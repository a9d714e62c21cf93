/**
 * 对话框：比较两份文字（CodeMirror 的并排比较，只读）、与上年的比较（fzbg diff 的网页，放在隔离的 iframe 里）、
 * 以前的版本列表。按钮的事由调用的一方给。
 */
import { MergeView } from '@codemirror/merge';
import { EditorState } from '@codemirror/state';
import { EditorView, lineNumbers } from '@codemirror/view';
import { el } from './dom.js';

export interface Button {
  label: string;
  primary?: boolean;
  /** 返回 false 时不关对话框。 */
  onClick?: () => unknown;
}

export function openDialog(title: string, body: Node, buttons: readonly Button[], wide = false): HTMLDialogElement {
  const dialog = el('dialog', { class: wide ? 'wide' : '' });
  const bar = el('div', { class: 'dialog-buttons' });
  for (const b of buttons) {
    const btn = el('button', { text: b.label, class: b.primary ? 'primary' : '' });
    btn.addEventListener('click', () => {
      if (b.onClick?.() !== false) dialog.close();
    });
    bar.append(btn);
  }
  dialog.append(el('h2', { text: title }), el('div', { class: 'dialog-body' }, body), bar);
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  return dialog;
}

/** 并排比较两份文字（只读）。 */
export function compareTexts(left: { title: string; text: string }, right: { title: string; text: string }): HTMLElement {
  const readOnly = [lineNumbers(), EditorView.lineWrapping, EditorState.readOnly.of(true), EditorView.editable.of(false)];
  const box = el('div', { class: 'compare' });
  box.append(el('div', { class: 'compare-titles' }, el('span', { text: left.title }), el('span', { text: right.title })));
  const merge = new MergeView({
    a: { doc: left.text, extensions: readOnly },
    b: { doc: right.text, extensions: readOnly },
    collapseUnchanged: { margin: 2, minSize: 4 },
  });
  box.append(merge.dom);
  return box;
}

/** fzbg diff 的网页：放进不能运行脚本的 iframe。 */
export function diffFrame(html: string): HTMLElement {
  const frame = el('iframe', { class: 'diff-frame', attrs: { sandbox: '', title: '与上年比较' } });
  frame.srcdoc = html;
  return frame;
}
