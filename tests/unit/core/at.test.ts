/** at：下标一定在范围内的地方取值，越界抛出而不是给 undefined。 */
import { describe, expect, it } from 'vitest';
import { at } from '../../../src/core/at.js';

describe('at', () => {
  it('范围内的下标取到那一项，列表和文字都行', () => {
    expect(at(['甲', '乙', '丙'], 2)).toBe('丙');
    expect(at([0, 1], 0)).toBe(0);
    expect(at('中文', 1)).toBe('文');
  });

  it.each([-1, 3, 1.5])('下标 %s 越界时抛出 RangeError，说明下标和项数', (i) => {
    expect(() => at(['甲', '乙', '丙'], i)).toThrow(RangeError);
    expect(() => at(['甲', '乙', '丙'], i)).toThrow(`下标 ${i} 超出范围（共 3 项）`);
  });
});
