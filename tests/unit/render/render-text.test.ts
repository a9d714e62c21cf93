/** 正文里的 {{…}}：简单引用直接查数据（不编译），结果与 Handlebars 一样；出错时说出是哪个数据、在哪里。 */
import fc from 'fast-check';
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { buildContext } from '../../../src/resolve/build-context.js';
import { renderSimplePaths, renderText } from '../../../src/render/render-text.js';
import { registerHelpers } from '../../../src/template/helpers.js';
import { concatenateOutputsAsText } from '../../../src/template/text-compiler.js';
import { registerPartialSource } from '../../../src/template/partial-sources.js';
import { smallReport } from '../../support/small-report.js';

const context = buildContext(
  smallReport({
    指标: { 行政复议: { 收到申请: 233, 受理: { 值: 177 } }, 督察: { 发现问题: { 值: 20, 约: true } }, 人民调解: { 成功率: null } },
  }),
);

function environment(): typeof Handlebars {
  const hbs = Handlebars.create();
  concatenateOutputsAsText(hbs);
  registerHelpers(hbs);
  registerPartialSource(hbs, '复议', '受理{{指标.行政复议.受理}}件，办结{{指标.行政复议.办结}}件。');
  return hbs;
}
const hbs = environment();

describe('renderSimplePaths', () => {
  it.each([
    ['{{年度}}年受理{{指标.行政复议.受理}}件', '2023年受理177件'],
    ['{{ 地区 }}', '测试县'],
    ['发现问题{{指标.督察.发现问题}}个', '发现问题20余个'],
    ['成功率{{指标.人民调解.成功率}}%', '成功率××%'],
    ['受理{{指标.行政复议.受理.值}}件', '受理177件'],
  ])('%s → %s', (source, text) => {
    expect(renderSimplePaths(source, context)).toBe(text);
  });

  it.each([
    '{{同比 指标.行政复议.受理}}',
    '{{> 复议}}',
    '{{指标.行政复议}}',
    '{{指标.没有.受理}}',
    '\\{{年度}}',
    '{{{年度}}}',
    '{{年度}',
    '{{this}}',
    '{{#if 年度}}甲{{/if}}',
    '{{指标.}}',
    '{{@root.年度}}',
    '没有引用',
  ])('%s：不是简单引用，交给 Handlebars', (source) => {
    expect(renderSimplePaths(source, context)).toBeUndefined();
  });

  it('原型上的名字（toString、__proto__）不当作数据', () => {
    expect(renderSimplePaths('{{toString}}', context)).toBeUndefined();
    expect(renderSimplePaths('{{指标.__proto__}}', context)).toBeUndefined();
  });
});

describe('renderText', () => {
  it('中间一段写错（指标.行政复仪.受理）：指出是那一段，猜出最像的', () => {
    const r = renderText(hbs, '受理{{指标.行政复仪.受理}}件', context);
    expect(r).toMatchObject({ ok: false, ref: '指标.行政复仪.受理' });
    if (!r.ok) expect(r.fix).toContain('是不是要写"行政复议"？在 指标 下加上"行政复仪"');
  });

  it('相邻的两个数字引用按文字接起来，不相加（Handlebars 编译出的 a + b）', () => {
    for (const source of [
      '{{#if 指标.行政复议.受理.值}}{{指标.行政复议.受理.值}}{{指标.督察.发现问题.值}}{{/if}}',
      '{{指标.行政复议.受理.值}}{{指标.督察.发现问题.值}}{{#if 指标.督察.发现问题}}{{/if}}',
    ]) {
      const r = renderText(hbs, source, context);
      expect(r, JSON.stringify(r)).toMatchObject({ ok: true, text: '17720' });
    }
  });

  it('没有 {{ 的文字照原样，不求值', () => {
    expect(renderText(hbs, '文字里的 # * | <b> 照原样。', context)).toEqual({ ok: true, text: '文字里的 # * | <b> 照原样。', notes: [] });
  });

  it('\\{{ 写出 {{ 本身', () => {
    expect(renderText(hbs, '写\\{{年度}}', context)).toMatchObject({ ok: true, text: '写{{年度}}' });
  });

  it('引用不存在的数据：说出名字，猜最接近的，指到那一行', () => {
    const r = renderText(hbs, '第一行\n受理{{指标.行政复议.受里}}件', context);
    expect(r).toMatchObject({ ok: false, message: '引用的数据"指标.行政复议.受里"不存在。', line: 2 });
    if (!r.ok) expect(r.fix).toContain('是不是要写"受理"？');
  });

  it('一组数据不能直接写进文字：说出这一组有哪些', () => {
    const r = renderText(hbs, '受理{{指标.行政复议}}件', context);
    expect(r).toMatchObject({ ok: false, message: '"指标.行政复议"是一组数据，不能直接写进文字。', line: 1, column: 3 });
    if (!r.ok) expect(r.fix).toBe('写到具体的一项，如 {{指标.行政复议.收到申请}}；这一组有：收到申请、受理。');
  });

  it('标准语句要用的数据不存在：报到 {{> …}} 那里', () => {
    const r = renderText(hbs, '前面的字{{> 复议}}', context);
    expect(r).toMatchObject({ ok: false, line: 1, column: 5 });
    if (!r.ok) expect(r.message).toBe('标准语句"{{> 复议}}"要用的数据"指标.行政复议.办结"不存在。');
  });

  it('没有的标准语句：列出有的', () => {
    const r = renderText(hbs, '{{> 没有}}', context);
    expect(r).toMatchObject({ ok: false, message: '标准语句"{{> 没有}}"不存在。' });
    if (!r.ok) expect(r.fix).toContain('复议');
  });

  it('"{{"没有配对：指到那个 {{', () => {
    expect(renderText(hbs, '甲\n乙{{年度 丙', context)).toMatchObject({ ok: false, message: '"{{"没有配对的"}}"。', line: 2, column: 2 });
  });

  it('助手比不了时记下提醒', () => {
    const r = renderText(hbs, '{{同比 指标.行政复议.受理}}', context);
    expect(r).toMatchObject({ ok: true, text: '' });
    if (r.ok) expect(r.notes).toHaveLength(1);
  });
});

describe('性质：简单引用的快速写法与 Handlebars 一样', () => {
  const piece = fc.constantFrom(
    '{{年度}}',
    '{{ 下一年度 }}',
    '{{地区}}',
    '{{指标.行政复议.受理}}',
    '{{指标.督察.发现问题}}',
    '{{指标.人民调解.成功率}}',
    '{{指标.行政复议.收到申请}}',
    '{{成文日期}}',
    '{{指标.人民调解.成功率.值}}',
    '{{指标.督察.发现问题.上年}}',
    '受理',
    '件，',
    '。',
    ' ',
    '\n',
    '#',
    '}',
    '{',
  );

  it('快速写法给出结果时，与 Handlebars（严格模式、不转义）的结果相同', () => {
    let simple = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const source = pieces.join('');
        const fast = renderSimplePaths(source, context);
        if (fast === undefined) return;
        simple++;
        expect(fast).toBe(hbs.compile(source, { strict: true, noEscape: true })(context));
        expect(renderText(hbs, source, context)).toEqual({ ok: true, text: fast, notes: [] });
      }),
      { numRuns: 200 },
    );
    expect(simple).toBeGreaterThan(30);
  });
});
