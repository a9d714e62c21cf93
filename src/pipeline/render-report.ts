import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceFile } from '../load/source-file.js';
import { parseMarkdown } from '../model/parse-markdown.js';
import type { DocumentModel } from '../model/document-model.js';
import { buildView } from '../render/build-view.js';
import { buildContext } from '../resolve/build-context.js';
import type { Report } from '../schema/report-types.generated.js';
import { mergeLayout, type Layout } from '../template/layout.js';
import type { Template } from '../template/load-template.js';

export interface RenderedReport {
  markdown: string;
  model: DocumentModel;
  layout: Layout;
}

/** 数据 → 视图 → .md 预览 → 文档模型。纯计算，不读写文件。 */
export function renderReport(
  report: Report,
  source: SourceFile,
  template: Template,
): { rendered?: RenderedReport; diagnostics: Diagnostic[] } {
  const layout = mergeLayout(template.layout, report.版式 as Record<string, unknown> | undefined);
  const context = buildContext(report);
  const { view, diagnostics } = buildView(report, source, template, layout, context);
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  const markdown = template.document(view);
  return { rendered: { markdown, model: parseMarkdown(markdown), layout }, diagnostics };
}
