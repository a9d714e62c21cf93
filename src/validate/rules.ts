/**
 * Schema 表达不了的规则，每条一个小函数：输入数据，返回问题（路径 + 说明）。
 * 位置由调用者按路径在文件里查出来。
 */
import type { DataPath } from '../load/source-file.js';
import type { Report } from '../schema/report-types.generated.js';
import { unsafeFolderName } from '../write/output-paths.js';

export interface RuleProblem {
  code: string;
  severity: 'error' | 'warning';
  path: DataPath;
  message: string;
  fix?: string;
}

export type Rule = (report: Report) => RuleProblem[];

/** 地区会成为输出文件夹名：不能借它把文件写到别处。 */
export const regionIsSafeFolder: Rule = (r) => {
  const why = unsafeFolderName(r.地区);
  return why ? [{ code: 'path/unsafe-region', severity: 'error', path: ['地区'], message: why, fix: '地区只写县（市、区）的名称，如"南昌县"。' }] : [];
};

/** 成文日期要是日历上有的日子。 */
export const dateIsReal: Rule = (r) => {
  const [y, m, d] = r.成文日期.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d) return [];
  return [{ code: 'date/invalid', severity: 'error', path: ['成文日期'], message: `成文日期"${r.成文日期}"不是日历上有的日子。`, fix: '检查月份和日子，写成 2024-01-25 这样。' }];
};

export const RULES: readonly Rule[] = [regionIsSafeFolder, dateIsReal];

export function runRules(report: Report): RuleProblem[] {
  return RULES.flatMap((rule) => rule(report));
}
