/** 数据里的一段文字 → 段落：空行分段；段内换行去掉（挨着中文时不留空格）。 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { oneLine, splitParagraphs } from '../../../src/render/paragraphs.js';

describe('splitParagraphs', () => {
  it.each([
    ['甲。\n\n乙。', ['甲。', '乙。']],
    ['甲。\n  \n乙。', ['甲。', '乙。']],
    ['甲。\n\u3000\n乙。', ['甲。', '乙。']],
    ['甲。\r\n\r\n乙。', ['甲。', '乙。']],
    ['甲，\n续。\n\n\n\n乙。', ['甲，续。', '乙。']],
    ['\n\n甲。\n\n', ['甲。']],
    ['\n\n\n', []],
    ['', []],
  ])('%j → %j', (text, paragraphs) => {
    expect(splitParagraphs(text)).toEqual(paragraphs);
  });
});

describe('oneLine', () => {
  it('中文标点（弯引号、省略号、破折号）在行尾或行首时，换行处不留空格', () => {
    expect(oneLine('开展“法律进乡村”\n“法律进社区”活动')).toBe('开展“法律进乡村”“法律进社区”活动');
    expect(oneLine('工作……\nabc')).toBe('工作……abc');
    expect(oneLine('法治——\n建设')).toBe('法治——建设');
    expect(oneLine('abc\ndef')).toBe('abc def');
  });

  it.each([
    ['全面推进\n依法行政', '全面推进依法行政'],
    ['全面推进 \n  依法行政', '全面推进依法行政'],
    ['law\nbased', 'law based'],
    ['共 233\n件', '共 233件'],
    ['收到 233\nitems', '收到 233 items'],
    ['执法，\nABC', '执法，ABC'],
    ['a\r\nb', 'a b'],
    ['  前后的空白  ', '前后的空白'],
  ])('%j → %j', (text, line) => {
    expect(oneLine(text)).toBe(line);
  });

  it('性质：结果里没有换行，首尾没有空白；splitParagraphs 的每一段都是这样且不空', () => {
    const text = fc.array(fc.constantFrom('甲', 'a', ' ', '\n', '\r\n', '\t', '\u3000', '，'), { maxLength: 30 }).map((c) => c.join(''));
    fc.assert(
      fc.property(text, (t) => {
        const line = oneLine(t);
        expect(line).not.toMatch(/[\r\n]/);
        expect(line).toBe(line.trim());
        for (const p of splitParagraphs(t)) {
          expect(p).not.toMatch(/[\r\n]/);
          expect(p.length).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('性质：去掉空白后，分段前后的字一样（只删空白，不丢字）', () => {
    const text = fc.array(fc.constantFrom('甲', 'a', ' ', '\n', '\n\n', '，'), { maxLength: 30 }).map((c) => c.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(splitParagraphs(t).join('').replace(/\s/g, '')).toBe(t.replace(/\s/g, ''));
      }),
    );
  });
});
