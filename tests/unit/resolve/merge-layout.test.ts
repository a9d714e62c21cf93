/** 版式的逐项覆盖：有下级的项逐个键覆盖，其余整个换掉；模板的版式不被改动。 */
import { describe, expect, it } from 'vitest';
import { mergeLayout } from '../../../src/resolve/merge-layout.js';
import { standardLayout } from '../../support/small-report.js';

describe('mergeLayout', () => {
  const base = standardLayout();

  it('没有覆盖时就是模板的版式', () => {
    expect(mergeLayout(base, undefined)).toBe(base);
  });

  it('有下级的项逐个键覆盖，别的键留着', () => {
    const merged = mergeLayout(base, { 编号: { 三级: '{数字}、' } });
    expect(merged.编号).toEqual({ ...base.编号, 三级: '{数字}、' });
    expect(merged.编号.一级).toBe('{汉字}、');
  });

  it('单个值整个换掉', () => {
    const merged = mergeLayout(base, { 三级编号连续: true, 每页行数: 20 });
    expect(merged.三级编号连续).toBe(true);
    expect(merged.每页行数).toBe(20);
    expect(merged.字体).toEqual(base.字体);
  });

  it('不改模板的版式（几个县共用一个模板）', () => {
    const before = structuredClone(base);
    mergeLayout(base, { 编号: { 一级: '第{汉字}、' }, 三级编号连续: true });
    expect(base).toEqual(before);
  });
});
