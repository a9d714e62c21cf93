import { relative } from 'node:path';

/** 在当前目录下时写相对路径，否则写绝对路径。 */
const shown = (p: string) => (relative(process.cwd(), p).startsWith('..') ? p : relative(process.cwd(), p));
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { buildReport } from '../pipeline/build-report.js';
import { findDataFiles } from '../pipeline/find-data-files.js';
import { fontsConfigPath } from '../pdf/fonts-config-path.js';
import { writePdfs, type PdfJob } from '../pdf/write-pdfs.js';
import { loadTemplate } from '../template/load-template.js';
import type { Io } from './io.js';
import { countLine, printDiagnostics } from './print-diagnostics.js';

export interface BuildOptions {
  out?: string;
  template?: string;
  /** 生成 .docx 之后再用 LibreOffice 转成 PDF（写在 .docx 旁边）。 */
  pdf?: boolean;
}

/**
 * fzbg build：检查后写 .md 预览和 .docx（--pdf 时全部写完再一起转 PDF）。一个文件出错不影响其他文件。
 * env 传给 LibreOffice（测试里换成清空了 PATH 的环境，不必改 process.env）。
 */
export async function buildCommand(paths: string[], options: BuildOptions, io: Io, env: NodeJS.ProcessEnv = process.env): Promise<ExitCode> {
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
  const pdfJobs: PdfJob[] = [];
  for (const [i, f] of files.entries()) {
    const result = await buildReport(f, template, outRoot);
    const problems: Diagnostic[] = result.diagnostics;
    printDiagnostics(io, problems);
    if (result.outputs) {
      built++;
      pdfJobs.push(result.outputs);
      io.err(`[${i + 1}/${files.length}] ${f} → ${shown(result.outputs.docx)}${problems.length ? `（${countLine(problems)}）` : ''}`);
    } else {
      failed++;
      io.err(`[${i + 1}/${files.length}] ${f}：未生成（${countLine(problems)}）`);
    }
    if (hasErrors(problems) && result.outputs) failed++;
  }
  const pdfOk = !options.pdf || (await convertPdfs(pdfJobs, outRoot, template.dir, io, env));
  io.err(`完成：生成 ${built} 份，失败 ${failed} 份${pdfOk ? '' : '，PDF 没有全部生成'}，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒。`);
  return failed > 0 || !pdfOk ? EXIT.badInput : EXIT.ok;
}

/** 一次 LibreOffice 把这一批 .docx 转成 PDF。没装 LibreOffice 或转换失败时说明原因（.docx 已经写好），返回 false。 */
async function convertPdfs(jobs: PdfJob[], outRoot: string, templateDir: string, io: Io, env: NodeJS.ProcessEnv): Promise<boolean> {
  if (jobs.length === 0) return true;
  const started = Date.now();
  const result = await writePdfs(jobs, outRoot, { env, fontsConfig: fontsConfigPath(templateDir) });
  for (const pdf of result.written) io.err(`PDF → ${shown(pdf)}`);
  if (!result.ok) {
    io.err(result.missingLibreOffice ? result.message : `PDF 未能全部生成：${result.message}`);
    return false;
  }
  io.err(`PDF：${jobs.length} 份，一次 LibreOffice 转换，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒。`);
  return true;
}
