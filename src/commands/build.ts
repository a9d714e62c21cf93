import { existsSync, statSync } from 'node:fs';
import { buildBatch, defaultJobs } from '../batch/build-batch.js';
import type { BatchItemResult } from '../batch/build-one.js';
import { fileDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { findDataFiles } from '../pipeline/find-data-files.js';
import { fontsConfigPath } from '../pdf/fonts-config-path.js';
import { writePdfs, type PdfJob } from '../pdf/write-pdfs.js';
import { loadTemplate } from '../template/load-template.js';
import type { Io } from './io.js';
import { Reporter, shownPath, type OutputOptions } from './reporter.js';
import { Progress } from './progress.js';
import { onInterrupt } from '../write/interrupt-cleanup.js';
import { removeStaleTempsUnder } from '../write/write-file-atomic.js';

export interface BuildOptions extends OutputOptions {
  out?: string;
  template?: string;
  /** 生成 .docx 之后再用 LibreOffice 转成 PDF（写在 .docx 旁边）。 */
  pdf?: boolean;
  /** 定稿：还没填的数字是错误。 */
  final?: boolean;
  /** 同时生成几份（工作线程数），默认用满所有核。 */
  jobs?: number | string;
}

/**
 * fzbg build：检查后写 .md 预览和 .docx（--pdf 时全部写完再一起转 PDF）。一个文件出错不影响其他文件。
 * 一个文件时打印全部问题；一批文件时在几个工作线程上并行生成，打印错误、进度和最后的汇总（警告只计数）。
 * env 传给 LibreOffice（测试里换成清空了 PATH 的环境，不必改 process.env）。
 */
export async function buildCommand(
  paths: string[],
  options: BuildOptions,
  io: Io,
  env: NodeJS.ProcessEnv = process.env,
): Promise<ExitCode> {
  const say = new Reporter(io, options);
  const outRoot = options.out ?? 'out';
  const jobs = options.jobs === undefined ? defaultJobs() : Number(options.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) {
    io.err(`命令行有误：--jobs 应为正整数，写成了"${String(options.jobs)}"。`);
    return EXIT.badUsage;
  }
  if (outRoot.trim() === '') {
    io.err('命令行有误：--out 是空的，要写一个文件夹，如 --out out。');
    return EXIT.badUsage;
  }
  if (existsSync(outRoot) && !statSync(outRoot).isDirectory()) {
    io.err(`命令行有误：--out 要写一个文件夹，"${outRoot}"${statSync(outRoot).isFile() ? '是一个文件' : '是设备或管道'}。`);
    return EXIT.badUsage;
  }
  // 以前被打断的运行留下的临时文件：县一直出错、不再写成时也清掉。Ctrl-C 时删掉正在写的。
  removeStaleTempsUnder(outRoot);
  const stopCleanup = onInterrupt();
  const { files, missing } = findDataFiles(paths.length ? paths : ['data']);
  const notFound = missing.map((p) => fileDiagnostic('file/not-found', p, '找不到这个文件或文件夹。', { fix: '检查路径是否写对。' }));
  say.problems(notFound);
  if (files.length === 0 && missing.length === 0) {
    say.error(`${paths.join('、') || 'data'}：这里没有数据文件（.yaml）。`);
    return EXIT.badInput;
  }
  const templateName = options.template ?? '标准';
  const loaded = loadTemplate(templateName);
  if (!loaded.ok) {
    say.problems(loaded.diagnostics);
    say.data({ command: 'build', version: 1, ok: false, built: [], failed: [], diagnostics: loaded.diagnostics });
    return EXIT.badInput;
  }
  const { template } = loaded;
  const built: { file: string; docx: string; md: string; pdf?: string }[] = [];
  const failed: { file: string; errors: Diagnostic[] }[] = missing.map((p, i) => ({ file: p, errors: notFound.slice(i, i + 1) }));
  let warnings = 0;
  const started = Date.now();
  const pdfJobs: PdfJob[] = [];
  const many = files.length > 1;
  const progress = new Progress(io, files.length, started);
  const onResult = (r: BatchItemResult, done: number) => {
    warnings += r.warnings;
    progress.clear();
    say.problems(r.all ?? r.errors);
    if (r.outputs) {
      built.push({ file: r.file, docx: r.outputs.docx, md: r.outputs.md, ...(options.pdf ? { pdf: r.outputs.pdf } : {}) });
      if (options.pdf) pdfJobs.push({ docx: r.outputs.docx, pdf: r.outputs.pdf });
      if (!many) say.result(`${r.file} → ${shownPath(r.outputs.docx)}${r.warnings ? `（${r.warnings} 个警告）` : ''}`);
    } else {
      failed.push({ file: r.file, errors: r.errors });
      say.error(`${r.file}：未生成（${r.errors.length} 个错误，${r.warnings} 个警告）`);
    }
    if (many && !say.quiet && !say.json) progress.update(done, failed.length);
  };
  await buildBatch(files, { template, templateName, outRoot, jobs, final: options.final === true, onResult });
  stopCleanup();
  progress.clear();
  const pdf = options.pdf ? await convertPdfs(pdfJobs, outRoot, template.dir, say, env) : { ok: true as const };
  const seconds = Number(((Date.now() - started) / 1000).toFixed(1));
  say.result(
    `完成：生成 ${built.length} 份，失败 ${failed.length} 份${pdf.ok ? '' : '，PDF 没有全部生成'}，用时 ${seconds.toFixed(1)} 秒` +
      `${many && warnings ? `；共 ${warnings} 个警告（运行 fzbg check 查看）` : ''}。`,
  );
  const ok = failed.length === 0 && pdf.ok;
  say.data({ command: 'build', version: 1, ok, built, failed, warnings, seconds, ...(options.pdf ? { pdf } : {}) });
  return ok ? EXIT.ok : EXIT.badInput;
}

/** 一次 LibreOffice 把这一批 .docx 转成 PDF。没装 LibreOffice 或转换失败时说明原因（.docx 已经写好）。 */
async function convertPdfs(
  jobs: PdfJob[],
  outRoot: string,
  templateDir: string,
  say: Reporter,
  env: NodeJS.ProcessEnv,
): Promise<{ ok: true } | { ok: false; message: string }> {
  if (jobs.length === 0) return { ok: true };
  const started = Date.now();
  const result = await writePdfs(jobs, outRoot, { env, fontsConfig: fontsConfigPath(templateDir) });
  for (const pdf of result.written) say.result(`PDF → ${shownPath(pdf)}`);
  if (!result.ok) {
    const message = result.missingLibreOffice ? result.message : `PDF 未能全部生成：${result.message}`;
    say.error(message);
    return { ok: false, message };
  }
  say.note(`PDF：${jobs.length} 份，一次 LibreOffice 转换，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒。`);
  return { ok: true };
}
