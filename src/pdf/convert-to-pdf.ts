import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { findSoffice, INSTALL_HINT } from './find-soffice.js';

const run = promisify(execFile);

export type ConvertResult = { ok: true } | { ok: false; message: string };

/**
 * 用 LibreOffice（无界面）把一批 .docx 转成 PDF，写到 outDir。
 * 一批文件只启动一次 LibreOffice，用一个临时的用户配置目录（不碰用户自己的配置，也不与正在运行的 LibreOffice 冲突）。
 */
export async function convertToPdf(
  docxFiles: readonly string[],
  outDir: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<ConvertResult> {
  const soffice = findSoffice(env);
  if (!soffice) return { ok: false, message: INSTALL_HINT };
  if (docxFiles.length === 0) return { ok: true };
  const profile = mkdtempSync(join(tmpdir(), 'fzbg-lo-'));
  try {
    await run(
      soffice,
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        ...docxFiles,
      ],
      { env, timeout: 600_000, maxBuffer: 16 * 1024 * 1024 },
    );
    return { ok: true };
  } catch (e) {
    return { ok: false, message: `LibreOffice 转换 PDF 失败：${e instanceof Error ? e.message : String(e)}` };
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
