/** Grid：动态规划用的二维数表，初值 0，各格互不影响。 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Grid } from '../../../src/core/grid.js';

describe('Grid', () => {
  it('新表每一格都是 0', () => {
    const g = new Grid(3, 4);
    for (let i = 0; i < 3; i++) for (let j = 0; j < 4; j++) expect(g.get(i, j)).toBe(0);
    expect([g.rows, g.cols]).toEqual([3, 4]);
  });

  it('小数和负数照原样存取', () => {
    const g = new Grid(2, 2);
    g.set(1, 0, -2.5);
    expect(g.get(1, 0)).toBe(-2.5);
    expect(g.get(0, 1)).toBe(0);
  });

  it('性质：任意一串写入之后，每一格都是最后写进去的值（与 Map 的模型一致）', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 6 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: -1000, max: 1000 })), { maxLength: 40 }),
        (rows, cols, writes) => {
          const g = new Grid(rows, cols);
          const model = new Map<string, number>();
          for (const [r, c, v] of writes) {
            g.set(r % rows, c % cols, v);
            model.set(`${r % rows},${c % cols}`, v);
          }
          for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) expect(g.get(i, j)).toBe(model.get(`${i},${j}`) ?? 0);
        },
      ),
    );
  });
});
