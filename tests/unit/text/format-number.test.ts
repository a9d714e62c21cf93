/** 数字的写法：不加千分位，小数去掉多余的 0 和浮点误差。 */
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../../src/text/format-number.js';

describe('formatNumber', () => {
  it.each([
    [3257, '3257'],
    [10000, '10000'],
    [0, '0'],
    [99.7, '99.7'],
    [1.5, '1.5'],
    [0.1 + 0.2, '0.3'],
    [2.4000000000000004, '2.4'],
    [12.3456789, '12.345679'],
  ])('%s → %s', (n, text) => {
    expect(formatNumber(n)).toBe(text);
  });
});
