/** 数字之间的关系：部分不超过整体；比率与件数相符（差 0.1 个百分点以内）；写了没用的数字。 */
import { describe, expect, it } from 'vitest';
import type { Report } from '../../../../src/schema/report-types.generated.js';
import { partsWithinWhole, ratesMatchCounts, unusedFigures } from '../../../../src/validate/rules/figure-rules.js';
import { ruleContext, smallReport } from '../../../support/small-report.js';

const withFigures = (指标: Report['指标'], 正文?: Report['正文']) => ruleContext(smallReport({ 指标, ...(正文 ? { 正文 } : {}) }));

describe('partsWithinWhole', () => {
  it('受理多于收到申请：错误，指到部分', () => {
    const [p, ...rest] = partsWithinWhole(withFigures({ 行政复议: { 收到申请: 100, 受理: 101 } }));
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ code: 'figure/part-exceeds-whole', severity: 'error', path: ['指标', '行政复议', '受理'] });
    expect(p?.message).toBe('受理行政复议案件 101，超过了收到行政复议申请 100。');
  });

  it('部分等于整体不算', () => {
    expect(partsWithinWhole(withFigures({ 行政复议: { 收到申请: 100, 受理: 100 } }))).toEqual([]);
  });

  it('几个部分加起来超过整体：说出和，指到最后一个部分', () => {
    const problems = partsWithinWhole(withFigures({ 行政复议: { 收到申请: 100, 受理: 60, 不予受理: 50 } }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ path: ['指标', '行政复议', '不予受理'] });
    expect(problems[0]?.message).toBe('受理行政复议案件 60 + 不予受理 50 = 110，超过了收到行政复议申请 100。');
  });

  it('{值: …} 的写法也比', () => {
    expect(partsWithinWhole(withFigures({ 人民调解: { 调处纠纷: { 值: 10 }, 调处成功: { 值: 11 } } }))).toHaveLength(1);
  });

  it.each<[string, NonNullable<Report['指标']>]>([
    ['整体是约数', { 行政复议: { 收到申请: { 值: 100, 约: true }, 受理: 101 } }],
    ['部分是约数', { 行政复议: { 收到申请: 100, 受理: { 值: 101, 约: true } } }],
    ['口径不同', { 行政复议: { 收到申请: { 值: 100, 口径: '1—11月' }, 受理: 101 } }],
    ['整体没填', { 行政复议: { 收到申请: null, 受理: 101 } }],
    ['整体 {值: null}', { 行政复议: { 收到申请: { 值: null }, 受理: 101 } }],
    ['整体没写', { 行政复议: { 受理: 101 } }],
  ])('%s：不比', (_why, 指标) => {
    expect(partsWithinWhole(withFigures(指标))).toEqual([]);
  });

  it('口径相同（都是 1—11月）时照比', () => {
    expect(
      partsWithinWhole(withFigures({ 行政复议: { 收到申请: { 值: 100, 口径: '1—11月' }, 受理: { 值: 101, 口径: '1—11月' } } })),
    ).toHaveLength(1);
  });
});

describe('ratesMatchCounts', () => {
  const mediation = (成功率: number, 调处成功 = 997, 调处纠纷 = 1000) => withFigures({ 人民调解: { 调处纠纷, 调处成功, 成功率 } });

  it.each([99.7, 99.6, 99.8, 99.65])('997 ÷ 1000 = 99.7%%，写 %f：相差不到 0.1 个百分点，不提醒', (rate) => {
    expect(ratesMatchCounts(mediation(rate))).toEqual([]);
  });

  it.each([99.5, 99.9, 97])('写 %f：提醒，指到比率，说出算出来的数', (rate) => {
    const [p] = ratesMatchCounts(mediation(rate));
    expect(p).toMatchObject({ code: 'figure/rate-mismatch', severity: 'warning', path: ['指标', '人民调解', '成功率'] });
    expect(p?.message).toContain('算是 99.70%');
  });

  it('真实样例：3246 ÷ 3257 = 99.66%，写 99.7 不提醒', () => {
    expect(ratesMatchCounts(mediation(99.7, 3246, 3257))).toEqual([]);
  });

  it('分母为 0、有约数、口径不同、缺一个数字时不比', () => {
    expect(ratesMatchCounts(mediation(50, 0, 0))).toEqual([]);
    expect(ratesMatchCounts(withFigures({ 人民调解: { 调处纠纷: { 值: 1000, 约: true }, 调处成功: 997, 成功率: 50 } }))).toEqual([]);
    expect(ratesMatchCounts(withFigures({ 人民调解: { 调处纠纷: { 值: 1000, 口径: '1—11月' }, 调处成功: 997, 成功率: 50 } }))).toEqual([]);
    expect(ratesMatchCounts(withFigures({ 人民调解: { 调处纠纷: 1000, 成功率: 50 } }))).toEqual([]);
  });
});

describe('unusedFigures', () => {
  const chapters = (内容: string): Report['正文'] => [
    { 类别: '工作情况', 内容 },
    { 类别: '存在问题', 内容: '甲。' },
  ];

  it('正文里没有引用的数字：提醒，指到键', () => {
    const problems = unusedFigures(withFigures({ 行政复议: { 收到申请: 233, 受理: 177 } }, chapters('收到{{指标.行政复议.收到申请}}件。')));
    expect(problems).toEqual([expect.objectContaining({ code: 'figure/unused', path: ['指标', '行政复议', '受理'], at: { key: true } })]);
  });

  it('在助手里（{{同比 指标.…}}）、在事项和要点里引用的都算用到', () => {
    const 正文: Report['正文'] = [
      { 类别: '工作情况', 事项: [{ 标题: '复议', 要点: ['受理{{指标.行政复议.受理}}件。'] }] },
      { 类别: '存在问题', 内容: '{{同比 指标.行政复议.收到申请}}。' },
    ];
    expect(unusedFigures(withFigures({ 行政复议: { 收到申请: 233, 受理: 177 } }, 正文))).toEqual([]);
  });

  it('写了备注的不提醒（留着作比较）', () => {
    expect(unusedFigures(withFigures({ 行政复议: { 受理: { 值: 177, 备注: '留作比较' } } }, chapters('甲。')))).toEqual([]);
  });

  it('用了标准语句（{{> …}}）时不猜，什么也不报', () => {
    expect(unusedFigures(withFigures({ 行政复议: { 受理: 177 } }, chapters('{{> 行政复议}}')))).toEqual([]);
  });

  it('自定义的指标也查', () => {
    const problems = unusedFigures(withFigures({ 自定义: { 直播普法: { 值: 30, 单位: '场' } } }, chapters('甲。')));
    expect(problems.map((p) => p.path)).toEqual([['指标', '自定义', '直播普法']]);
  });
});
