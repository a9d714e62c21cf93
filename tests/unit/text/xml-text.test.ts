/** XML 不允许的字符：找出、删掉；XML 转义。 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeXml, findIllegalXml, stripIllegalXml } from '../../../src/text/xml-text.js';

const risky = fc
  .array(
    fc.constantFrom(
      '甲',
      'a',
      '\t',
      '\n',
      '\r',
      '\u0000',
      '\u0007',
      '\u000b',
      '\u001f',
      '\ufffe',
      '\uffff',
      '\ud800',
      '\udc00',
      '😀',
      '&',
      '<',
    ),
    {
      maxLength: 20,
    },
  )
  .map((cs) => cs.join(''));

describe('stripIllegalXml 和 findIllegalXml', () => {
  it('控制字符、U+FFFE/FFFF、孤立的代理项删掉；制表、换行、回车和成对的代理项留着', () => {
    expect(stripIllegalXml('甲\u0001乙\t丙\n丁\r\ufffe戊\uffff')).toBe('甲乙\t丙\n丁\r戊');
    expect(stripIllegalXml('a\ud800b\udc00c😀')).toBe('abc😀');
  });

  it('第一个不允许的字符的下标；没有时为 -1', () => {
    expect(findIllegalXml('正常的文字')).toBe(-1);
    expect(findIllegalXml('甲乙\u0007丙\u0008')).toBe(2);
    expect(findIllegalXml('😀\udc00')).toBe(2);
  });

  it('连着查几次结果一样（全局正则的 lastIndex 不留状态）', () => {
    const text = '甲\u0007';
    expect([findIllegalXml(text), findIllegalXml(text), stripIllegalXml(text), findIllegalXml(text)]).toEqual([1, 1, '甲', 1]);
  });

  it('性质：删过的文字里查不出不允许的字符，再删一遍不变；有不允许的字符时 findIllegalXml 指着被删掉的那个', () => {
    fc.assert(
      fc.property(risky, (text) => {
        const clean = stripIllegalXml(text);
        expect(findIllegalXml(clean)).toBe(-1);
        expect(stripIllegalXml(clean)).toBe(clean);
        const at = findIllegalXml(text);
        if (at >= 0) expect(stripIllegalXml(text.slice(0, at + 1))).toBe(stripIllegalXml(text.slice(0, at)));
        else expect(clean).toBe(text);
      }),
    );
  });
});

describe('escapeXml', () => {
  it('五个字符都转义', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });

  it('性质：按 XML 的规则反转义得回原文', () => {
    const unescape = (s: string) =>
      s.replace(/&(lt|gt|quot|apos|amp);/g, (_, n: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[n] ?? '');
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('&', '<', '>', '"', "'", 'a', ';', '甲', 'l', 't') }), (s) => {
        const escaped = escapeXml(s);
        expect(escaped).not.toMatch(/[<>"']/);
        expect(unescape(escaped)).toBe(s);
      }),
    );
  });
});
