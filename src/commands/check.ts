import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { checkReport } from '../pipeline/check-report.js';
import { findDataFiles } from '../pipeline/find-data-files.js';
import { loadTemplate } from '../template/load-template.js';
import type { Io } from './io.js';
import { countLine, printDiagnostics } from './print-diagnostics.js';

export interface CheckOptions {
  json?: boolean;
  strict?: boolean;
  template?: string;
  /** 定稿：待填的数字是错误。 */
  final?: boolean;
}

/** fzbg check：检查数据文件，所有问题一次报出，按文件和行排序。 */
export function checkCommand(paths: string[], options: CheckOptions, io: Io): ExitCode {
  const { files, missing } = findDataFiles(paths.length ? paths : ['data']);
  const all: Diagnostic[] = missing.map((p) => ({
    code: 'file/not-found',
    severity: 'error' as const,
    file: p,
    line: 1,
    column: 1,
    message: '找不到这个文件或文件夹。',
    fix: '检查路径是否写对。',
  }));
  const { template, diagnostics: templateProblems } = loadTemplate(options.template);
  all.push(...templateProblems);
  if (template) for (const f of files) all.push(...checkReport(f, template, undefined, { final: options.final === true }).diagnostics);
  const failed = hasErrors(all) || (options.strict === true && all.length > 0);
  if (options.json) {
    io.out(JSON.stringify({ version: 1, files: files.length, ok: !failed, diagnostics: all }, null, 2));
  } else {
    printDiagnostics(io, all);
    io.err(`检查了 ${files.length} 个文件：${countLine(all)}。`);
  }
  return failed ? EXIT.badInput : EXIT.ok;
}
