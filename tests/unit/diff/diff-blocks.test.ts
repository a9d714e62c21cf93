/** 逐块的比较：相同、只改了编号、改动（逐词）、新增、删除、挪了位置；两边各自还原出原来的块。 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffBlocks, type BlockDiff } from '../../../src/diff/diff-blocks.js';
import { newSide, oldSide } from '../../../src/diff/diff-words.js';
import { blockText, type Block } from '../../../src/model/document-model.js';
import { heading, para, point } from '../../support/blocks.js';

const summary = (diff: BlockDiff[]) =>
  diff.map((d) => {
    switch (d.type) {
      case 'equal':
      case 'renumbered':
      case 'change':
        return `${d.type}:${blockText(d.old)}→${blockText(d.new)}`;
      case 'insert':
        return `insert${d.moved ? '(moved)' : ''}:${blockText(d.new)}`;
      case 'delete':
        return `delete${d.moved ? '(moved)' : ''}:${blockText(d.old)}`;
    }
  });

const oldBlocksOf = (diff: BlockDiff[]) => diff.flatMap((d) => (d.type === 'insert' ? [] : [d.old]));
const newBlocksOf = (diff: BlockDiff[]) => diff.flatMap((d) => (d.type === 'delete' ? [] : [d.new]));

const P1 = '全面推进严格规范公正文明执法。';
const P2 = '深入开展法治宣传教育活动。';
const P3 = '加强行政复议和行政应诉工作。';

describe('diffBlocks', () => {
  it('前面删了一项，后面的只是编号变了：renumbered，逐词里只有编号不同', () => {
    const diff = diffBlocks([heading(2, '（一）', '甲'), heading(2, '（二）', '乙')], [heading(2, '（一）', '乙')]);
    expect(summary(diff)).toEqual(['delete:（一）甲', 'renumbered:（二）乙→（一）乙']);
    const renumbered = diff[1];
    if (renumbered?.type !== 'renumbered') throw new Error('应为 renumbered');
    expect(renumbered.parts.filter((p) => p.type !== 'equal').map((p) => p.text)).toEqual(['二', '一']);
  });

  it('要点的前缀变了（一是 → 二是）也是 renumbered', () => {
    expect(summary(diffBlocks([point('一是', P1)], [point('一是', P2), point('二是', P1)]))).toEqual([
      `insert:一是${P2}`,
      `renumbered:一是${P1}→二是${P1}`,
    ]);
  });

  it('改了几个字的段落：change，逐词的差别还原两边', () => {
    const changed = P1.replace('严格', '更加严格');
    const diff = diffBlocks([para(P1)], [para(changed)]);
    expect(summary(diff)).toEqual([`change:${P1}→${changed}`]);
    const d = diff[0];
    if (d?.type !== 'change') throw new Error('应为 change');
    expect([oldSide(d.parts), newSide(d.parts)]).toEqual([P1, changed]);
  });

  it('完全不同的段落不配对：删除和新增', () => {
    expect(summary(diffBlocks([para(P1)], [para('今年新写的内容。')]))).toEqual([`delete:${P1}`, 'insert:今年新写的内容。']);
  });

  it('种类不同的块不配对（段落与要点）', () => {
    expect(summary(diffBlocks([para(P1)], [point('一是', P1)])).sort()).toEqual([`delete:${P1}`, `insert:一是${P1}`].sort());
  });

  it('一字不差地挪了位置：删除和新增都标 moved，不与别的段落配对', () => {
    expect(summary(diffBlocks([para(P1), para(P2), para(P3)], [para(P2), para(P3), para(P1)]))).toEqual([
      `delete(moved):${P1}`,
      `equal:${P2}→${P2}`,
      `equal:${P3}→${P3}`,
      `insert(moved):${P1}`,
    ]);
  });

  it('同一段里删一段、改一段：按相似度配对', () => {
    const changed = P3.replace('加强', '切实加强');
    expect(summary(diffBlocks([para(P2), para(P3)], [para(changed)]))).toEqual([`delete:${P2}`, `change:${P3}→${changed}`]);
  });

  it('与自己比较：全部相同', () => {
    const blocks = [heading(1, '一、', '工作'), para(P1), point('一是', P2, true)];
    expect(diffBlocks(blocks, blocks).every((d) => d.type === 'equal')).toBe(true);
  });

  it('性质：旧的一边依次就是旧的块，新的一边依次就是新的块；改动的逐词差别还原两边', () => {
    const block: fc.Arbitrary<Block> = fc.oneof(
      fc.constantFrom(P1, P2, P3, P1.slice(2), P2 + P3).map((t) => para(t)),
      fc.tuple(fc.constantFrom('一是', '二是'), fc.constantFrom(P1, P2)).map(([p, t]) => point(p, t)),
      fc.tuple(fc.constantFrom('（一）', '（二）'), fc.constantFrom('甲', '乙')).map(([n, t]) => heading(2, n, t)),
    );
    fc.assert(
      fc.property(fc.array(block, { maxLength: 8 }), fc.array(block, { maxLength: 8 }), (a, b) => {
        const diff = diffBlocks(a, b);
        expect(oldBlocksOf(diff)).toEqual(a);
        expect(newBlocksOf(diff)).toEqual(b);
        for (const d of diff) {
          if (d.type === 'change' || d.type === 'renumbered')
            expect([oldSide(d.parts), newSide(d.parts)]).toEqual([blockText(d.old), blockText(d.new)]);
          if (d.type === 'equal') expect(blockText(d.old)).toBe(blockText(d.new));
        }
      }),
    );
  });
});
