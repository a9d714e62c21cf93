import { relative } from 'node:path';

/** 在当前目录下时写相对路径，否则写绝对路径。 */
const shown = (p: string) => (relative(process.cwd(), p).startsWith('..') ? p : relative(process.cwd(), p));
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { buildReport } from '../pipeline/build-report.js';
import { findDataFiles } from '../pipeline/find-data-files.js';
import { loadTemplate } from '../template/load-template.js';
import type { Io } from './io.js';
import { countLine, printDiagnostics } from './print-diagnostics.js';

export interface BuildOptions {
  out?: string;
  template?: string;
}

/** fzbg build：检查后写 .md 预览和 .docx。一个文件出错不影响其他文件。 */
export async function buildCommand(paths: string[], options: BuildOptions, io: Io): Promise<ExitCode> {
  const outRoot = options.out ?? 'out';
  const { files, missing } = findDataFiles(paths.length ? paths : ['data']);
  for (const p of missing) io.err(`${p}: 找不到这个文件或文件夹。`);
  const { template, diagnostics: templateProblems } = loadTemplate(options.template);
  if (!template) {
    printDiagnostics(io, templateProblems);
    return EXIT.badInput;
  }
  let built = 0;
  let failed = missing.length;
  const started = Date.now();
  for (const [i, f] of files.entries()) {
    const result = await buildReport(f, template, outRoot);
    const problems: Diagnostic[] = result.diagnostics;
    printDiagnostics(io, problems);
    if (result.outputs) {
      built++;
      io.err(`[${i + 1}/${files.length}] ${f} → ${shown(result.outputs.docx)}${problems.length ? `（${countLine(problems)}）` : ''}`);
    } else {
      failed++;
      io.err(`[${i + 1}/${files.length}] ${f}：未生成（${countLine(problems)}）`);
    }
    if (hasErrors(problems) && result.outputs) failed++;
  }
  io.err(`完成：生成 ${built} 份，失败 ${failed} 份，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒。`);
  return failed > 0 ? EXIT.badInput : EXIT.ok;
}
