/**
 * 正文里写坏了的 {{ }}：信息一律是中文，说清哪里不对、该怎么写，决不把 JavaScript 的内部信息
 * （"Cannot read properties of undefined"、"alias1(...).call is not a function"）给办事员看，也决不悄悄留空白。
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkText } from './support/build-in-memory.js';

const REPORT = (text: string) => `地区: 测试县
年度: 2023
发文机关: 测试县人民政府
成文日期: 2024-01-25
指标:
  行政应诉: {案件: 29}
正文:
  - {类别: 工作情况, 标题: 主要工作, 内容: ${JSON.stringify(text)}}
  - {类别: 存在问题, 标题: 存在的问题, 内容: 有不足。}
  - {类别: 履职情况, 标题: 履职情况, 内容: 认真履职。}
  - {类别: 下步打算, 标题: 下步打算, 内容: 继续努力。}
`;

const INTERNAL = /Cannot|undefined|is not a function|Expecting|Parse error|lookupProperty|alias\d|TypeError/;

describe('名字被空格、句号拆开的引用', () => {
  it.each([
    ['{{ 指标. 行政应诉.案件 }}'],
    ['{{指标 .行政应诉.案件}}'],
    ['{{指标.行政应诉 .案件}}'],
    ['{{指标.行政应诉. 案件}}'],
    ['{{指标.行政应诉。案件}}'],
    ['{{指标．行政应诉．案件}}'],
    ['{{指标 行政应诉 案件}}'],
  ])('%s：一条中文错误，给出 {{指标.行政应诉.案件}}；不另报"没有用到"', (ref) => {
    const yaml = REPORT(`组织参加行政诉讼${ref}件。`);
    const r = checkText(yaml);
    expect(r.ok).toBe(false);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['ref/template']);
    const [d] = r.diagnostics;
    expect(d?.message).toContain(ref);
    expect(d?.fix).toContain('写成 {{指标.行政应诉.案件}}');
    const line = yaml.split('\n').findIndex((l) => l.includes(ref));
    expect([d?.line, d?.column]).toEqual([line + 1, (yaml.split('\n')[line] ?? '').indexOf(ref) + 1]);
  });

  it('两头有空格、助手和数据之间有空格的，照常写出', () => {
    const r = checkText(REPORT('组织参加行政诉讼{{ 指标.行政应诉.案件 }}件，{{增减 指标.行政应诉.案件}}。'));
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('性质：{{ }} 里随便写什么，要么照常写出，要么是中文信息（没有内部信息）', () => {
    const piece = fc.constantFrom(
      '指标',
      '行政应诉',
      '案件',
      '.',
      ' ',
      '。',
      '同比',
      '增减',
      '#if',
      '/if',
      '>',
      '年度',
      '"',
      '(',
      ')',
      '=',
      '..',
      'this',
      '@root',
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 6 }), (parts) => {
        const r = checkText(REPORT(`共有{{${parts.join('')}}}件。`));
        for (const d of r.diagnostics) {
          expect(d.message).toMatch(/[\u4e00-\u9fff]/);
          expect(`${d.message} ${d.fix ?? ''}`).not.toMatch(INTERNAL);
        }
      }),
      { numRuns: 300, seed: 12 },
    );
  });
});
