/** 同比、增减的措辞和舍入：上年为 0、上年没有、口径不同、约数时什么也不说。 */
import { describe, expect, it } from 'vitest';
import { changeText, compareFigures, roundOneDecimal, yearOverYearText } from '../src/compare/year-over-year.js';
import { Figure } from '../src/resolve/figure.js';
import type { FigureValue as FigureInput } from '../src/schema/figure-types.js';

const count = (v: number | null | FigureInput) => new Figure(v, { 类型: '计数', 单位: '件' });
const rate = (v: number | FigureInput) => new Figure(v, { 类型: '比率', 单位: '%' });

describe('同比', () => {
  it.each([
    [160, 200, '同比下降20.0%', '减少40件'],
    [225, 200, '同比增长12.5%', '增加25件'],
    [200, 200, '与上年持平', '持平'],
    [201, 200000, '同比下降99.9%', '减少199799件'],
    [100001, 100000, '与上年基本持平', '增加1件'],
    [3, 1, '同比增长200.0%', '增加2件'],
    [1, 3, '同比下降66.7%', '减少2件'],
    [2, 3, '同比下降33.3%', '减少1件'],
    [1001, 1000, '同比增长0.1%', '增加1件'],
    [10005, 10000, '同比增长0.1%', '增加5件'], // 0.05 → 0.1（四舍五入，进）
    [10004, 10000, '与上年基本持平', '增加4件'], // 0.04 → 0.0
    [9995, 10000, '同比下降0.1%', '减少5件'], // −0.05 → −0.1（按绝对值，对称）
  ])('今年 %i、上年 %i：%s，%s', (now, last, yoy, change) => {
    const cmp = compareFigures(count(now), count(last));
    expect(yearOverYearText(cmp)).toBe(yoy);
    expect(changeText(cmp, '件')).toBe(change);
  });

  it.each([
    [98.7, 98.2, '同比提高0.5个百分点', '提高0.5个百分点'],
    [97.3, 99.7, '同比下降2.4个百分点', '下降2.4个百分点'],
    [100, 100, '与上年持平', '持平'],
    [99.72, 99.7, '与上年基本持平', '基本持平'],
  ])('比率今年 %f、上年 %f：%s（按百分点）', (now, last, yoy, change) => {
    const cmp = compareFigures(rate(now), rate(last));
    expect(yearOverYearText(cmp)).toBe(yoy);
    expect(changeText(cmp, '')).toBe(change);
  });

  it.each([
    ['上年没有这个数字', count(5), undefined, '上一年度没有这个数字'],
    ['口径不同', count({ 值: 5, 口径: '1—11月' }), count(4), '口径不同'],
    ['两年口径不同', count({ 值: 5, 口径: '1—11月' }), count({ 值: 4, 口径: '1—10月' }), '口径不同'],
    ['今年是约数', count({ 值: 20, 约: true }), count(10), '约数'],
    ['上年是约数', count(20), count({ 值: 10, 约: true }), '约数'],
    ['今年还没填', count(null), count(10), '还没填'],
    ['上年是空的', count(10), count(null), '空的'],
  ])('%s：不比较，什么也不写', (_name, now, last, reason) => {
    const cmp = compareFigures(now, last);
    expect(cmp.ok).toBe(false);
    if (!cmp.ok) expect(cmp.reason).toContain(reason);
    expect(yearOverYearText(cmp)).toBe('');
    expect(changeText(cmp, '件')).toBe('');
  });

  it('上年为 0：增减照说，同比不说百分比', () => {
    const cmp = compareFigures(count(5), count(0));
    expect(yearOverYearText(cmp)).toBe('');
    expect(changeText(cmp, '件')).toBe('增加5件');
  });

  it('口径相同（都是 1—11月）可以比较', () => {
    expect(yearOverYearText(compareFigures(count({ 值: 6, 口径: '1—11月' }), count({ 值: 5, 口径: '1—11月' })))).toBe('同比增长20.0%');
  });

  it('舍入按绝对值四舍五入到一位', () => {
    expect([0.05, 0.04, -0.05, 12.345, 2.25, -2.25].map(roundOneDecimal)).toEqual([0.1, 0, -0.1, 12.3, 2.3, -2.3]);
  });
});
