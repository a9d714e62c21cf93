/** 标准语句的原文另存一份（Handlebars 用过一次就换成编译后的函数）。 */
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { partialNames, partialSource, registerPartialSource } from '../../../src/template/partial-sources.js';

describe('partial-sources', () => {
  it('用过之后仍能取回原文；名字排好序；各环境互不相干', () => {
    const hbs = Handlebars.create();
    const other = Handlebars.create();
    registerPartialSource(hbs, '行政复议', '收到{{a}}件。');
    registerPartialSource(hbs, '普法', '开展{{b}}场。');
    registerPartialSource(other, '别的', '甲');
    expect(hbs.compile('{{> 行政复议}}')({ a: 3 })).toBe('收到3件。');
    expect(partialSource(hbs, '行政复议')).toBe('收到{{a}}件。');
    expect(partialNames(hbs)).toEqual(['普法', '行政复议'].sort());
    expect(partialNames(other)).toEqual(['别的']);
  });

  it('没有的名字、原型上的名字：undefined', () => {
    const hbs = Handlebars.create();
    registerPartialSource(hbs, '甲', '甲');
    expect(partialSource(hbs, '乙')).toBeUndefined();
    expect(partialSource(hbs, 'toString')).toBeUndefined();
    expect(partialSource(Handlebars.create(), '甲')).toBeUndefined();
    expect(partialNames(Handlebars.create())).toEqual([]);
  });
});
