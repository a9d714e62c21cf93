/** 编号的写法和要点的前缀。 */
import { describe, expect, it } from 'vitest';
import { enumerationPrefix, formatNumbering } from '../../../src/render/numbering.js';

describe('formatNumbering', () => {
  it.each([
    ['{汉字}、', 1, '一、'],
    ['（{汉字}）', 12, '（十二）'],
    ['{数字}.', 3, '3.'],
    ['（{数字}）', 10, '（10）'],
    ['第{汉字}（{数字}）', 2, '第二（2）'],
    ['无编号', 5, '无编号'],
  ])('"%s" 第 %i 个 → "%s"', (pattern, n, text) => {
    expect(formatNumbering(pattern, n)).toBe(text);
  });
});

describe('enumerationPrefix', () => {
  it.each([
    ['一是', 0, '一是'],
    ['一是', 9, '十是'],
    ['一是', 10, '十一是'],
    ['一要', 2, '三要'],
    ['无', 4, ''],
  ] as const)('%s 第 %i 条 → "%s"', (kind, index, prefix) => {
    expect(enumerationPrefix(kind, index)).toBe(prefix);
  });
});
