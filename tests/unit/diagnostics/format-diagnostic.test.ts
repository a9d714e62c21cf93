/** 终端里的一条问题：长的行只摘出问题所在的一段，^ 指在问题的那个字下面。 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/diagnostics/diagnostic.js';
import { excerptWindow, formatDiagnostic } from '../../../src/diagnostics/format-diagnostic.js';
import { displayWidth } from '../../../src/text/display-width.js';

/** ^ 所在的列（显示宽度）上是摘录里的哪个字。 */
function charAtCaret(shown: string, caret: number): string | undefined {
  let w = 0;
  for (const ch of shown) {
    if (w === caret) return ch;
    w += displayWidth(ch);
  }
  return undefined;
}

const LONG =
  '          - 做实人民调解。' + '排查矛盾纠纷，调处纠纷，'.repeat(20) + '成功率{{指标.人民调解.成功率X}}%。' + '以案释法，'.repeat(10);

describe('摘录', () => {
  it('短的行整行印出，^ 在那一列的字下面', () => {
    const r = excerptWindow('年度: 2023年', 9);
    expect(r.shown).toBe('年度: 2023年');
    expect(charAtCaret(r.shown, r.caret)).toBe('年');
  });

  it('长的行：摘出问题前后的一段（两头用"…"），不超过 100 个显示宽度，^ 在问题的字下面', () => {
    const column = [...LONG].indexOf('{') + 1;
    const r = excerptWindow(LONG, column);
    expect(displayWidth(r.shown)).toBeLessThanOrEqual(102);
    expect(r.shown.startsWith('…')).toBe(true);
    expect(r.shown.endsWith('…')).toBe(true);
    expect(charAtCaret(r.shown, r.caret)).toBe('{');
    expect(r.shown).toContain('{{指标.人民调解.成功率X}}');
  });

  it('问题在长行的开头或末尾：窗口靠那一头，^ 照样对准', () => {
    const head = excerptWindow(LONG, 13);
    expect(head.shown.startsWith('…')).toBe(false);
    expect(charAtCaret(head.shown, head.caret)).toBe([...LONG][12]);
    const last = [...LONG].length;
    const tail = excerptWindow(LONG, last);
    expect(tail.shown.endsWith('…')).toBe(false);
    expect(charAtCaret(tail.shown, tail.caret)).toBe('，');
    expect(displayWidth(tail.shown)).toBeGreaterThan(90);
  });

  it('formatDiagnostic：摘录行和 ^ 行对齐（gutter 之后）', () => {
    const column = [...LONG].indexOf('{') + 1;
    const d: Diagnostic = {
      code: 'ref/template',
      severity: 'error',
      file: 'a.yaml',
      line: 68,
      column,
      message: '引用的数据不存在。',
      excerpt: LONG,
    };
    const [, excerpt = '', caret = ''] = formatDiagnostic(d).split('\n');
    const prefix = '   68 | ';
    expect(excerpt.startsWith(prefix)).toBe(true);
    expect(charAtCaret(excerpt.slice(prefix.length), caret.indexOf('^') - prefix.length)).toBe('{');
  });
});
