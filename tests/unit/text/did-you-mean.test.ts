/** "是不是要写……"：编辑距离最近、且有相同的字；差太多时不猜。 */
import { describe, expect, it } from 'vitest';
import { didYouMean } from '../../../src/text/did-you-mean.js';

const KEYS = ['地区', '年度', '发文机关', '标题', '主送', '导语', '正文', '落款', '成文日期', '附注', '指标'];

describe('didYouMean', () => {
  it.each([
    ['标提', '标题'],
    ['成文日其', '成文日期'],
    ['发文机构', '发文机关'],
    ['年度', '年度'],
    ['正問', '正文'],
  ])('"%s" → "%s"', (word, guess) => {
    expect(didYouMean(word, KEYS)).toBe(guess);
  });

  it('没有一个相同的字时不猜', () => {
    expect(didYouMean('备忘', KEYS)).toBeUndefined();
  });

  it('差得太多（超过一半）时不猜', () => {
    expect(didYouMean('标准化文本格式', ['标题'])).toBeUndefined();
  });

  it('一样近时取先出现的候选', () => {
    expect(didYouMean('甲乙', ['甲丙', '丁乙'])).toBe('甲丙');
    expect(didYouMean('甲乙', ['丁乙', '甲丙'])).toBe('丁乙');
  });

  it('没有候选时不猜', () => {
    expect(didYouMean('标题', [])).toBeUndefined();
  });

  it('按字符（不是 UTF-16 单元）算距离', () => {
    expect(didYouMean('𠀀甲', ['𠀁甲', '乙乙乙'])).toBe('𠀁甲');
  });
});
