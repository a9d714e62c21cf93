/** 按字符的相似度：规范化（全角半角、空白）后 2 × 相同字数 ÷ 总字数。 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeForComparison, textSimilarity } from '../../../src/text/text-similarity.js';

describe('normalizeForComparison', () => {
  it('全角字母数字变半角，空白全去掉', () => {
    expect(normalizeForComparison('ＡＢＣ １２３\n 甲\u3000乙')).toBe('ABC123甲乙');
  });
});

describe('textSimilarity', () => {
  it.each([
    ['依法行政', '依法行政', 1],
    ['', '', 1],
    ['甲乙', '丙丁', 0],
    ['甲乙丙丁', '甲乙', 2 / 3],
    ['甲乙丙丁', '甲乙戊己', 0.5],
    ['ＡＢＣ', 'A B C', 1],
    ['', '甲', 0],
  ])('"%s" 与 "%s"：%f', (a, b, s) => {
    expect(textSimilarity(a, b)).toBeCloseTo(s, 10);
  });

  it('性质：在 0 与 1 之间，对称；与自己为 1', () => {
    const text = fc.array(fc.constantFrom('依', '法', '行', '政', '甲', ' ', 'Ａ', 'A'), { maxLength: 15 }).map((c) => c.join(''));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const s = textSimilarity(a, b);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        expect(textSimilarity(b, a)).toBeCloseTo(s, 12);
        expect(textSimilarity(a, a)).toBe(1);
      }),
    );
  });
});
