/**
 * 新年度的草稿写成文件（fzbg new 和工作台的"新建下一年"共用）：找最近一个更早年度的文件 → 检查它 →
 * 做出草稿 → 先在内存里检查草稿 → 写出。已有的文件决不覆盖。结果是值，由调用的一方决定怎么说。
 */
import { lstatSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ReportPipeline } from '../pipeline/report-pipeline.js';
import { WriteFailure } from '../write/write-failure.js';
import { writeFileAtomic } from '../write/write-file-atomic.js';
import { findSourceYear } from './find-source-year.js';
import { nextYearDraft, type NextYearDraft } from './next-year-document.js';

export type NextYearResult =
  | { ok: true; target: string; source: string; sourceYear: number; draft: NextYearDraft; diagnostics: Diagnostic[] }
  /**
   * exists：目标已在（或同时运行的另一个进程刚写成）；no-source：没有更早的年度；source-invalid：更早的那一年有错误；
   * draft-invalid：草稿有错误（是 fzbg 的问题）；write-failed：写不进去（message 说为什么）。
   */
  | {
      ok: false;
      reason: 'exists' | 'no-source' | 'source-invalid' | 'draft-invalid' | 'write-failed';
      message?: string;
      target: string;
      source?: string;
      errors: Diagnostic[];
    };

/** dataRoot：数据文件夹（它下面的符号链接不跟随）。 */
export function createNextYear(pipeline: ReportPipeline, regionDir: string, year: number, dataRoot = dirname(regionDir)): NextYearResult {
  const target = join(regionDir, `${year}.yaml`);
  if (lexists(target)) return { ok: false, reason: 'exists', target, errors: [] };
  const source = findSourceYear(regionDir, year);
  if (!source) return { ok: false, reason: 'no-source', target, errors: [] };
  const old = pipeline.check(source.file);
  const errorsOf = (list: readonly Diagnostic[]) => list.filter((d) => d.severity === 'error');
  if (!old.ok) return { ok: false, reason: 'source-invalid', target, source: source.file, errors: errorsOf(old.diagnostics) };
  // 按 check 读出的文字（GBK、UTF-16 的文件也已正确解码），不再按 UTF-8 读一遍。
  const draft = nextYearDraft(old.source.text, old.report, source.file, year);
  // 写之前先在内存里检查：草稿有错误说明是 fzbg 的问题，不留下坏文件。
  const checked = pipeline.check(target, Buffer.from(draft.text, 'utf8'));
  if (!checked.ok) return { ok: false, reason: 'draft-invalid', target, source: source.file, errors: errorsOf(checked.diagnostics) };
  // 只新建（独占）：同时运行的两个 new 只有一个写成，决不覆盖。
  try {
    writeFileAtomic(target, draft.text, { exclusive: true, root: dataRoot });
  } catch (e) {
    if (!(e instanceof WriteFailure)) throw e;
    return e.exists
      ? { ok: false, reason: 'exists', target, errors: [] }
      : { ok: false, reason: 'write-failed', message: e.message, target, source: source.file, errors: [] };
  }
  return { ok: true, target, source: source.file, sourceYear: source.year, draft, diagnostics: checked.diagnostics };
}

/** 路径上有东西吗（悬空的符号链接也算）。 */
function lexists(p: string): boolean {
  try {
    lstatSync(p);
    return true;
  } catch {
    return false;
  }
}
