/** 单元测试用：一份手写的小报告（四类章都有、数据合格）、标准模板的版式、规则看到的东西。只引入数据的类型，加载得快。 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Layout } from '../../src/schema/layout-types.generated.js';
import type { Report } from '../../src/schema/report-types.generated.js';
import type { RuleContext } from '../../src/validate/rules/rule.js';

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

let layout: Layout | undefined;

/** 标准模板的版式（templates/标准/版式.yaml，照原样读出；不经模板的校验，不引入 Ajv 和 Handlebars）。 */
export function standardLayout(): Layout {
  layout ??= parse(readFileSync(join(import.meta.dirname, '../../templates/标准/版式.yaml'), 'utf8')) as Layout;
  return structuredClone(layout);
}

/** 规则看到的东西：默认是标准版式、草稿、空的文档模型、data/测试县/2023.yaml。 */
export function ruleContext(report: Report, more: Partial<RuleContext> = {}): RuleContext {
  return { report, file: 'data/测试县/2023.yaml', layout: standardLayout(), final: false, model: { blocks: [], chapters: [] }, ...more };
}
