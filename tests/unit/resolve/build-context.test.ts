/** 正文里 {{…}} 能引用的数据：年份写成文字，指标是 Figure（带上一年度的同一个数字），一组数据不能直接写进文字。 */
import { describe, expect, it } from 'vitest';
import { buildContext, buildFigures, GROUP_MARK } from '../../../src/resolve/build-context.js';
import { Figure } from '../../../src/resolve/figure.js';
import type { Report } from '../../../src/schema/report-types.generated.js';
import { smallReport } from '../../support/small-report.js';

const figures = (指标: Report['指标'], 年度 = 2023) => smallReport({ 指标, 年度 });

describe('buildContext', () => {
  it('年份写成文字，地区、发文机关、成文日期照抄', () => {
    const ctx = buildContext(smallReport());
    expect(ctx).toMatchObject({
      地区: '测试县',
      年度: '2023',
      下一年度: '2024',
      上一年度: '2022',
      发文机关: '测试县人民政府',
      成文日期: '2024-01-25',
    });
  });

  it('指标是 Figure，带目录的单位和类型', () => {
    const ctx = buildContext(figures({ 行政复议: { 受理: 177 }, 人民调解: { 成功率: 99.7 } }));
    expect(ctx.指标.行政复议?.受理).toBeInstanceOf(Figure);
    expect(ctx.指标.行政复议?.受理).toMatchObject({ 值: 177, 单位: '件', 类型: '计数' });
    expect(ctx.指标.人民调解?.成功率).toMatchObject({ 单位: '%', 类型: '比率' });
  });

  it('有上一年度时，每个数字带上年的同一个数字；上年没有的组或字段没有', () => {
    const prior = figures({ 行政复议: { 受理: 150, 收到申请: { 值: 200, 约: true } } }, 2022);
    const ctx = buildContext(figures({ 行政复议: { 受理: 177, 收到申请: 233, 办结: 5 }, 人民调解: { 调处纠纷: 9 } }), prior);
    expect(ctx.指标.行政复议?.受理?.上年).toMatchObject({ 值: 150 });
    expect(ctx.指标.行政复议?.收到申请?.上年).toMatchObject({ 值: 200, 约: true });
    expect(ctx.指标.行政复议?.办结?.上年).toBeUndefined();
    expect(ctx.指标.人民调解?.调处纠纷?.上年).toBeUndefined();
  });

  it('没有上一年度时都没有上年', () => {
    expect(buildContext(figures({ 行政复议: { 受理: 177 } })).指标.行政复议?.受理?.上年).toBeUndefined();
  });

  it('上年那一个数字待填时，上年是待填的 Figure（由助手决定不比）', () => {
    const ctx = buildContext(figures({ 行政复议: { 受理: 177 } }), figures({ 行政复议: { 受理: null } }, 2022));
    expect(ctx.指标.行政复议?.受理?.上年?.待填).toBe(true);
  });

  it('没有指标时是空的一组', () => {
    expect(Object.keys(buildContext(smallReport()).指标)).toEqual([]);
  });
});

/** 像 Handlebars 那样把值转成文字。 */
const asText = (value: unknown): string => String(value);

describe('buildFigures：一组数据写进文字时留下记号', () => {
  it('整个指标、一组指标转成文字时，记号说出路径和这一组有哪些', () => {
    const table = buildFigures(figures({ 行政复议: { 收到申请: 1, 受理: 2 } }));
    expect(GROUP_MARK.exec(asText(table.行政复议))?.slice(1)).toEqual(['指标.行政复议', '收到申请、受理']);
    expect(GROUP_MARK.exec(asText(table))?.slice(1)).toEqual(['指标', '行政复议']);
  });

  it('记号不是可枚举的键（不会当成一个字段）', () => {
    const table = buildFigures(figures({ 行政复议: { 受理: 2 } }));
    expect(Object.keys(table.行政复议 ?? {})).toEqual(['受理']);
  });

  it('"__proto__" 这样的键只是普通的自有属性，不改原型', () => {
    const 指标 = JSON.parse('{"自定义": {"__proto__": 5, "甲": 1}}') as Report['指标'];
    const table = buildFigures(figures(指标));
    expect(Object.hasOwn(table.自定义 ?? {}, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(table.自定义)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).甲).toBeUndefined();
  });
});
