import { readFileSync, statSync } from 'node:fs';
import { fileDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { REPORT_KEYS } from '../schema/schema-keys.js';
import { SourceFile } from './source-file.js';

/** 超过这个大小的文件不读：一份报告的数据不过几十 KB。 */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

export type ReadResult = { ok: true; source: SourceFile } | { ok: false; diagnostics: Diagnostic[] };

/** 读一个数据文件：大小上限 → 字节 → 解码 → YAML（带行列）。bytes 给出时不读盘（new 先在内存里检查草稿）。 */
export function readSource(file: string, bytes?: Uint8Array): ReadResult {
  if (!bytes) {
    const size = statSync(file).size;
    if (size > MAX_FILE_BYTES) {
      return {
        ok: false,
        diagnostics: [
          fileDiagnostic(
            'file/too-large',
            file,
            `文件有 ${(size / 1024 / 1024).toFixed(1)} MB，超过了 ${MAX_FILE_BYTES / 1024 / 1024} MB 的上限，不读取。`,
            {
              fix: '一个文件只写一个县一个年度的报告；检查是不是选错了文件。',
            },
          ),
        ],
      };
    }
    bytes = readFileSync(file);
  }
  return { ok: true, source: new SourceFile(file, bytes, REPORT_KEYS) };
}
