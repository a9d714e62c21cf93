import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceFile } from '../load/source-file.js';
import { loadReport } from '../pipeline/load-report.js';
import type { Report } from '../schema/report-types.generated.js';

export interface PriorYear {
  file: string;
  report: Report;
  source: SourceFile;
}

/**
 * 上一年度：同一文件夹里 年度−1 的文件（data/南昌县/2022.yaml）。找不到时没有上一年度；
 * 有但读不了（有错误）时也不用它，并提醒一句，决不拿有错的数据去比较。
 */
export function findPriorYear(file: string, year: number): { prior?: PriorYear; diagnostics: Diagnostic[] } {
  const ext = /\.ya?ml$/i.exec(basename(file))?.[0] ?? '.yaml';
  const candidate = join(dirname(file), `${year - 1}${ext}`);
  if (!existsSync(candidate)) return { diagnostics: [] };
  const loaded = loadReport(candidate);
  if (!loaded.report || !loaded.source || loaded.diagnostics.some((d) => d.severity === 'error')) {
    return {
      diagnostics: [
        {
          code: 'prior/invalid',
          severity: 'warning',
          file,
          line: 1,
          column: 1,
          message: `上一年度的文件 ${candidate} 有错误，本次不与它比较。`,
          fix: `先运行 fzbg check ${candidate} 改正它。`,
        },
      ],
    };
  }
  return { prior: { file: candidate, report: loaded.report, source: loaded.source }, diagnostics: [] };
}
