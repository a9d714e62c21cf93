/** 终端里的一条问题：位置、摘录、^ 对准出错的字（中文占两格）、改法。 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/diagnostics/diagnostic.js';
import { formatDiagnostic } from '../../../src/diagnostics/format-diagnostic.js';
import { displayWidth } from '../../../src/text/display-width.js';

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

describe('formatDiagnostic', () => {
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

  it('Tab 显示成 →，仍算一个字', () => {
    const [shown, caret] = excerptAndCaret(formatDiagnostic({ ...base, column: 2, excerpt: '\t地区: 南昌县' }));
    expect(shown).toBe('→地区: 南昌县');
    expect(caret).toBe(' ^');
  });

  it('摘录最多 120 个字符', () => {
    const [shown] = excerptAndCaret(formatDiagnostic({ ...base, column: 1, excerpt: 'a'.repeat(300) }));
    expect(shown).toHaveLength(120);
  });

  it('空白的摘录不显示；改法在最后一行', () => {
    const text = formatDiagnostic({ ...base, excerpt: '   ', fix: '去掉单位。' });
    expect(text.split('\n')).toEqual([formatDiagnostic(base), '    修改：去掉单位。']);
  });
});
