/**
 * 性质测试：办事员写的任何文字（Markdown 的 # * | < > [ ] ` 之类、行首的 1. - > :::）都照原样进入文档，
 * 决不变成结构。文字 → 转义 → .md → markdown-it → 文档模型，文字不变。
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockText } from '../src/model/document-model.js';
import { checkText } from './support/build-in-memory.js';

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
        const blocks = r.rendered!.model.blocks;
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
        expect(blockText(blocks[1])).toBe('一、' + title.trim());
        expect(blockText(blocks[2])).toBe(content.trim());
      }),
      { numRuns: 300 },
    );
  });
});
