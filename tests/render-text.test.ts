/** 正文里的 {{…}}：数字、标准语句、严格模式的错误指到 YAML 的行列、文字照原样。 */
import { describe, expect, it } from 'vitest';
import { blockText } from '../src/model/document-model.js';
import { checkText } from './support/build-in-memory.js';

const report = (
  content: string,
  figures = '  行政复议: {收到申请: 233, 受理: 177}\n  督察: {发现问题: {值: 20, 约: true}}\n',
) => `地区: 测试县
年度: 2023
发文机关: 测试县人民政府
成文日期: 2024-01-25
指标:
${figures}正文:
  - 类别: 工作情况
    标题: 主要工作
    内容: ${content}
  - {类别: 存在问题, 标题: 存在的问题, 内容: 有不足。}
  - {类别: 下步打算, 标题: 下步打算, 内容: 继续努力。}
`;

function paragraphs(yaml: string): string[] {
  const r = checkText(yaml);
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  if (!r.ok) throw new Error('应能生成');
  return r.model.blocks
    .filter((b) => b.kind === 'paragraph')
    .map(blockText)
    .slice(0, -2);
}

describe('正文里的模板', () => {
  it('数字、约数、年份', () => {
    expect(paragraphs(report('"{{年度}}年受理{{指标.行政复议.受理}}件，发现问题{{指标.督察.发现问题}}个，{{下一年度}}年继续。"'))).toEqual([
      '2023年受理177件，发现问题20余个，2024年继续。',
    ]);
  });

  it('标准语句 {{> 行政复议}} 来自模板', () => {
    expect(paragraphs(report('"正确履行职责。{{> 行政复议}}"'))).toEqual(['正确履行职责。全年共收到行政复议申请233件，受理177件。']);
  });

  it('引用不存在的数字：错误在那一行那一列，说出已有的字段', () => {
    const r = checkText(report('受理{{指标.行政复议.办结}}件。'));
    expect(r.ok).toBe(false);
    const d = r.diagnostics.find((x) => x.code === 'ref/template')!;
    expect(d).toMatchObject({ line: 11, column: 13 }); // 指到 {{ 里的名字
    expect(d.message).toBe('引用的数据"指标.行政复议.办结"不存在。');
    expect(d.fix).toContain('收到申请、受理');
  });

  it('整组不存在也是错误', () => {
    const r = checkText(report('办理{{指标.法律援助.案件}}件。'));
    expect(r.diagnostics.map((d) => d.message)).toContain('引用的数据"指标.法律援助.案件"不存在。');
  });

  it('标准语句要的数字不在：错误，而不是空白', () => {
    const r = checkText(report('"{{> 法律援助}}"'));
    expect(r.ok).toBe(false);
    const d = r.diagnostics.find((x) => x.code === 'ref/template')!;
    expect(d).toMatchObject({ line: 11, column: 10 });
    expect(d.message).toBe('标准语句"{{> 法律援助}}"要用的数据"指标.法律援助.案件"不存在。');
  });

  it('不存在的标准语句：说出有哪些', () => {
    const r = checkText(report('"{{> 不存在}}"'));
    const d = r.diagnostics.find((x) => x.code === 'ref/template')!;
    expect(d.message).toBe('标准语句"{{> 不存在}}"不存在。');
    expect(d.fix).toContain('行政复议');
  });

  it('{{ 写法有误：指到行', () => {
    const r = checkText(report('"受理{{指标.行政复议.受理件。"'));
    const d = r.diagnostics.find((x) => x.code === 'ref/template')!;
    expect(d).toMatchObject({ line: 11, column: 12 }); // 指到没有配对的 {{
    expect(d.message).toBe('"{{"没有配对的"}}"。');
  });

  it('块文字（|）里的错误指到那一行', () => {
    const yaml = report('|\n      第一行。\n      受理{{指标.行政复议.没有}}件。');
    const d = checkText(yaml).diagnostics.find((x) => x.code === 'ref/template')!;
    expect(d.line).toBe(13);
  });

  it('\\{{ 写出 {{ 本身，原型上的属性读不到', () => {
    expect(paragraphs(report('"写法是 \\\\{{年度}} 。"'))).toEqual(['写法是 {{年度}} 。']);
    const r = checkText(report('"{{指标.constructor.name}}"'));
    expect(r.ok).toBe(false);
  });

  it('直接写一组数据（{{指标.行政复议}}）是错误，决不写出 [object Object]', () => {
    for (const ref of ['{{指标.行政复议}}', '{{指标}}', '{{#if 年度}}{{指标.行政复议}}{{/if}}']) {
      const r = checkText(report(`"受理${ref}件。"`));
      expect(r.ok, ref).toBe(false);
      const d = r.diagnostics.find((x) => x.code === 'ref/template')!;
      expect(d.message).toMatch(/是一组数据，不能直接写进文字/);
    }
    expect(checkText(report('"受理{{指标.行政复议}}件。"')).diagnostics.find((x) => x.code === 'ref/template')!.fix).toContain(
      '收到申请、受理',
    );
  });

  it('写法"汉字"把值写成汉字', () => {
    expect(paragraphs(report('"举办{{指标.学法.专题培训班}}期。"', '  学法: {专题培训班: {值: 3, 写法: 汉字}}\n'))).toEqual(['举办三期。']);
  });
});

