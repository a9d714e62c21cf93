/**
 * 校验一个数据文件的数据：Schema（Ajv）。数据格式有错时，修补一份只用来往下检查的数据
 * （见 repair-for-checking.ts），规则、引用、同比照样查完，一次报出全部问题；修补过的数据决不用来生成文档。
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceFile } from '../load/source-file.js';
import type { DataPath } from '../model/data-path.js';
import type { Report } from '../schema/report-types.generated.js';
import { repairForChecking } from './repair-for-checking.js';
import { didYouMean } from '../text/did-you-mean.js';
import { allowedKeys } from './schema-walk.js';
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
  // 先把写错的键当作最像的那个键往下查；这样查不下去（改过去的内容也不合格式）时，再当作没写。
  const attempts = [repairForChecking(source.data, checked.problems, meantKey), repairForChecking(source.data, checked.problems)];
  const repaired = checked.problems.length ? attempts.find((r) => r !== undefined && isValid(REPORT_SCHEMA, r.data)) : undefined;
  if (!repaired) return { kind: 'invalid', diagnostics: checked.diagnostics };
  // 写错的键改过来后不再缺的必填项：只报"不认识的键……是不是要写……"那一条（一个手误一条信息）。
  const samePath = (a: DataPath, b: DataPath) => a.length === b.length && a.every((seg, i) => seg === b[i]);
  const diagnostics = checked.diagnostics.filter((_, i) => {
    const p = checked.problems[i];
    return !(p?.code === 'schema/required' && repaired.renamedIn.some((r) => samePath(r, p.path)));
  });
  return { kind: 'repaired', report: repaired.data as Report, repairedPaths: repaired.paths, diagnostics };
}

/** 写错的键最像的那个键（与"是不是要写……"的提示是同一个）。 */
function meantKey(path: DataPath): string | undefined {
  const key = path[path.length - 1];
  return typeof key === 'string' ? didYouMean(key, allowedKeys(REPORT_SCHEMA, path.slice(0, -1))) : undefined;
}
