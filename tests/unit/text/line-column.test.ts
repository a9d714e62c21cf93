/** 下标 → 行列：与逐行切开数出来的一样；lineFinder 与 lineColumn 的行号一样。 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineColumn, lineFinder } from '../../../src/text/line-column.js';

/** 照定义数：下标之前的文字按 \n 切开。 */
function naive(text: string, offset: number): { line: number; column: number } {
  const lines = text.slice(0, Math.max(0, offset)).split('\n');
  return { line: lines.length, column: (lines[lines.length - 1] ?? '').length + 1 };
}

const textWithLines = fc.array(fc.constantFrom('甲', 'a', ' ', '\n', '\r', '，', '𠀀'), { maxLength: 40 }).map((chars) => chars.join(''));

describe('lineColumn', () => {
  it('多行文字里的位置（行列都从 1 起）', () => {
    const text = '第一行\n第二行\n\n第四';
    expect(lineColumn(text, 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn(text, 3)).toEqual({ line: 1, column: 4 });
    expect(lineColumn(text, 4)).toEqual({ line: 2, column: 1 });
    expect(lineColumn(text, 9)).toEqual({ line: 4, column: 1 });
    expect(lineColumn(text, 10)).toEqual({ line: 4, column: 2 });
  });

  it('负的下标算文字开头', () => {
    expect(lineColumn('甲\n乙', -3)).toEqual({ line: 1, column: 1 });
  });

  it('性质：与逐行切开数出来的一样', () => {
    fc.assert(
      fc.property(textWithLines, fc.nat(), (text, n) => {
        const offset = n % (text.length + 1);
        expect(lineColumn(text, offset)).toEqual(naive(text, offset));
      }),
    );
  });
});

describe('lineFinder', () => {
  it('性质：每个下标的行号与 lineColumn 相同', () => {
    fc.assert(
      fc.property(textWithLines, (text) => {
        const find = lineFinder(text);
        for (let offset = 0; offset <= text.length; offset++) expect(find(offset)).toBe(lineColumn(text, offset).line);
      }),
    );
  });
});
