/** 同比、增减：舍入的边（浮点误差、负数对称）、小数的增减、方向与正负一致。 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changeText, compareFigures, roundOneDecimal, yearOverYearText } from '../../../src/compare/year-over-year.js';
import { Figure } from '../../../src/resolve/figure.js';

const count = (v: number) => new Figure(v, { 类型: '计数', 单位: '件' });
const rate = (v: number) => new Figure(v, { 类型: '比率', 单位: '%' });
const money = (v: number) => new Figure(v, { 类型: '金额', 单位: '万元' });

describe('roundOneDecimal', () => {
  it.each([
    [1.15, 1.2],
    [2.675, 2.7],
    [0.45, 0.5],
    [-0.45, -0.5],
    [0.0499999, 0],
    [99.95, 100],
    [1.25, 1.3],
    [-1.25, -1.3],
  ])('%f → %f（浮点里 x.x5 略小于真值，照样进）', (x, r) => {
    expect(roundOneDecimal(x)).toBe(r);
  });

  it('性质：负数对称；与原数相差不超过 0.05', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (x) => {
        expect(Math.abs(roundOneDecimal(-x))).toBe(Math.abs(roundOneDecimal(x)));
        expect(Math.abs(roundOneDecimal(x) - x)).toBeLessThanOrEqual(0.05 + 1e-6);
      }),
    );
  });
});

describe('compareFigures 的边', () => {
  it('比率差 0.05 个百分点（浮点里是 0.0499…）：说 0.1，两个方向对称', () => {
    expect(yearOverYearText(compareFigures(rate(99.75), rate(99.7)))).toBe('同比提高0.1个百分点');
    expect(yearOverYearText(compareFigures(rate(99.7), rate(99.75)))).toBe('同比下降0.1个百分点');
  });

  it('比率差 0.04 个百分点：基本持平', () => {
    expect(yearOverYearText(compareFigures(rate(99.74), rate(99.7)))).toBe('与上年基本持平');
    expect(changeText(compareFigures(rate(99.74), rate(99.7)), '')).toBe('基本持平');
  });

  it('金额的增减去掉浮点误差（12.3 − 10.1 = 2.2000000000000011）', () => {
    const cmp = compareFigures(money(12.3), money(10.1));
    expect(changeText(cmp, '万元')).toBe('增加2.2万元');
    expect(yearOverYearText(cmp)).toBe('同比增长21.8%');
  });

  it('降到 0：同比下降 100%', () => {
    expect(yearOverYearText(compareFigures(count(0), count(37)))).toBe('同比下降100.0%');
    expect(changeText(compareFigures(count(0), count(37)), '件')).toBe('减少37件');
  });

  it('两年都是 0：持平', () => {
    expect(yearOverYearText(compareFigures(count(0), count(0)))).toBe('与上年持平');
  });

  it('今年没有这个数字：不比', () => {
    expect(compareFigures(undefined, count(1))).toEqual({ ok: false, reason: '今年没有这个数字' });
  });

  it('性质：计数的增减与大小一致，两个方向互为镜像（增加 n ↔ 减少 n）', () => {
    fc.assert(
      fc.property(fc.nat({ max: 100000 }), fc.nat({ max: 100000 }), (a, b) => {
        const there = changeText(compareFigures(count(a), count(b)), '件');
        const back = changeText(compareFigures(count(b), count(a)), '件');
        if (a === b) expect([there, back]).toEqual(['持平', '持平']);
        else {
          expect(there).toBe(`${a > b ? '增加' : '减少'}${Math.abs(a - b)}件`);
          expect(back).toBe(`${a > b ? '减少' : '增加'}${Math.abs(a - b)}件`);
        }
      }),
    );
  });

  it('性质：同比说"增长"只在今年多、"下降"只在今年少，百分数是 |差| ÷ 上年 舍入到一位', () => {
    fc.assert(
      fc.property(fc.nat({ max: 100000 }), fc.integer({ min: 1, max: 100000 }), (a, b) => {
        const text = yearOverYearText(compareFigures(count(a), count(b)));
        const m = /^同比(增长|下降)(\d+\.\d)%$/.exec(text);
        if (!m) {
          expect(text).toBe(a === b ? '与上年持平' : '与上年基本持平');
          expect(Math.abs(a - b) / b).toBeLessThan(0.0005 + 1e-9);
          return;
        }
        expect(m[1]).toBe(a > b ? '增长' : '下降');
        expect(Math.abs(Number(m[2]) - (Math.abs(a - b) / b) * 100)).toBeLessThanOrEqual(0.05 + 1e-9);
      }),
    );
  });
});

describe('自定义指标的比率', () => {
  it('单位写成 % 的自定义指标按百分点比较（自定义指标没有类型）', () => {
    const custom = (v: number) => new Figure({ 值: v, 单位: '%' });
    const cmp = compareFigures(custom(98), custom(95));
    expect(yearOverYearText(cmp)).toBe('同比提高3.0个百分点');
    expect(changeText(cmp, '')).toBe('提高3.0个百分点');
  });
});
