/**
 * 性质测试：办事员写的任何文字（Markdown 的 # * | < > [ ] ` 之类、行首的 1. - > :::）都照原样进入文档，
 * 决不变成结构：文档模型里的文字不变；.md 预览用真正的 Markdown 解析器（markdown-it）读回来，段落和文字与模型一样。
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { printMarkdown } from '../src/markdown/print-markdown.js';
import { blockText } from '../src/model/document-model.js';
import { pageParagraphs } from '../src/model/page-paragraphs.js';
import { checkText } from './support/build-in-memory.js';
import { parseMarkdown } from './support/parse-markdown.js';

const piece = fc.constantFrom(
  '#',
  '##',
  '*',
  '**',
  '_',
  '|',
  '<b>',
  '</b>',
  '<',
  '>',
  '[',
  ']',
  '(',
  ')',
  '`',
  '~~',
  '!',
  '\\',
  '&amp;',
  '&',
  '{',
  '}',
  '{.run-in}',
  '1.',
  '2)',
  '-',
  '+',
  '=',
  ':::',
  '::: note',
  '---',
  '***',
  '$',
  '"',
  "'",
  ' ',
  '  ',
  '法治',
  '政府',
  '。',
  '，',
  '（一）',
  '一、',
  'abc',
  '123',
  '%',
);
const clerkText = fc
  .array(piece, { minLength: 1, maxLength: 12 })
  .map((parts) => parts.join(''))
  .filter((s) => !s.includes('{{') && !s.includes('}}') && s.trim().length > 0);

describe('办事员的文字照原样', () => {
  it('任意标点组合：正文段落和标题的文字不变，结构不变', () => {
    fc.assert(
      fc.property(clerkText, clerkText, (title, content) => {
        const yaml = `地区: 测试县\n年度: 2023\n发文机关: 测试县人民政府\n成文日期: 2024-01-25\n正文:\n  - 类别: 工作情况\n    标题: ${JSON.stringify(title)}\n    内容: ${JSON.stringify(content)}\n  - {类别: 存在问题, 标题: 存在的问题, 内容: 有不足。}\n  - {类别: 下步打算, 标题: 下步打算, 内容: 继续努力。}\n`;
        const r = checkText(yaml);
        expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        if (!r.ok) throw new Error('应能生成');
        const blocks = r.model.blocks;
        expect(blocks.map((b) => b.kind)).toEqual([
          'title',
          'heading',
          'paragraph',
          'heading',
          'paragraph',
          'heading',
          'paragraph',
          'signature',
          'date',
        ]);
        expect(blockText(blocks[1] ?? blocks[0]!)).toBe('一、' + title.trim());
        expect(blockText(blocks[2] ?? blocks[0]!)).toBe(content.trim());
        // .md 预览读回来：每一段的种类和文字与纸面上的段落一样
        const shown = parseMarkdown(printMarkdown(r.model)).map((b) => `${b.kind}:${b.text}`);
        const paragraphs = pageParagraphs(blocks).map(
          (p) => `${p.kind === 'body' ? 'paragraph' : p.kind}:${p.runs.map((x) => x.text).join('')}`,
        );
        expect(shown).toEqual(paragraphs);
      }),
      { numRuns: 300 },
    );
  });
});
