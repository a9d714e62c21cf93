/** 正文的 XML：相同格式的文字段并成一个 w:r；修订稿的 w:ins/w:del 带作者、时间和依次的编号；段落标记的修订在 w:pPr 的 w:rPr 里、排在 w:jc 之后。 */
import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { bodyXml, type RevisionInfo } from '../../../src/docx/body-xml.js';
import type { ParagraphSpec, RunSpec } from '../../../src/docx/paragraph-specs.js';
import { stripIllegalXml } from '../../../src/text/xml-text.js';

const REVISION: RevisionInfo = { author: '张三 & <李四>', date: '2024-01-25T08:00:00Z' };
const body = (runs: RunSpec[], extra: Partial<ParagraphSpec> = {}): ParagraphSpec => ({ style: 'GwBody', runs, ...extra });

const wellFormed = (xml: string) => XMLValidator.validate(`<w:body>${xml}</w:body>`) === true;
const runsOf = (xml: string) => xml.match(/<w:r>[\s\S]*?<\/w:r>/g) ?? [];
const unescape = (s: string) =>
  s.replace(/&(lt|gt|quot|apos|amp);/g, (_, n: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[n] ?? '');
/** 一种文字（w:t 或 w:delText，或两种）按顺序连起来。 */
const texts = (xml: string, tag: 'w:t' | 'w:delText' | 'w:t|w:delText') =>
  [...xml.matchAll(new RegExp(`<(${tag}) xml:space="preserve">([^<]*)</(?:${tag})>`, 'g'))].map((m) => unescape(m[2] ?? '')).join('');
/** 像 Word 那样接受或拒绝全部修订后的文字。 */
const accepted = (xml: string) => texts(xml.replace(/<w:del [^>]*[^/]>[\s\S]*?<\/w:del>/g, ''), 'w:t');
const rejected = (xml: string) => texts(xml.replace(/<w:ins [^>]*[^/]>[\s\S]*?<\/w:ins>/g, ''), 'w:t|w:delText');

describe('bodyXml', () => {
  it('相邻、格式相同的文字段并成一个 w:r', () => {
    const xml = bodyXml([body([{ text: '一是甲；' }, { text: '二是乙；' }, { text: '三是丙。' }])]);
    expect(runsOf(xml)).toEqual(['<w:r><w:t xml:space="preserve">一是甲；二是乙；三是丙。</w:t></w:r>']);
  });

  it('字体、加粗不同的不并；回行（w:br）的不并到上一段', () => {
    const xml = bodyXml([
      body([
        { text: '（一）标题。', font: '楷体_GB2312', bold: false },
        { text: '正文' },
        { text: '接着' },
        { text: '下一行', breakBefore: true },
      ]),
    ]);
    expect(runsOf(xml)).toEqual([
      '<w:r><w:rPr><w:rFonts w:ascii="楷体_GB2312" w:cs="楷体_GB2312" w:eastAsia="楷体_GB2312" w:hAnsi="楷体_GB2312"/><w:b w:val="false"/><w:bCs w:val="false"/></w:rPr><w:t xml:space="preserve">（一）标题。</w:t></w:r>',
      '<w:r><w:t xml:space="preserve">正文接着</w:t></w:r>',
      '<w:r><w:br/><w:t xml:space="preserve">下一行</w:t></w:r>',
    ]);
  });

  it('加粗写 <w:b/><w:bCs/>', () => {
    expect(bodyXml([body([{ text: '甲', bold: true }])])).toContain('<w:rPr><w:b/><w:bCs/></w:rPr>');
  });

  it('段落属性按 CT_PPr 的顺序：pStyle、keepNext、spacing、ind、jc、rPr', () => {
    const xml = bodyXml(
      [
        body([{ text: '甲' }], {
          style: 'GwDate',
          keepNext: true,
          spacingBefore: 579,
          indent: { left: 0, right: 1260, firstLine: 0 },
          alignRight: true,
          mark: 'insert',
        }),
      ],
      REVISION,
    );
    const pPr = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(xml)?.[1] ?? '';
    expect([...pPr.matchAll(/<(w:[A-Za-z]+)/g)].map((m) => m[1])).toEqual([
      'w:pStyle',
      'w:keepNext',
      'w:spacing',
      'w:ind',
      'w:jc',
      'w:rPr',
      'w:ins',
    ]);
    expect(pPr).toContain('<w:ind w:left="0" w:right="1260" w:firstLine="0"/>');
    expect(pPr).toContain('<w:spacing w:before="579"/>');
  });

  it('修订：新增的文字在 w:ins 里，删除的在 w:del 里用 w:delText；作者转义，时间照写', () => {
    const xml = bodyXml([body([{ text: '旧', revision: 'delete' }, { text: '新', revision: 'insert' }, { text: '同' }])], REVISION);
    expect(xml).toContain(
      '<w:del w:id="1" w:author="张三 &amp; &lt;李四&gt;" w:date="2024-01-25T08:00:00Z"><w:r><w:delText xml:space="preserve">旧</w:delText></w:r></w:del>',
    );
    expect(xml).toContain(
      '<w:ins w:id="2" w:author="张三 &amp; &lt;李四&gt;" w:date="2024-01-25T08:00:00Z"><w:r><w:t xml:space="preserve">新</w:t></w:r></w:ins>',
    );
    expect(xml).toContain('<w:r><w:t xml:space="preserve">同</w:t></w:r>');
  });

  it('修订的编号跨段落依次递增，段落标记的修订也占号', () => {
    const xml = bodyXml(
      [
        body([{ text: '甲', revision: 'insert' }], { mark: 'delete' }),
        body([
          { text: '乙', revision: 'delete' },
          { text: '丙', revision: 'insert' },
        ]),
      ],
      REVISION,
    );
    expect([...xml.matchAll(/w:id="(\d+)"/g)].map((m) => Number(m[1]))).toEqual([1, 2, 3, 4]);
    expect(xml).toMatch(/<w:pPr><w:pStyle w:val="GwBody"\/><w:rPr><w:del w:id="1" [^>]*\/><\/w:rPr><\/w:pPr>/);
  });

  it('不同的修订不并成一个 w:r', () => {
    const xml = bodyXml(
      [body([{ text: '甲', revision: 'insert' }, { text: '乙' }, { text: '丙', revision: 'insert' }, { text: '丁', revision: 'insert' }])],
      REVISION,
    );
    expect(xml.match(/<w:ins /g)).toHaveLength(2);
    expect(texts(xml, 'w:t')).toBe('甲乙丙丁');
  });

  it('没有修订信息时（报告本身）：修订标记一概不写，删除的文字也照 w:t 写', () => {
    const xml = bodyXml([
      body(
        [
          { text: '甲', revision: 'delete' },
          { text: '乙', revision: 'insert' },
        ],
        { mark: 'insert' },
      ),
    ]);
    expect(xml).not.toMatch(/w:ins|w:del/);
    expect(texts(xml, 'w:t')).toBe('甲乙');
  });

  it('文字里的 & < > 转义，XML 不允许的字符删掉', () => {
    const xml = bodyXml([body([{ text: 'a<b>&"c"\u0007\ufffe' }])]);
    expect(xml).toContain('<w:t xml:space="preserve">a&lt;b&gt;&amp;&quot;c&quot;</w:t>');
    expect(wellFormed(xml)).toBe(true);
  });

  it('性质：任意文字和修订，XML 合乎格式；接受修订得新的文字、拒绝得旧的文字（不允许的字符除外）', () => {
    const run: fc.Arbitrary<RunSpec> = fc.record(
      {
        text: fc.string({ unit: fc.constantFrom('甲', 'a', '&', '<', '>', '"', "'", '\u0001', ' ', '\ud800') }),
        revision: fc.constantFrom<'insert' | 'delete'>('insert', 'delete'),
        bold: fc.boolean(),
        font: fc.constantFrom('黑体', 'A&B'),
        breakBefore: fc.boolean(),
      },
      { requiredKeys: ['text'] },
    );
    fc.assert(
      fc.property(fc.array(fc.array(run, { maxLength: 6 }), { minLength: 1, maxLength: 4 }), (paragraphs) => {
        const xml = bodyXml(
          paragraphs.map((runs) => body(runs)),
          REVISION,
        );
        expect(wellFormed(xml)).toBe(true);
        const kept = (drop: 'insert' | 'delete') =>
          paragraphs
            .flat()
            .filter((r) => r.revision !== drop)
            .map((r) => stripIllegalXml(r.text))
            .join('');
        expect(accepted(xml)).toBe(kept('delete'));
        expect(rejected(xml)).toBe(kept('insert'));
      }),
    );
  });
});
