/** 块在纸面上的文字和文字段。 */
import { describe, expect, it } from 'vitest';
import { blockRuns, blockText, documentTitle, type Block } from '../../../src/model/document-model.js';
import { heading, para, point } from '../../support/blocks.js';

describe('blockText', () => {
  it.each<[Block, string]>([
    [heading(2, '（一）', '依法行政。', true), '（一）依法行政。'],
    [heading(1, '一、', '主要工作'), '一、主要工作'],
    [point('二是', '加强执法。'), '二是加强执法。'],
    [point('', '不加前缀。'), '不加前缀。'],
    [para('正文。'), '正文。'],
    [{ kind: 'title', text: '标题', source: ['标题'] }, '标题'],
    [{ kind: 'addressee', text: '县委：', source: ['主送'] }, '县委：'],
    [{ kind: 'signature', text: '测试县人民政府', source: ['发文机关'] }, '测试县人民政府'],
    [{ kind: 'date', text: '2024年1月25日', source: ['成文日期'] }, '2024年1月25日'],
    [{ kind: 'note', text: '（此件公开发布）', source: ['附注'] }, '（此件公开发布）'],
  ])('%j → %s', (block, text) => {
    expect(blockText(block)).toBe(text);
  });
});

describe('blockRuns', () => {
  it('接排的标题一段，带它的级别（用该级标题的字体）', () => {
    expect(blockRuns(heading(3, '1.', '做好复议。', true))).toEqual([{ text: '1.做好复议。', heading: 3 }]);
  });

  it('单列的标题和别的块一段，不带级别', () => {
    expect(blockRuns(heading(1, '一、', '主要工作'))).toEqual([{ text: '一、主要工作' }]);
    expect(blockRuns(point('一是', '甲。', true))).toEqual([{ text: '一是甲。' }]);
  });
});

describe('documentTitle', () => {
  it('取标题块的文字；没有时用通用的标题', () => {
    expect(documentTitle({ blocks: [para('甲'), { kind: 'title', text: '某县报告', source: [] }], chapters: [] })).toBe('某县报告');
    expect(documentTitle({ blocks: [para('甲')], chapters: [] })).toBe('法治政府建设情况报告');
  });
});
