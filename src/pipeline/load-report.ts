import { readFileSync, statSync } from 'node:fs';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { SourceFile, type DataPath } from '../load/source-file.js';
import type { Report } from '../schema/report-types.generated.js';
import { REPORT_KEYS } from '../schema/schema-keys.js';
import { repairForChecking } from '../validate/repair-for-checking.js';
import { isValid, REPORT_SCHEMA, validateAgainst } from '../validate/validate-schema.js';

/** 超过这个大小的文件不读：一份报告的数据不过几十 KB。 */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

export interface LoadedReport {
  source?: SourceFile;
  report?: Report;
  /** 数据格式有错、为了往下检查而修补过的地方（有它时 report 只能用来检查，不能生成文档）。 */
  repairedPaths?: DataPath[];
  diagnostics: Diagnostic[];
}

/** 读文件 → 解码 → YAML → Schema。任何一步有错误就停在那一步，问题全部带回。 */
export function loadReport(file: string, bytes?: Uint8Array): LoadedReport {
  if (!bytes) {
    const size = statSync(file).size;
    if (size > MAX_FILE_BYTES) {
      return {
        diagnostics: [
          {
            code: 'file/too-large',
            severity: 'error',
            file,
            line: 1,
            column: 1,
            message: `文件有 ${(size / 1024 / 1024).toFixed(1)} MB，超过了 ${MAX_FILE_BYTES / 1024 / 1024} MB 的上限，不读取。`,
            fix: '一个文件只写一个县一个年度的报告；检查是不是选错了文件。',
          },
        ],
      };
    }
    bytes = readFileSync(file);
  }
  const source = new SourceFile(file, bytes, REPORT_KEYS);
  const diagnostics = [...source.diagnostics];
  if (source.data === undefined) return { source, diagnostics };
  const { value, diagnostics: schemaProblems, problems } = validateAgainst<Report>(REPORT_SCHEMA, source);
  diagnostics.push(...schemaProblems);
  if (value || !problems) return { source, report: value, diagnostics };
  // 数据格式有错：修补一份只用来往下检查的数据（见 repair-for-checking.ts），其余问题一次报出。
  const repaired = repairForChecking(source.data, problems);
  if (!repaired || !isValid(REPORT_SCHEMA, repaired.data)) return { source, diagnostics };
  return { source, report: repaired.data as Report, repairedPaths: repaired.paths, diagnostics };
}
