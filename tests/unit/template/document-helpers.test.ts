/** 文档模板的 {{块}}：按顺序放进文档的各块；模板自己的文字成为一段（来源为空路径）；用错了记下来。 */
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { registerDocumentHelpers, type BlockSink } from '../../../src/template/document-helpers.js';
import { heading, para } from '../../support/blocks.js';

function run(template: string, view: object, withSink = true): BlockSink & { text: string } {
  const hbs = Handlebars.create();
  registerDocumentHelpers(hbs);
  const sink: BlockSink = { blocks: [], misuse: [] };
  const text = hbs.compile(template, { noEscape: true, strict: true })(view, withSink ? { data: { fzbg: sink } } : {});
  return { ...sink, text };
}

describe('{{块}}', () => {
  const title = heading(1, '一、', '主要工作', false, ['正文', 0]);
  const body = [para('甲。', ['正文', 0, '内容', 0]), para('乙。', ['正文', 0, '内容', 1])];

  it('各块按模板里的顺序放进去，原样（带来源）；自己不写出任何文字', () => {
    const r = run('{{块 标题}}\n{{#each 段落}}{{块 this}}{{/each}}', { 标题: title, 段落: body });
    expect(r.blocks).toEqual([title, ...body]);
    expect(r.text.trim()).toBe('');
    expect(r.misuse).toEqual([]);
  });

  it('模板自己写的文字成为一段，来源是空路径', () => {
    const r = run('{{#each 段落}}{{块 this}}{{/each}}{{块 "特此报告。"}}', { 段落: body });
    expect(r.blocks.at(-1)).toEqual({ kind: 'paragraph', text: '特此报告。', source: [] });
  });

  it('没有的项（undefined、null）什么也不放', () => {
    expect(run('{{块 主送}}{{块 附注}}', { 主送: undefined, 附注: null }).blocks).toEqual([]);
  });

  it('给一个列表：记下用错，提示用 {{#each}}', () => {
    const r = run('{{块 段落}}', { 段落: body });
    expect(r.blocks).toEqual([]);
    expect(r.misuse).toHaveLength(1);
    expect(r.misuse[0]).toContain('{{#each');
  });

  it('给一组数据（不是块）：记下用错', () => {
    expect(run('{{块 章}}', { 章: { 标题: '甲' } }).misuse[0]).toContain('一组数据');
    expect(run('{{块 章}}', { 章: { kind: 'paragraph', text: '没有来源' } }).misuse).toHaveLength(1);
    expect(run('{{块 章}}', { 章: { kind: 'table', text: '不认识的种类', source: [] } }).misuse).toHaveLength(1);
  });

  it('什么也没给、给了两项：记下用错', () => {
    expect(run('{{块}}', {}).misuse).toHaveLength(1);
    expect(run('{{块 甲 乙}}', { 甲: para('甲'), 乙: para('乙') }).misuse).toHaveLength(1);
  });

  it('没有收集处时（不是在渲染文档）什么也不做、不出错', () => {
    expect(run('{{块 标题}}{{块 段落}}', { 标题: title, 段落: body }, false).text).toBe('');
  });
});
