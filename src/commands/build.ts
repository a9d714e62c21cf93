import { existsSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { buildBatch, defaultJobs } from '../batch/build-batch.js';
import type { BatchItemResult } from '../batch/build-one.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { findDataFiles } from '../pipeline/find-data-files.js';
import { fontsConfigPath } from '../pdf/fonts-config-path.js';
import { writePdfs, type PdfJob } from '../pdf/write-pdfs.js';
import { loadTemplate } from '../template/load-template.js';
import type { Io } from './io.js';
import { printDiagnostics } from './print-diagnostics.js';
import { Progress } from './progress.js';
import { onInterrupt } from '../write/interrupt-cleanup.js';
import { removeStaleTempsUnder } from '../write/write-file-atomic.js';

/** 在当前目录下时写相对路径，否则写绝对路径。 */
const shown = (p: string) => (relative(process.cwd(), p).startsWith('..') ? p : relative(process.cwd(), p));

export interface BuildOptions {
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
  const outRoot = options.out ?? 'out';
  const jobs = options.jobs === undefined ? defaultJobs() : Number(options.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) {
    io.err(`命令行有误：--jobs 应为正整数，写成了"${options.jobs}"。`);
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
  for (const p of missing) io.err(`${p}: 找不到这个文件或文件夹。`);
  if (files.length === 0 && missing.length === 0) {
    io.err(`${paths.join('、') || 'data'}：这里没有数据文件（.yaml）。`);
    return EXIT.badInput;
  }
  const templateName = options.template ?? '标准';
  const loaded = loadTemplate(templateName);
  if (!loaded.ok) {
    printDiagnostics(io, loaded.diagnostics);
    return EXIT.badInput;
  }
  const { template } = loaded;
  let built = 0;
  let failed = missing.length;
  let warnings = 0;
  const started = Date.now();
  const pdfJobs: PdfJob[] = [];
  const many = files.length > 1;
  const progress = new Progress(io, files.length, started);
  const onResult = (r: BatchItemResult, done: number) => {
    warnings += r.warnings;
    progress.clear();
    printDiagnostics(io, r.all ?? r.errors);
    if (r.outputs) {
      built++;
      if (options.pdf) pdfJobs.push({ docx: r.outputs.docx, pdf: r.outputs.pdf });
      if (!many) io.err(`${r.file} → ${shown(r.outputs.docx)}${r.warnings ? `（${r.warnings} 个警告）` : ''}`);
    } else {
      failed++;
      io.err(`${r.file}：未生成（${r.errors.length} 个错误，${r.warnings} 个警告）`);
    }
    if (many) progress.update(done, failed);
  };
  await buildBatch(files, { template, templateName, outRoot, jobs, final: options.final === true, onResult });
  stopCleanup();
  progress.clear();
  const pdfOk = !options.pdf || (await convertPdfs(pdfJobs, outRoot, template.dir, io, env));
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  io.err(
    `完成：生成 ${built} 份，失败 ${failed} 份${pdfOk ? '' : '，PDF 没有全部生成'}，用时 ${seconds} 秒` +
      `${many && warnings ? `；共 ${warnings} 个警告（运行 fzbg check 查看）` : ''}。`,
  );
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
