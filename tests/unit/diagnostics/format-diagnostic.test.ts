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

const base: Diagnostic = {
  code: 'schema/figure',
  severity: 'error',
  file: 'data/南昌县/2023.yaml',
  line: 9,
  column: 25,
  message: '"收到申请"应为不小于 0 的整数。',
};

/** 摘录行和 ^ 行里，"| " 之后的部分。 */
function excerptAndCaret(text: string): [string, string] {
  const lines = text.split('\n');
  const after = (l: string | undefined) => (l ?? '').slice((l ?? '').indexOf('| ') + 2);
  return [after(lines[1]), after(lines[2])];
}

describe('formatDiagnostic：位置、摘录、改法', () => {
  it('第一行：文件:行:列 严重程度 [代码] 说明；没有摘录和改法时只有这一行', () => {
    expect(formatDiagnostic(base)).toBe('data/南昌县/2023.yaml:9:25 错误 [schema/figure] "收到申请"应为不小于 0 的整数。');
    expect(formatDiagnostic({ ...base, severity: 'warning', code: 'figure/unused' })).toContain(' 警告 [figure/unused] ');
  });

  it('^ 在中文文字下对准第 column 个字（中文占两格）', () => {
    const excerpt = '  行政复议: {受理: 177, 收到申请: 233件}';
    const column = excerpt.indexOf('233件') + 1;
    const [shown, caret] = excerptAndCaret(formatDiagnostic({ ...base, column, excerpt }));
    expect(shown).toBe(excerpt);
    expect(caret).toBe(' '.repeat(displayWidth(excerpt.slice(0, column - 1))) + '^');
    expect(caret.indexOf('^')).toBe(34);
  });

  it('行号右对齐在五格里，^ 行的竖线与摘录行的对齐', () => {
    const text = formatDiagnostic({ ...base, line: 12, column: 5, excerpt: '年度: 2023年' });
    const [, excerptLine, caretLine] = text.split('\n');
    expect(excerptLine).toBe('   12 | 年度: 2023年');
    expect(caretLine?.indexOf('|')).toBe(excerptLine?.indexOf('|'));
    expect(caretLine).toBe('      |       ^');
  });

  it('行号超过五位时竖线照样对齐', () => {
    const [, a, b] = formatDiagnostic({ ...base, line: 1234567, column: 1, excerpt: 'x' }).split('\n');
    expect(a?.indexOf('|')).toBe(b?.indexOf('|'));
  });

  it('列按 UTF-16 算（与编辑器一致）：扩展区的汉字（两个代码单元）之后，^ 仍对准出错的字', () => {
    const excerpt = '地区: 𠀾𡈽县 {{指标.x}}';
    const column = excerpt.indexOf('{{') + 1;
    const [shown, caret] = excerptAndCaret(formatDiagnostic({ ...base, column, excerpt }));
    expect(shown).toBe(excerpt);
    expect(caret).toBe(' '.repeat(displayWidth(excerpt.slice(0, column - 1))) + '^');
  });

  it('Tab 显示成 →，仍算一个字', () => {
    const [shown, caret] = excerptAndCaret(formatDiagnostic({ ...base, column: 2, excerpt: '\t地区: 南昌县' }));
    expect(shown).toBe('→地区: 南昌县');
    expect(caret).toBe(' ^');
  });

  it('空白的摘录不显示；改法在最后一行', () => {
    const text = formatDiagnostic({ ...base, excerpt: '   ', fix: '去掉单位。' });
    expect(text.split('\n')).toEqual([formatDiagnostic(base), '    修改：去掉单位。']);
  });
});
