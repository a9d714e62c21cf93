/** 版头版记：地区能作文件夹名、成文日期、文件名与年度、文件夹与地区。 */
import { describe, expect, it } from 'vitest';
import { dateRules, fileNameMatches, regionIsSafeFolder } from '../../../../src/validate/rules/frame-rules.js';
import { ruleContext, smallReport, standardLayout } from '../../../support/small-report.js';

const codes = (list: { code: string }[]) => list.map((p) => p.code);

describe('regionIsSafeFolder', () => {
  it('平常的地区名没问题；带 ../ 的是错误，指到地区', () => {
    expect(regionIsSafeFolder(ruleContext(smallReport()))).toEqual([]);
    expect(regionIsSafeFolder(ruleContext(smallReport({ 地区: '../etc' })))).toEqual([
      expect.objectContaining({ code: 'path/unsafe-region', severity: 'error', path: ['地区'] }),
    ]);
  });
});

describe('dateRules', () => {
  const check = (成文日期: string, 年度 = 2023) => dateRules(ruleContext(smallReport({ 成文日期, 年度 })));

  it.each([
    ['2024-01-25', []],
    ['2024-03-31', []],
    ['2023-12-15', []],
    ['2023-12-01', []],
    ['2023-02-29', ['date/invalid']],
    ['2024-02-30', ['date/invalid']],
    ['2022-12-31', ['date/before-year']],
    ['2023-06-01', ['date/within-year']],
    ['2023-11-30', ['date/within-year']],
    ['2024-04-01', ['date/after-deadline']],
    ['2025-01-10', ['date/after-deadline']],
  ])('年度 2023，成文日期 %s：%j', (date, expected) => {
    expect(codes(check(date))).toEqual(expected);
  });

  it('闰年的 2 月 29 日是日历上的日子', () => {
    expect(check('2024-02-29')).toEqual([]);
  });

  it('错误和警告：早于年度是错误，年度之内、过了截止是警告；都指到成文日期', () => {
    expect(check('2022-12-31')[0]).toMatchObject({ severity: 'error', path: ['成文日期'] });
    expect(check('2023-06-01')[0]).toMatchObject({ severity: 'warning', path: ['成文日期'] });
    expect(check('2024-04-01')[0]).toMatchObject({ severity: 'warning' });
  });

  it('发布截止按版式（下一年度的那一天）', () => {
    const layout = { ...standardLayout(), 发布截止: '03-01' };
    const check2 = (成文日期: string) => codes(dateRules(ruleContext(smallReport({ 成文日期 }), { layout })));
    expect(check2('2024-02-29')).toEqual([]);
    expect(check2('2024-03-01')).toEqual(['date/after-deadline']);
  });
});

describe('fileNameMatches', () => {
  const check = (file: string, changes = {}) => fileNameMatches(ruleContext(smallReport(changes), { file }));

  it('data/<地区>/<年度>.yaml 都对上：没问题', () => {
    expect(check('data/测试县/2023.yaml')).toEqual([]);
    expect(check('/abs/path/测试县/2023.yml')).toEqual([]);
  });

  it('文件名的年份与年度不同：错误，指到年度', () => {
    expect(check('data/测试县/2022.yaml')).toEqual([expect.objectContaining({ code: 'year/mismatch', severity: 'error', path: ['年度'] })]);
  });

  it('2023.备份.yaml 这样的名字也认年份', () => {
    expect(codes(check('data/测试县/2022.备份.yaml'))).toEqual(['year/mismatch']);
  });

  it('文件夹名与地区不同：警告，指到地区', () => {
    expect(check('data/别的县/2023.yaml')).toEqual([
      expect.objectContaining({ code: 'region/mismatch', severity: 'warning', path: ['地区'] }),
    ]);
  });

  it('直接放在 data/ 或当前文件夹里的不比文件夹', () => {
    expect(check('data/2023.yaml')).toEqual([]);
    expect(check('2023.yaml')).toEqual([]);
  });

  it('文件名不是年份的什么也不比', () => {
    expect(check('别的县/报告.yaml')).toEqual([]);
  });
});
