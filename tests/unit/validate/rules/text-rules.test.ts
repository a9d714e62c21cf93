/** 文字里 Word 不允许的控制字符、全角的大括号：指到那个字。 */
import { describe, expect, it } from 'vitest';
import { fullWidthBraces, illegalCharacters } from '../../../../src/validate/rules/text-rules.js';
import { ruleContext, smallReport } from '../../../support/small-report.js';

describe('illegalCharacters', () => {
  it('任何一处文字里的控制字符：提醒，指到路径和下标，说出码位', () => {
    const report = smallReport({ 导语: ['甲', '乙乙\u0007丙'], 附注: '此件\u001f公开' });
    expect(illegalCharacters(ruleContext(report))).toEqual([
      expect.objectContaining({ code: 'text/illegal-char', severity: 'warning', path: ['导语', 1], at: { offset: 2 } }),
      expect.objectContaining({ path: ['附注'], at: { offset: 2 } }),
    ]);
    expect(illegalCharacters(ruleContext(report))[0]?.message).toContain('U+0007');
  });

  it('一段文字只报第一个；换行、制表不算', () => {
    expect(illegalCharacters(ruleContext(smallReport({ 附注: '\u0001\u0002' })))).toHaveLength(1);
    expect(illegalCharacters(ruleContext(smallReport({ 附注: '甲\n乙\t丙' })))).toEqual([]);
  });

  it('孤立的代理项也算', () => {
    expect(illegalCharacters(ruleContext(smallReport({ 附注: '甲\ud800' })))[0]?.message).toContain('U+D800');
  });
});

describe('fullWidthBraces', () => {
  it.each([
    ['受理｛｛指标.行政复议.受理｝｝件', 2],
    ['受理{｛指标｝}件', 2],
    ['受理 177 件｝｝', 8],
  ])('"%s"：指到下标 %i', (text, offset) => {
    const report = smallReport({ 正文: [{ 类别: '工作情况', 内容: text }, ...smallReport().正文.slice(1)] });
    expect(fullWidthBraces(ruleContext(report))).toEqual([
      expect.objectContaining({ code: 'text/full-width-braces', path: ['正文', 0, '内容'], at: { offset } }),
    ]);
  });

  it('一个全角大括号、半角的 {{ }} 不算', () => {
    expect(fullWidthBraces(ruleContext(smallReport({ 附注: '｛甲｝{{年度}}' })))).toEqual([]);
  });
});
