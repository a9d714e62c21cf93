import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { registerHelpers } from '../../../src/template/helpers.js';
import { textLanguageProblem } from '../../../src/template/text-language.js';

const hbs = Handlebars.create();
registerHelpers(hbs);

describe('正文的模板语言', () => {
  it.each([
    '{{年度}}年',
    '{{指标.行政复议.受理}}',
    '{{同比 指标.行政复议.受理}}',
    '{{> 行政复议}}',
    '{{#if 指标.行政复议.办结}}审结{{else}}无{{/if}}',
    '{{! 注释}}',
    '\\{{年度}}',
    '{{没有这个}}', // 不存在的数据交给求值时报"不存在"（带"是不是要写……"）
  ])('允许 %s', (t) => {
    expect(textLanguageProblem(hbs, t)).toBeUndefined();
  });

  it.each([
    ['{{this}}', '{{this}}'],
    ['{{@root}}', '@root'],
    ['{{../年度}}', '../'],
    ['{{lookup 指标 "x"}}', '助手'],
    ['{{log "x"}}', '助手'],
    ['{{#each 指标}}x{{/each}}', '#each'],
    ['{{constructor}}', 'constructor'],
    ['{{指标.行政复议.受理.toString}}', 'toString'],
    ['{{同比 "x"}}', '指标'],
    ['{{同比}}', '指标'],
    ['{{> 行政复议 this}}', '参数'],
    ['{{> (lookup . "x")}}', '名字'],
    ['{{井号 5}}', '助手'],
    ['{{helperMissing}}', '助手'],
  ])('拒绝 %s（说明里有"%s"）', (t, word) => {
    const p = textLanguageProblem(hbs, t);
    expect(p?.code).toBe('ref/not-allowed');
    expect(p?.message).toContain(word);
  });

  it('标准语句里不能再用标准语句', () => {
    expect(textLanguageProblem(hbs, '{{> 行政复议}}', true)?.message).toContain('标准语句里');
  });

  it('嵌套过深、引用过多：不解析就拒绝（预算）', () => {
    const deep = '{{#if 年度}}'.repeat(10_000) + '{{/if}}'.repeat(10_000);
    const started = Date.now();
    expect(textLanguageProblem(hbs, deep)?.code).toBe('budget/exceeded');
    expect(textLanguageProblem(hbs, '{{年度}}'.repeat(2_000))?.code).toBe('budget/exceeded');
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
