import { isProcessRunning } from '../write/is-process-running.js';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { onInterrupt } from '../write/interrupt-cleanup.js';
import { convertToPdf } from './convert-to-pdf.js';
import { findSoffice, INSTALL_HINT } from './find-soffice.js';

export interface PdfJob {
  docx: string;
  pdf: string;
}

export type PdfResult =
  | { ok: true; written: string[] }
  /** missingLibreOffice：没装 LibreOffice（message 是安装说明）；否则是转换失败，written 是已经写好的。 */
  | { ok: false; message: string; written: string[]; missingLibreOffice: boolean };

export interface PdfOptions {
  /** 传给 LibreOffice 的环境变量（测试里换成清空了 PATH 的环境）。 */
  env?: NodeJS.ProcessEnv;
  /** fontconfig 配置文件：公文字体名 → 已安装的免费字体（见 templates/标准/fonts.conf）。 */
  fontsConfig?: string;
}

const TEMP_PREFIX = '.fzbg-pdf-';

/**
 * 把一批 .docx 转成各自旁边的 .pdf：只启动一次 LibreOffice。
 *
 * 先转到输出文件夹里的临时文件夹，再把每个 PDF 改名到位：中途失败或被杀掉，留下的是原来的 PDF 或者没有，
 * 不会是写了一半的。临时文件夹与目标在同一个文件系统上，改名是原子的。
 * 临时文件夹里的 .docx 按序号改名：LibreOffice 按文件名命名 PDF，
 * 而不同县同一年度的报告文件名相同（2023年度法治政府建设情况报告.docx），放进同一个文件夹会互相覆盖。
 */
export async function writePdfs(jobs: readonly PdfJob[], outRoot: string, options: PdfOptions = {}): Promise<PdfResult> {
  const env = options.fontsConfig
    ? { ...(options.env ?? process.env), FONTCONFIG_FILE: options.fontsConfig }
    : (options.env ?? process.env);
  if (!findSoffice(env)) return { ok: false, message: INSTALL_HINT, written: [], missingLibreOffice: true };
  if (jobs.length === 0) return { ok: true, written: [] };
  const root = resolve(outRoot);
  mkdirSync(root, { recursive: true });
  removeStaleTemps(root);
  const temp = mkdtempSync(join(root, `${TEMP_PREFIX}${process.pid}-`));
  // Ctrl-C 或 kill 时删掉临时文件夹（LibreOffice 由 convertToPdf 结束）。
  const stop = onInterrupt(() => rmSync(temp, { recursive: true, force: true }));
  try {
    const inputs = jobs.map((job, i) => {
      const f = join(temp, `${i}.docx`);
      copyFileSync(job.docx, f);
      return f;
    });
    const converted = await convertToPdf(inputs, temp, env, temp);
    const written: string[] = [];
    const failed: string[] = [];
    jobs.forEach((job, i) => {
      const made = join(temp, `${i}.pdf`);
      if (existsSync(made)) {
        renameSync(made, job.pdf);
        written.push(job.pdf);
      } else failed.push(job.docx);
    });
    if (converted.ok && failed.length === 0) return { ok: true, written };
    const why = converted.ok ? 'LibreOffice 没有生成 PDF（文件可能已损坏）' : converted.message;
    return { ok: false, message: failed.length ? `${why}：${failed.join('、')}` : why, written, missingLibreOffice: false };
  } finally {
    stop();
    rmSync(temp, { recursive: true, force: true });
  }
}

/** 删掉以前被杀掉的进程留下的临时文件夹（名字里有进程号，进程已不在）。 */
function removeStaleTemps(root: string): void {
  for (const name of readdirSync(root)) {
    if (!name.startsWith(TEMP_PREFIX)) continue;
    const pid = Number(/^(\d+)-/.exec(name.slice(TEMP_PREFIX.length))?.[1]);
    if (pid && pid !== process.pid && !isProcessRunning(pid)) rmSync(join(root, name), { recursive: true, force: true });
  }
}
