/** 文档模型 → .md 预览：标题的 # 号、接排的 {.run-in}、::: 容器、连写的要点接在上一段里、文字都转义。 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockText, type Block, type DocumentModel } from '../../../src/model/document-model.js';
import { printMarkdown } from '../../../src/markdown/print-markdown.js';
import { heading, para, point } from '../../support/blocks.js';
import { parseMarkdown } from '../../support/parse-markdown.js';

const model = (blocks: Block[]): DocumentModel => ({ blocks, chapters: [] });
const md = (blocks: Block[]) => printMarkdown(model(blocks));

describe('printMarkdown', () => {
  it('标题是 #，一到四级标题是 ## 到 #####，块之间空一行，末尾一个换行', () => {
    expect(
      md([
        { kind: 'title', text: '某县报告', source: [] },
        heading(1, '一、', '工作'),
        heading(2, '（一）', '甲'),
        heading(3, '1.', '乙'),
        heading(4, '（1）', '丙'),
      ]),
    ).toBe('# 某县报告\n\n## 一、工作\n\n### （一）甲\n\n#### 1\\.乙\n\n##### （1）丙\n');
  });

  it('接排的标题后加 {.run-in}，正文另起一段', () => {
    expect(md([heading(2, '（一）', '依法决策。', true), para('全年审查12件。')])).toBe(
      '### （一）依法决策。 {.run-in}\n\n全年审查12件。\n',
    );
  });

  it('主送、署名、日期、附注是 ::: 容器', () => {
    expect(
      md([
        { kind: 'addressee', text: '县委：', source: [] },
        { kind: 'signature', text: '某县人民政府', source: [] },
        { kind: 'date', text: '2024年1月25日', source: [] },
        { kind: 'note', text: '（此件公开发布）', source: [] },
      ]),
    ).toBe(
      '::: addressee\n县委：\n:::\n\n::: signature\n某县人民政府\n:::\n\n::: date\n2024年1月25日\n:::\n\n::: note\n（此件公开发布）\n:::\n',
    );
  });

  it('连写的要点接在上一段里；不连写的、跟在标题后面的另起一段', () => {
    expect(md([para('主要有：'), point('一要', '甲；', true), point('二要', '乙。', true), point('三要', '丙。')])).toBe(
      '主要有：一要甲；二要乙。\n\n三要丙。\n',
    );
    expect(md([heading(1, '一、', '打算'), point('一要', '甲。', true)])).toBe('## 一、打算\n\n一要甲。\n');
  });

  it('文字都转义：标题、正文、容器里的 # * < {{ 照原样；接在段中的"-"不是行首，不转义', () => {
    const text = md([
      { kind: 'title', text: '# <b>标题</b>', source: [] },
      para('1. 受理{{甲}}件*'),
      point('', '- 一条', true),
      { kind: 'note', text: '::: 附注', source: [] },
    ]);
    expect(text).toContain('# \\# \\<b\\>标题\\</b\\>');
    expect(text).toContain('1\\. 受理\\{\\{甲\\}\\}件\\*- 一条');
    expect(text).toContain('::: note\n\\::: 附注\n:::');
  });

  it('空的文档：只有一个换行', () => {
    expect(md([])).toBe('\n');
  });

  it('性质：读回来的各段文字就是纸面上各段的文字（接排的标题并进下一段）', () => {
    const text = fc.constantFrom('甲。', '#乙', '1. 丙', '<b>', '- 丁', '{{戊}}', '*己*');
    const block: fc.Arbitrary<Block> = fc.oneof(
      text.map((t) => para(t)),
      fc.tuple(text, fc.boolean()).map(([t, j]) => point('一是', t, j)),
      fc.tuple(fc.constantFrom<1 | 2 | 3 | 4>(1, 2, 3, 4), text).map(([l, t]) => heading(l, '（一）', t)),
    );
    fc.assert(
      fc.property(fc.array(block, { maxLength: 8 }), (blocks) => {
        const expected: string[] = [];
        for (const b of blocks) {
          if (b.kind === 'point' && b.joined && expected.length && blocks[blocks.indexOf(b) - 1]?.kind !== 'heading')
            expected.push(expected.pop() + blockText(b));
          else expected.push(blockText(b));
        }
        expect(parseMarkdown(md(blocks)).map((b) => b.text)).toEqual(expected);
      }),
    );
  });
});
