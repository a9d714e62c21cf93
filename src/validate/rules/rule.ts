import type { DataPath } from '../../load/source-file.js';
import type { Report } from '../../schema/report-types.generated.js';
import type { Layout } from '../../template/layout.js';

/** 一条规则发现的问题：数据路径 + 中文说明。位置由调用者按路径在文件里查。 */
export interface RuleProblem {
  code: string;
  severity: 'error' | 'warning';
  path: DataPath;
  /** 问题在文字值里的位置（从 0 起的字符下标），没有时指向值的开头。 */
  offsetInText?: number;
  /** 指向键本身而不是值。 */
  atKey?: boolean;
  message: string;
  fix?: string;
}

export interface RuleContext {
  report: Report;
  /** 数据文件的路径（按文件夹和文件名核对地区、年度）。 */
  file: string;
  layout: Layout;
  /** 定稿（build --final）：待填的数字是错误。 */
  final: boolean;
}

export type Rule = (ctx: RuleContext) => RuleProblem[];
