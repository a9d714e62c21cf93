import { readFileSync, statSync } from 'node:fs';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { SourceFile } from '../load/source-file.js';
import type { Report } from '../schema/report-types.generated.js';
import { REPORT_KEYS } from '../schema/schema-keys.js';
import { REPORT_SCHEMA, validateAgainst } from '../validate/validate-schema.js';

/** 超过这个大小的文件不读：一份报告的数据不过几十 KB。 */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

export interface LoadedReport {
  source?: SourceFile;
  report?: Report;
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
  const { value, diagnostics: schemaProblems } = validateAgainst<Report>(REPORT_SCHEMA, source);
  diagnostics.push(...schemaProblems);
  return { source, report: value, diagnostics };
}
