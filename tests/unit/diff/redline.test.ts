/**
 * 修订稿的段落：接受全部修订得新一年纸面上的各段，拒绝全部得上一年的——连同整段删掉、新增的段落，
 * 和两年分段不同的地方（段落标记的新增、删除：去掉标记时与下一段合成一段）。
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffBlocks } from '../../../src/diff/diff-blocks.js';
import { redlineParagraphs } from '../../../src/diff/redline.js';
import type { Block, HeadingLevel } from '../../../src/model/document-model.js';
import { pageParagraphs, type PageParagraph } from '../../../src/model/page-paragraphs.js';
import { heading, para, point } from '../../support/blocks.js';

/** 像 Word 那样接受或拒绝全部修订后各段的文字（文字段和段落标记）。 */
function resolve(paragraphs: readonly PageParagraph[], side: 'accept' | 'reject'): string[] {
  const drop = side === 'accept' ? 'delete' : 'insert';
  const out: string[] = [];
  let carry = '';
  for (const p of paragraphs) {
    const text =
      carry +
      p.runs
        .filter((r) => r.revision !== drop)
        .map((r) => r.text)
        .join('');
    if (p.mark === drop) carry = text;
    else {
      out.push(text);
      carry = '';
    }
  }
  if (carry) out.push(carry);
  return out;
}

const pageTexts = (blocks: Block[]) => pageParagraphs(blocks).map((p) => p.runs.map((r) => r.text).join(''));
const redline = (a: Block[], b: Block[]) => redlineParagraphs(diffBlocks(a, b));

const P1 = '全面推进严格规范公正文明执法。';
const P2 = '深入开展法治宣传教育活动。';
const P3 = '加强行政复议和行政应诉工作。';

describe('redlineParagraphs', () => {
  it('两年一样：段落与纸面上的一样，没有任何修订', () => {
    const blocks = [heading(2, '（一）', '依法决策。', true), para(P1), para(P2)];
    const out = redline(blocks, blocks);
    expect(out.map((p) => p.runs.map((r) => r.text).join(''))).toEqual(pageTexts(blocks));
    expect(out.some((p) => p.mark !== undefined || p.runs.some((r) => r.revision))).toBe(false);
  });

  it('整段删掉：文字标删除，段落标记也删（接受时不留空段）', () => {
    const out = redline([para(P1), para(P2), para(P3)], [para(P1), para(P3)]);
    expect(out[1]).toMatchObject({ mark: 'delete', runs: [{ text: P2, revision: 'delete' }] });
    expect(resolve(out, 'accept')).toEqual([P1, P3]);
    expect(resolve(out, 'reject')).toEqual([P1, P2, P3]);
  });

  it('整段新增：文字标新增，前一段的段落标记标新增（像在 Word 里段末回车再写）', () => {
    const out = redline([para(P1)], [para(P1), para(P2)]);
    expect(out.map((p) => p.mark)).toEqual(['insert', undefined]);
    expect(out[1]?.runs).toEqual([{ text: P2, revision: 'insert' }]);
    expect(resolve(out, 'accept')).toEqual([P1, P2]);
    expect(resolve(out, 'reject')).toEqual([P1]);
  });

  it('删了连写要点前面的那一段：要点连同删掉的段落在一段里，接受时要点自成一段', () => {
    const out = redline([para(P1), point('一要', P2, true)], [point('一要', P2, true)]);
    expect(resolve(out, 'accept')).toEqual([`一要${P2}`]);
    expect(resolve(out, 'reject')).toEqual([P1 + `一要${P2}`]);
  });

  it('要点从分段改成连写：上一段的段落标记删除', () => {
    const out = redline([para(P1), point('一要', P2)], [para(P1), point('一要', P2, true)]);
    expect(out[0]?.mark).toBe('delete');
    expect(resolve(out, 'accept')).toEqual([P1 + `一要${P2}`]);
    expect(resolve(out, 'reject')).toEqual([P1, `一要${P2}`]);
  });

  it('改动的段落：逐词标出，接排标题的字体跟着走', () => {
    const old = [heading(2, '（一）', '依法决策。', true), para(P1)];
    const now = [heading(2, '（一）', '科学决策。', true), para(P1)];
    const out = redline(old, now);
    expect(out).toHaveLength(1);
    const headingRuns = out[0]!.runs.filter((r) => r.heading === 2);
    expect(headingRuns.map((r) => r.text).join('')).toContain('决策。');
    expect(headingRuns.some((r) => r.revision === 'delete' && r.text.includes('依法'))).toBe(true);
    expect(resolve(out, 'accept')).toEqual(pageTexts(now));
    expect(resolve(out, 'reject')).toEqual(pageTexts(old));
  });

  it('在最前面新增一段：新增的那一段的段落标记标新增', () => {
    const out = redline([para(P2)], [para(P1), para(P2)]);
    expect(out.map((p) => p.mark)).toEqual(['insert', undefined]);
    expect(resolve(out, 'reject')).toEqual([P2]);
  });

  it('性质：接受全部得新一年纸面上的各段，拒绝全部得上一年的（两年都至少有一块）', () => {
    const block: fc.Arbitrary<Block> = fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(P1, P2, P3, P1.slice(3), P2 + '继续。').map((t) => para(t)) },
      {
        weight: 2,
        arbitrary: fc.tuple(fc.constantFrom('一是', '二要'), fc.constantFrom(P1, P3), fc.boolean()).map(([p, t, j]) => point(p, t, j)),
      },
      {
        weight: 2,
        arbitrary: fc
          .tuple(
            fc.constantFrom<HeadingLevel>(1, 2, 3),
            fc.constantFrom('（一）', '（二）'),
            fc.constantFrom('依法决策。', '科学决策。'),
            fc.boolean(),
          )
          .map(([l, n, t, runIn]) => heading(l, n, t, runIn)),
      },
    );
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 8 }), fc.array(block, { minLength: 1, maxLength: 8 }), (a, b) => {
        const out = redline(a, b);
        expect(resolve(out, 'accept')).toEqual(pageTexts(b));
        expect(resolve(out, 'reject')).toEqual(pageTexts(a));
      }),
      { numRuns: 150 },
    );
  });
});