describe('简单引用的快速写出与 Handlebars 一致', () => {
  it('性质：任意文字和引用（有的存在、有的不存在、有的不是简单引用），快速写出时结果与 Handlebars 相同', async () => {
    const fc = (await import('fast-check')).default;
    const Handlebars = (await import('handlebars')).default;
    const { renderSimplePaths } = await import('../src/render/render-text.js');
    const { buildContext } = await import('../src/resolve/build-context.js');
    const { parse } = await import('yaml');
    const { readFileSync } = await import('node:fs');
    const context = buildContext(parse(readFileSync('data/南昌县/2023.yaml', 'utf8')));
    const hbs = Handlebars.create();
    const piece = fc.oneof(
      fc.constantFrom(
        '{{年度}}',
        '{{下一年度}}',
        '{{地区}}',
        '{{指标.行政复议.受理}}',
        '{{ 指标.人民调解.成功率 }}',
        '{{指标.普法.宣传活动}}',
        '{{指标.学法.专题培训班}}',
        '{{指标.行政复议.没有}}',
        '{{指标.没有.受理}}',
        '{{指标}}',
        '{{指标.行政复议}}',
        '{{this}}',
        '{{年度.constructor}}',
        '{{指标.__proto__}}',
        '{{ }}',
        '{{0}}',
        '{{true}}',
        '{{指标.行政复议.受理.值}}',
        '{{> 行政复议}}',
        '\\{{年度}}',
        '{{{年度}}}',
        '{{~年度~}}',
        '{{#if 年度}}x{{/if}}',
        '{{!注释}}',
        '{{',
        '}}',
        '{',
        '}',
      ),
      fc.string({ maxLength: 6 }),
      fc.constantFrom('受理', '件，', '%', '。', ' ', '\n'),
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 8 }), (parts) => {
        const source = parts.join('');
        const fast = renderSimplePaths(source, context);
        // Handlebars 不转义时把紧挨着的两个数字相加（{{a.值}}{{b.值}}），那是它的毛病，不拿来比
        if (fast === undefined || /\}\}\s*\{\{/.test(source)) return;
        expect(fast).toBe(hbs.compile(source, { strict: true, noEscape: true })(context));
      }),
      { numRuns: 3000 },
    );
    // 常见的写法确实走快速写出
    expect(
      renderSimplePaths('全年共收到行政复议申请{{指标.行政复议.收到申请}}件，受理{{ 指标.行政复议.受理 }}件，{{年度}}{{年度}}', context),
    ).toBe('全年共收到行政复议申请233件，受理177件，20232023');
    expect(renderSimplePaths('{{指标.普法.宣传活动}}场次', context)).toBe('1200余场次');
  });
});
