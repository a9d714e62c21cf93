import { readRegularFile } from '../core/read-regular-file.js';
import { LIMITS } from '../core/limits.js';
import { fileDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { REPORT_KEYS } from '../schema/schema-keys.js';
import { SourceFile } from './source-file.js';
import { structureAfterParse, structureBeforeParse } from './structure-budget.js';

const BUDGET_FIX = '检查是不是选错了文件，或把过多、过深的部分删掉（预算见 README 的"预算"一节）。';

/** 超过这个大小的文件不读：一份报告的数据不过几十 KB。 */
export const MAX_FILE_BYTES = LIMITS.sourceBytes;

export type ReadResult = { ok: true; source: SourceFile } | { ok: false; diagnostics: Diagnostic[] };

/** 读一个数据文件：大小上限 → 字节 → 解码 → YAML（带行列）。bytes 给出时不读盘（new 先在内存里检查草稿）。 */
export function readSource(file: string, bytes?: Uint8Array): ReadResult {
  if (!bytes) {
    // 只读普通文件，按读到的字节数数上限（设备、管道不读，也不卡住）。
    const read = readRegularFile(file, MAX_FILE_BYTES);
    if (!read.ok) {
      const code = read.reason === 'too-large' ? 'file/too-large' : read.reason === 'not-found' ? 'file/not-found' : 'file/unreadable';
      const fix =
        read.reason === 'too-large'
          ? '一个文件只写一个县一个年度的报告；检查是不是选错了文件。'
          : read.reason === 'not-a-file'
            ? '数据文件要是普通的 .yaml 文件。'
            : '检查路径和权限。';
      return { ok: false, diagnostics: [fileDiagnostic(code, file, read.message, { fix })] };
    }
    bytes = read.bytes;
  }
  // 结构的预算：解析前看锚点和括号，解析后看层数、键数、项数（超出时只报这一条）。
  const before = structureBeforeParse(bytes);
  if (before) return { ok: false, diagnostics: [fileDiagnostic('budget/exceeded', file, before, { fix: BUDGET_FIX })] };
  const source = new SourceFile(file, bytes, REPORT_KEYS);
  const after = source.data === undefined ? undefined : structureAfterParse(source.data);
  if (after) return { ok: false, diagnostics: [fileDiagnostic('budget/exceeded', file, after, { fix: BUDGET_FIX })] };
  return { ok: true, source };
}
