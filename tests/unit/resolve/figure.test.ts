/** Figure：正文里一个数字的写法（约数、写法、汉字、待填），和它的值、单位、类型。 */
import { describe, expect, it } from 'vitest';
import { Figure } from '../../../src/resolve/figure.js';

const count = { 类型: '计数', 单位: '件' } as const;

describe('Figure.toString', () => {
  it.each([
    [new Figure(177), '177'],
    [new Figure(0), '0'],
    [new Figure(99.7), '99.7'],
    [new Figure(0.1 + 0.2), '0.3'],
    [new Figure({ 值: 20, 约: true }), '20余'],
    [new Figure({ 值: 20, 约: false }), '20'],
    [new Figure({ 值: 10000, 约: true, 写法: '1万余' }), '1万余'],
    [new Figure({ 值: 24000, 写法: '2.4万' }), '2.4万'],
    [new Figure({ 值: 3, 写法: '汉字' }), '三'],
    [new Figure({ 值: 12, 写法: '汉字', 约: true }), '十二余'],
    [new Figure({ 值: 105, 写法: '汉字' }), '一百零五'],
    [new Figure(null), '××'],
    [new Figure({ 值: null, 写法: '1万余', 约: true }), '××'],
  ])('第 %# 个 → %s', (fig, text) => {
    expect(fig.toString()).toBe(text);
    expect(String(fig)).toBe(text);
  });
});

describe('Figure', () => {
  it('待填：值为 null', () => {
    expect(new Figure(null).待填).toBe(true);
    expect(new Figure({ 值: null }).待填).toBe(true);
    expect(new Figure(0).待填).toBe(false);
  });

  it('当数字用时是它的值；待填的是 NaN', () => {
    expect(+new Figure(177) + 1).toBe(178);
    expect(Number.isNaN(+new Figure(null))).toBe(true);
  });

  it('单位和类型来自目录；数据里写的单位优先', () => {
    expect(new Figure(5, count)).toMatchObject({ 单位: '件', 类型: '计数' });
    expect(new Figure({ 值: 5, 单位: '亿元' }, { 类型: '金额', 单位: '万元' })).toMatchObject({ 单位: '亿元', 类型: '金额' });
  });

  it('自定义的指标没有类型和单位；没写的可选项是 undefined', () => {
    const fig = new Figure(5);
    expect([fig.类型, fig.单位, fig.口径, fig.写法, fig.上年]).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  it('口径、写法照存', () => {
    expect(new Figure({ 值: 5, 口径: '1—11月', 写法: '五' })).toMatchObject({ 口径: '1—11月', 写法: '五', 约: false });
  });
});
