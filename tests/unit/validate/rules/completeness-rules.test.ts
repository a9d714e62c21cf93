/** 规定要求的章：工作情况、存在问题、下步打算（错误），履职情况（警告）。 */
import { describe, expect, it } from 'vitest';
import type { Report } from '../../../../src/schema/report-types.generated.js';
import { requiredContents } from '../../../../src/validate/rules/completeness-rules.js';
import { ruleContext, smallReport } from '../../../support/small-report.js';

const check = (正文: Report['正文']) => requiredContents(ruleContext(smallReport({ 正文 })));

describe('requiredContents', () => {
  it('四类都有：没问题', () => {
    expect(requiredContents(ruleContext(smallReport()))).toEqual([]);
  });

  it('缺存在问题：错误，指到"正文"这个键', () => {
    expect(check([{ 类别: '工作情况' }, { 类别: '履职情况' }, { 类别: '下步打算' }])).toEqual([
      expect.objectContaining({ code: 'content/missing', severity: 'error', path: ['正文'], at: { key: true } }),
    ]);
  });

  it('缺履职情况：只是警告', () => {
    expect(check([{ 类别: '工作情况' }, { 类别: '存在问题' }, { 类别: '下步打算' }]).map((p) => [p.code, p.severity])).toEqual([
      ['content/missing-duties', 'warning'],
    ]);
  });

  it('合并的章（类别写成列表）算它的每一类', () => {
    expect(check([{ 类别: ['工作情况', '履职情况'] }, { 类别: ['存在问题', '下步打算'] }])).toEqual([]);
  });

  it('只有工作情况：缺的三类各报一条，说出缺哪一类', () => {
    const problems = check([{ 类别: '工作情况' }]);
    expect(problems.map((p) => p.code)).toEqual(['content/missing', 'content/missing-duties', 'content/missing']);
    expect(problems.map((p) => /"(.+?)"的章/.exec(p.message)?.[1])).toEqual(['存在问题', '履职情况', '下步打算']);
  });
});
