/** 办事员的文字放进 Markdown：# * | < {{ 之类、行首的 1. - > ::: 都照原样显示，决不变成结构。 */
import fc from 'fast-check';
import markdownIt, { type Token } from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../../src/markdown/escape-markdown.js';

/** CommonMark 全部规则、允许 HTML：最挑剔的读法。 */
const md = markdownIt('default', { html: true });

/** 读回来：只能是一个段落，返回它的文字。 */
function readBack(source: string): string | undefined {
  const tokens = md.parse(source, {});
  if (tokens.map((t) => t.type).join() !== 'paragraph_open,inline,paragraph_close') return undefined;
  const children: Token[] = tokens[1]?.children ?? [];
  if (children.some((c) => c.type !== 'text')) return undefined;
  return children.map((c) => c.content).join('');
}

describe('escapeMarkdown', () => {
  it.each([
    ['# 不是标题', '\\# 不是标题'],
    ['1. 不是列表', '1\\. 不是列表'],
    ['2) 不是列表', '2\\) 不是列表'],
    ['- 不是列表', '\\- 不是列表'],
    ['+ 不是列表', '\\+ 不是列表'],
    ['> 不是引用', '\\> 不是引用'],
    ['::: note', '\\::: note'],
    ['=== 不是标题线', '\\=== 不是标题线'],
    ['a*b*c', 'a\\*b\\*c'],
    ['{{年度}}', '\\{\\{年度\\}\\}'],
    ['<b>粗</b>', '\\<b\\>粗\\</b\\>'],
    ['甲|乙', '甲\\|乙'],
    ['C:\\路径', 'C:\\\\路径'],
    ['中间的 1. 和 - 不管', '中间的 1. 和 - 不管'],
    ['全面推进依法行政。', '全面推进依法行政。'],
  ])('%s → %s', (text, escaped) => {
    expect(escapeMarkdown(text)).toBe(escaped);
  });

  it.each([
    '# 标题',
    '1. 列表',
    '- 列表',
    '> 引用',
    '***',
    '---',
    '___',
    '```代码',
    '~~~代码',
    '<div>甲</div>',
    '[甲]: http://x',
    '| a | b |',
    '&amp;',
    '&#123;',
    '`代码`',
    '**粗**',
    '[链接](http://x)',
    '![图](x.png)',
    '\\*',
    '10) 项',
  ])('%s：读回来是一段同样的文字', (text) => {
    expect(readBack(escapeMarkdown(text))).toBe(text);
  });

  it('性质：任意一行文字（不以空白开头）转义后，Markdown 读回来是一段同样的文字', () => {
    const unit = fc.constantFrom(...'#*_`[]()<>!|~&$\\{}:-+=.1)9 甲。，ab;/'.split(''), '1.', '::: ', '&amp;', '<b>', '](x)');
    const line = fc
      .tuple(
        fc.constantFrom('甲', '#', '1.', '-', '>', ':::', '*', '=', '+', '`', '<', '&', '\\', '|', '9)'),
        fc.array(unit, { maxLength: 20 }),
      )
      .map(([first, rest]) => (first + rest.join('')).trimEnd());
    fc.assert(
      fc.property(line, (text) => {
        expect(readBack(escapeMarkdown(text))).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('性质：去掉转义用的反斜杠得回原文', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'#*\\{}<>|1.-:甲 '.split('')) }), (text) => {
        expect(escapeMarkdown(text).replace(/\\(.)/g, '$1')).toBe(text);
      }),
    );
  });
});
