/** 单元测试用：标准模板（只引入模板这一层，不引入整条流水线），和一份报告在它下面渲染出的文档模型。 */
import type { Problem } from '../../src/diagnostics/diagnostic.js';
import type { DocumentModel } from '../../src/model/document-model.js';
import { renderDocument } from '../../src/render/render-document.js';
import { buildContext } from '../../src/resolve/build-context.js';
import { mergeLayout } from '../../src/resolve/merge-layout.js';
import type { Report } from '../../src/schema/report-types.generated.js';
import { loadTemplate, type Template } from '../../src/template/load-template.js';

export function standardTemplate(): Template {
  const loaded = loadTemplate('标准');
  if (!loaded.ok) throw new Error('标准模板读取失败：' + JSON.stringify(loaded.diagnostics));
  return loaded.template;
}

/** 在标准模板下渲染（prior：上一年度，同比要它）。 */
export function renderReport(report: Report, prior?: Report): { model: DocumentModel; problems: Problem[] } {
  const template = standardTemplate();
  return renderDocument(report, template, mergeLayout(template.layout, report.版式), buildContext(report, prior));
}
