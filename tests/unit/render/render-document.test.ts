/** 渲染：视图经模板（报告.hbs）排成文档模型；各章记着来源和类别。 */
import { describe, expect, it } from 'vitest';
import { blockText } from '../../../src/model/document-model.js';
import { smallReport } from '../../support/small-report.js';
import { renderReport } from '../../support/render-report.js';

describe('renderDocument', () => {
  it('标准模板的顺序：标题、主送、导语、各章、结束语、署名、日期、附注', () => {
    const report = smallReport({ 主送: ['县委'], 导语: '导语。', 落款: { 结束语: '特此报告。' }, 附注: '此件公开发布' });
    const { model, problems } = renderReport(report);
    expect(problems).toEqual([]);
    expect(model.blocks.map((b) => b.kind)).toEqual([
      'title',
      'addressee',
      'paragraph',
      ...['heading', 'paragraph', 'heading', 'paragraph', 'heading', 'paragraph', 'heading', 'paragraph'],
      'paragraph',
      'signature',
      'date',
      'note',
    ]);
    expect(model.blocks.map(blockText).slice(-4)).toEqual(['特此报告。', '测试县人民政府', '2024年1月25日', '（此件公开发布）']);
  });

  it('章：每一章的来源和类别（合并的章有几个类别）', () => {
    const report = smallReport({
      正文: [
        { 类别: '工作情况', 内容: '甲。' },
        { 类别: ['存在问题', '下步打算'], 内容: '乙。' },
      ],
    });
    expect(renderReport(report).model.chapters).toEqual([
      { source: ['正文', 0], kinds: ['工作情况'] },
      { source: ['正文', 1], kinds: ['存在问题', '下步打算'] },
    ]);
  });

  it('文字有错的块缺着，问题带回', () => {
    const report = smallReport({ 导语: ['好。', '{{没有}}'] });
    const { model, problems } = renderReport(report);
    expect(model.blocks.filter((b) => b.kind === 'paragraph').map(blockText)).not.toContain('{{没有}}');
    expect(problems.map((p) => p.path)).toEqual([['导语', 1]]);
  });
});
