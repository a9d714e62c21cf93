/** runRules：每条规则都跑，问题按规则的顺序排。 */
import { describe, expect, it } from 'vitest';
import { runRules } from '../../../../src/validate/rules/index.js';
import { ruleContext, smallReport } from '../../../support/small-report.js';

describe('runRules', () => {
  it('合格的小报告：没有问题', () => {
    expect(runRules(ruleContext(smallReport()))).toEqual([]);
  });

  it('几条规则各自的问题一起报出，按规则的顺序', () => {
    const report = smallReport({ 地区: '../x', 成文日期: '2023-06-01', 指标: { 行政复议: { 受理: null } }, 附注: '\u0007' });
    expect(runRules(ruleContext(report, { file: 'data/x/2022.yaml' })).map((p) => p.code)).toEqual([
      'path/unsafe-region',
      'date/within-year',
      'year/mismatch',
      'region/mismatch',
      'figure/unused',
      'text/illegal-char',
      'figure/empty',
    ]);
  });
});
