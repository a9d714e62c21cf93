/** 单元测试用：一份手写的小报告（四类章都有、数据合格），和它在标准模板下渲染出的文档模型。 */
import type { Problem } from '../../src/diagnostics/diagnostic.js';
import type { DocumentModel } from '../../src/model/document-model.js';
import { renderDocument } from '../../src/render/render-document.js';
import { buildContext } from '../../src/resolve/build-context.js';
import { mergeLayout } from '../../src/resolve/merge-layout.js';
import type { Report } from '../../src/schema/report-types.generated.js';
import type { RuleContext } from '../../src/validate/rules/rule.js';
import { loadTemplate, type Template } from '../../src/template/load-template.js';

export function smallReport(changes: Partial<Report> = {}): Report {
  return {
    地区: '测试县',
    年度: 2023,
    发文机关: '测试县人民政府',
    成文日期: '2024-01-25',
    正文: [
      { 类别: '工作情况', 标题: '主要工作', 内容: '做了很多工作。' },
      { 类别: '存在问题', 标题: '存在的问题', 内容: '还有不足。' },
      { 类别: '履职情况', 标题: '履职情况', 内容: '主要负责人履职。' },
      { 类别: '下步打算', 标题: '下步打算', 内容: '继续努力。' },
    ],
    ...changes,
  };
}

/** 标准模板（只引入模板这一层，不引入整条流水线：单元测试加载得快）。 */
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

/** 规则看到的东西：默认是标准版式、草稿、空的文档模型、data/测试县/2023.yaml。 */
export function ruleContext(report: Report, more: Partial<RuleContext> = {}): RuleContext {
  return {
    report,
    file: 'data/测试县/2023.yaml',
    layout: standardTemplate().layout,
    final: false,
    model: { blocks: [], chapters: [] },
    ...more,
  };
}
