/** 终端里的显示宽度：全角两格，半角一格。 */
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../../src/text/display-width.js';

describe('displayWidth', () => {
  it.each([
    ['', 0],
    ['abc', 3],
    ['年度', 4],
    ['年度: 2023', 10],
    ['，。：', 6],
    ['（一）', 6],
    ['한국', 4],
    ['😀', 2],
    ['𠀀', 2],
    ['→', 1],
    ['ＡＢ', 4],
  ])('"%s" 占 %i 格', (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });
});
