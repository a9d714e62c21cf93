/** 逻辑块 → 纸面上的段落：接排的标题与下一块并成一段，连写的要点接在上一段后面。 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockText, type Block, type HeadingLevel } from '../../../src/model/document-model.js';
import { pageParagraphs, paragraphStarts } from '../../../src/model/page-paragraphs.js';
import { heading, para, point } from '../../support/blocks.js';

const texts = (blocks: Block[]) => pageParagraphs(blocks).map((p) => p.runs.map((r) => r.text).join(''));

describe('pageParagraphs', () => {
  it('接排的标题与下一块并成一段，标题部分带级别', () => {
    const out = pageParagraphs([heading(2, '（一）', '依法决策。', true), para('全年审查文件12件。'), para('另起一段。')]);
    expect(out.map((p) => p.kind)).toEqual(['body', 'body']);
    expect(out[0]?.runs).toEqual([{ text: '（一）依法决策。', heading: 2 }, { text: '全年审查文件12件。' }]);
    expect(out[0]?.blocks).toHaveLength(2);
    expect(out[1]?.runs).toEqual([{ text: '另起一段。' }]);
  });

  it('接排的标题后面的要点（不连写）也接在同一段里', () => {
    expect(texts([heading(3, '1.', '普法。', true), point('一是', '进机关。'), point('二是', '进乡村。')])).toEqual([
      '1.普法。一是进机关。',
      '二是进乡村。',
    ]);
  });

  it('连写的要点接在上一段正文后面；不连写的另起一段', () => {
    expect(texts([para('主要有：'), point('一要', '甲；', true), point('二要', '乙。', true), point('三要', '丙。')])).toEqual([
      '主要有：一要甲；二要乙。',
      '三要丙。',
    ]);
  });

  it('连写的要点前面是单列的标题或什么也没有时，自成一段', () => {
    expect(texts([heading(1, '一、', '打算'), point('一要', '甲。', true), point('二要', '乙。', true)])).toEqual([
      '一、打算',
      '一要甲。二要乙。',
    ]);
    expect(texts([point('一要', '甲。', true)])).toEqual(['一要甲。']);
  });

  it('单列的标题自成一段，样式是标题，记着级别', () => {
    const [h, body] = pageParagraphs([heading(2, '（一）', '依法决策'), para('正文。')]);
    expect(h).toMatchObject({ kind: 'heading', level: 2 });
    expect(body).toMatchObject({ kind: 'body' });
    expect(body?.level).toBeUndefined();
  });

  it('主送、署名、日期、附注各成一段，样式就是它们自己', () => {
    const blocks: Block[] = [
      { kind: 'title', text: '题', source: [] },
      { kind: 'addressee', text: '县委：', source: [] },
      { kind: 'signature', text: '县政府', source: [] },
      { kind: 'date', text: '2024年1月25日', source: [] },
      { kind: 'note', text: '（此件公开发布）', source: [] },
    ];
    expect(pageParagraphs(blocks).map((p) => p.kind)).toEqual(['title', 'addressee', 'signature', 'date', 'note']);
  });
});

describe('paragraphStarts', () => {
  it('每一块是否另起一段', () => {
    expect(
      paragraphStarts([
        heading(1, '一、', '工作'),
        heading(2, '（一）', '甲。', true),
        para('内容。'),
        point('一是', '乙。', true),
        para('下一段。'),
        point('一是', '丙。'),
      ]),
    ).toEqual([true, true, false, false, true, true]);
  });

  it('空的列表', () => {
    expect(paragraphStarts([])).toEqual([]);
    expect(pageParagraphs([])).toEqual([]);
  });
});

const arbitraryBlock: fc.Arbitrary<Block> = fc.oneof(
  fc.constantFrom('甲。', '乙乙。', '丙丙丙').map((t) => para(t)),
  fc
    .tuple(fc.constantFrom<HeadingLevel>(1, 2, 3, 4), fc.constantFrom('一、', '（二）'), fc.constantFrom('标题', '标题。'), fc.boolean())
    .map(([level, n, t, runIn]) => heading(level, n, t, runIn)),
  fc.tuple(fc.constantFrom('一是', '二要', ''), fc.constantFrom('丁。', '戊；'), fc.boolean()).map(([p, t, j]) => point(p, t, j)),
  fc.constantFrom<Block>({ kind: 'signature', text: '署名', source: [] }, { kind: 'date', text: '日期', source: [] }),
);

describe('性质', () => {
  it('所有段落的文字连起来等于所有块的文字连起来；段数等于另起一段的块数；每段的块依次就是原来的块', () => {
    fc.assert(
      fc.property(fc.array(arbitraryBlock, { maxLength: 12 }), (blocks) => {
        const paragraphs = pageParagraphs(blocks);
        expect(paragraphs.flatMap((p) => p.runs.map((r) => r.text)).join('')).toBe(blocks.map(blockText).join(''));
        expect(paragraphs.length).toBe(paragraphStarts(blocks).filter(Boolean).length);
        expect(paragraphs.flatMap((p) => p.blocks)).toEqual(blocks);
        paragraphs.forEach((p) => expect(p.runs.map((r) => r.text).join('')).toBe(p.blocks.map(blockText).join('')));
      }),
    );
  });
});
