/**
 * 校验一个数据文件的数据：Schema（Ajv）。数据格式有错时，修补一份只用来往下检查的数据
 * （见 repair-for-checking.ts），规则、引用、同比照样查完，一次报出全部问题；修补过的数据决不用来生成文档。
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceFile } from '../load/source-file.js';
import type { DataPath } from '../model/data-path.js';
import type { Report } from '../schema/report-types.generated.js';
import { repairForChecking } from './repair-for-checking.js';
import { isValid, REPORT_SCHEMA, validateAgainst } from './validate-schema.js';

export type ValidatedReport =
  | { kind: 'valid'; report: Report; diagnostics: Diagnostic[] }
  /** 修补过：只能用来往下检查；repairedPaths 是修补的地方（那里引起的连带提醒不报）。 */
  | { kind: 'repaired'; report: Report; repairedPaths: DataPath[]; diagnostics: Diagnostic[] }
  | { kind: 'invalid'; diagnostics: Diagnostic[] };

export function validateReport(source: SourceFile): ValidatedReport {
  if (source.data === undefined) return { kind: 'invalid', diagnostics: [] };
  const checked = validateAgainst<Report>(REPORT_SCHEMA, source);
  if (checked.ok) return { kind: 'valid', report: checked.value, diagnostics: [] };
  const repaired = checked.problems.length ? repairForChecking(source.data, checked.problems) : undefined;
  if (!repaired || !isValid(REPORT_SCHEMA, repaired.data)) return { kind: 'invalid', diagnostics: checked.diagnostics };
  return { kind: 'repaired', report: repaired.data as Report, repairedPaths: repaired.paths, diagnostics: checked.diagnostics };
}
