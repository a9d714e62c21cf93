/**
 * 渲染：数据 → 视图（正文求值、编号）→ 模板（报告.hbs 排出各块的顺序）→ 文档模型。
 * 纯计算，不读写文件。文字有错时模型里缺那一块，问题带回（有错误的报告不会生成文件）。
 */
import type { Problem } from '../diagnostics/diagnostic.js';
import type { DocumentModel } from '../model/document-model.js';
import type { TextContext } from '../resolve/build-context.js';
import type { Layout } from '../schema/layout-types.generated.js';
import type { Report } from '../schema/report-types.generated.js';
import type { BlockSink } from '../template/document-helpers.js';
import type { Template } from '../template/load-template.js';
import { buildView } from './build-view.js';

export function renderDocument(
  report: Report,
  template: Template,
  layout: Layout,
  context: TextContext,
): { model: DocumentModel; problems: Problem[] } {
  const { view, problems } = buildView(report, template, layout, context);
  const sink: BlockSink = { blocks: [], misuse: [] };
  template.document(view, { data: { fzbg: sink } });
  return { model: { blocks: sink.blocks, chapters: view.章.map((c) => ({ source: c.来源, kinds: c.类别 })) }, problems };
}
