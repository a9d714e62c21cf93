/** 逐词的差别：两边各自还原出原文；相邻的部分种类不同；按词（不是按字）。 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffWords, newSide, oldSide } from '../../../src/diff/diff-words.js';
import { segmentWords } from '../../../src/diff/segment-words.js';

describe('diffWords', () => {
  it('相同的文字：一段相同；两边都空：什么也没有', () => {
    expect(diffWords('依法行政。', '依法行政。')).toEqual([{ type: 'equal', text: '依法行政。' }]);
    expect(diffWords('', '')).toEqual([]);
  });

  it('一边是空的：整段新增或删除', () => {
    expect(diffWords('', '新增的一句。')).toEqual([{ type: 'insert', text: '新增的一句。' }]);
    expect(diffWords('删掉的一句。', '')).toEqual([{ type: 'delete', text: '删掉的一句。' }]);
  });

  it('数字改了：只有数字那个词是删除和新增', () => {
    expect(diffWords('全年受理案件177件。', '全年受理案件180件。')).toEqual([
      { type: 'equal', text: '全年受理案件' },
      { type: 'delete', text: '177' },
      { type: 'insert', text: '180' },
      { type: 'equal', text: '件。' },
    ]);
  });

  it('按词比较：改了一个词，整个词删除、新词新增（不是零碎的字）', () => {
    const parts = diffWords('加强执法队伍建设', '加强法治队伍建设');
    expect(parts.filter((p) => p.type !== 'equal').every((p) => segmentWords(p.text).length >= 1)).toBe(true);
    expect(parts.find((p) => p.type === 'delete')?.text).toBe('执法');
    expect(parts.find((p) => p.type === 'insert')?.text).toBe('法治');
  });

  it('性质：接受全部得新文字、拒绝全部得旧文字；没有空的部分，相邻的部分种类不同', () => {
    const text = fc
      .array(fc.constantFrom('依法', '行政', '，', '。', '2023', '年', '推进', '法治政府', ' ', 'abc', '的'), { maxLength: 12 })
      .map((w) => w.join(''));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const parts = diffWords(a, b);
        expect(oldSide(parts)).toBe(a);
        expect(newSide(parts)).toBe(b);
        parts.forEach((p, i) => {
          expect(p.text).not.toBe('');
          if (i > 0) expect(p.type).not.toBe(parts[i - 1]?.type);
        });
      }),
    );
  });

  it('性质：与自己比较没有增删', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('依', '法', '，', 'a', ' ') }), (a) => {
        expect(diffWords(a, a).every((p) => p.type === 'equal')).toBe(true);
      }),
    );
  });
});

describe('segmentWords', () => {
  it('按词切开，连起来是原文', () => {
    const words = segmentWords('全面推进依法行政，2023年受理177件。');
    expect(words.join('')).toBe('全面推进依法行政，2023年受理177件。');
    expect(words.length).toBeLessThan([...'全面推进依法行政，2023年受理177件。'].length);
    expect(words).toContain('177');
  });
});
