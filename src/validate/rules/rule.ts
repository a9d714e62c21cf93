import type { Problem } from '../../diagnostics/diagnostic.js';
import type { DocumentModel } from '../../model/document-model.js';
import type { Layout } from '../../schema/layout-types.generated.js';
import type { Report } from '../../schema/report-types.generated.js';

/**
 * 一条规则看到的东西：数据、文件名、合并后的版式，和渲染出来的文档（规则在渲染之后运行，
 * 要看"文档里写出来的是什么"的规则，如与上一年度一字不差的段落，看模型，不自己再渲染一遍）。
 */
export interface RuleContext {
  report: Report;
  /** 数据文件的路径（按文件夹和文件名核对地区、年度）。 */
  file: string;
  layout: Layout;
  /** 定稿（build --final）：待填的数字是错误。 */
  final: boolean;
  /** 这一年渲染出的文档（文字有错的那几块缺着）。 */
  model: DocumentModel;
  /** 上一年度渲染出的文档（同一文件夹里有上一年度、且它没有错误时）。 */
  priorModel?: DocumentModel;
}

/** 一条规则：发现的问题按数据路径给出，行列由调用者在文件里查。 */
export type Rule = (ctx: RuleContext) => Problem[];
