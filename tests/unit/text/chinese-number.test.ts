/** 公文编号的汉字数字：一到九百九十九。 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chineseNumber } from '../../../src/text/chinese-number.js';

describe('chineseNumber', () => {
  it.each([
    [0, '零'],
    [1, '一'],
    [9, '九'],
    [10, '十'],
    [11, '十一'],
    [19, '十九'],
    [20, '二十'],
    [21, '二十一'],
    [99, '九十九'],
    [100, '一百'],
    [101, '一百零一'],
    [105, '一百零五'],
    [110, '一百一十'],
    [115, '一百一十五'],
    [120, '一百二十'],
    [305, '三百零五'],
    [999, '九百九十九'],
  ])('%i → %s', (n, text) => {
    expect(chineseNumber(n)).toBe(text);
  });

  it.each([-1, 1.5, 1000, 12345])('%s 不在范围内时照写阿拉伯数字', (n) => {
    expect(chineseNumber(n)).toBe(String(n));
  });

  it('性质：0—999 各不相同，且只用 零一二……九十百', () => {
    const seen = new Map<string, number>();
    for (let n = 0; n < 1000; n++) {
      const t = chineseNumber(n);
      expect(t).toMatch(/^[零一二三四五六七八九十百]+$/);
      expect(seen.get(t)).toBeUndefined();
      seen.set(t, n);
    }
  });

  it('性质：10—99 的"十"前后按十位、个位写（十位为一时省去"一"）', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 99 }), (n) => {
        const t = chineseNumber(n);
        const [tens = '', ones = ''] = t.split('十');
        expect(tens === '' ? 1 : '零一二三四五六七八九'.indexOf(tens)).toBe(Math.floor(n / 10));
        expect(ones === '' ? 0 : '零一二三四五六七八九'.indexOf(ones)).toBe(n % 10);
      }),
    );
  });
});
