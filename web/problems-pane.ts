/**
 * 问题列表：check 报出的全部问题（错误、提醒，县里说明保留的另列），点一条跳到编辑器的那一行那一列。
 */
import { el } from './dom.js';
import type { Problem } from './types.js';

export function createProblems(root: HTMLElement, onJump: (line: number, column: number) => void): (problems: readonly Problem[]) => void {
  return (problems) => {
    const errors = problems.filter((p) => p.severity === 'error' && !p.acknowledged);
    const warnings = problems.filter((p) => p.severity === 'warning' && !p.acknowledged);
    const kept = problems.filter((p) => p.acknowledged);
    const item = (p: Problem) => {
      const where = p.otherFile ? `（${p.otherFile}）第 ${p.line} 行` : `第 ${p.line} 行`;
      const li = el(
        'li',
        { class: `problem ${p.severity}`, attrs: { 'data-line': String(p.line), tabindex: '0', role: 'button' } },
        el('span', { class: 'where', text: where }),
        el('span', { class: 'msg', text: p.message }),
        ...(p.fix ? [el('span', { class: 'fix', text: `修改：${p.fix}` })] : []),
        el('span', { class: 'code', text: p.code }),
      );
      if (!p.otherFile) {
        li.addEventListener('click', () => onJump(p.line, p.column));
        li.addEventListener('keydown', (e) => e.key === 'Enter' && onJump(p.line, p.column));
      }
      return li;
    };
    const section = (title: string, list: readonly Problem[], cls: string) =>
      list.length ? [el('h3', { class: cls, text: `${title}（${list.length}）` }), el('ul', {}, ...list.map(item))] : [];
    root.replaceChildren(
      ...(problems.length === 0 ? [el('p', { class: 'none', text: '没有发现问题。' })] : []),
      ...section('错误', errors, 'error'),
      ...section('提醒', warnings, 'warning'),
      ...section('已说明保留的提醒', kept, 'kept'),
    );
  };
}
