import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { onInterrupt } from '../write/interrupt-cleanup.js';
import { findSoffice, INSTALL_HINT } from './find-soffice.js';

export type ConvertResult = { ok: true } | { ok: false; message: string };

/**
 * 用 LibreOffice（无界面）把一批 .docx 转成 PDF，写到 outDir。
 * 一批文件只启动一次 LibreOffice，用一个临时的用户配置目录（不碰用户自己的配置，也不与正在运行的 LibreOffice 冲突）。
 * 它还有自己的 HOME 和 XDG 文件夹（也在临时目录里）：LibreOffice 和它带起的 dconf 不改写用户的 ~/.cache/dconf/user；
 * 用户自己装的字体（~/.local/share/fonts）照样找得到（XDG_DATA_HOME 指向原来的地方）。
 * 临时目录放在 scratch 里（write-pdfs 在输出文件夹里建的临时文件夹）：被杀掉时一起删掉，/tmp 里不留东西。
 * Ctrl-C 或 kill 时先结束 LibreOffice 再退出。
 */
export async function convertToPdf(
  docxFiles: readonly string[],
  outDir: string,
  env: NodeJS.ProcessEnv = process.env,
  scratch?: string,
): Promise<ConvertResult> {
  const soffice = findSoffice(env);
  if (!soffice) return { ok: false, message: INSTALL_HINT };
  if (docxFiles.length === 0) return { ok: true };
  const profile = scratch ? join(scratch, 'lo-profile') : mkdtempSync(join(tmpdir(), 'fzbg-lo-'));
  const home = join(profile, 'home');
  for (const d of ['config', 'cache', 'runtime']) mkdirSync(join(home, d), { recursive: true, mode: 0o700 });
  const loEnv: NodeJS.ProcessEnv = {
    ...env,
    HOME: home,
    XDG_CONFIG_HOME: join(home, 'config'),
    XDG_CACHE_HOME: join(home, 'cache'),
    XDG_RUNTIME_DIR: join(home, 'runtime'),
    XDG_DATA_HOME: env.XDG_DATA_HOME ?? join(env.HOME ?? homedir(), '.local', 'share'),
    GSETTINGS_BACKEND: 'memory',
  };
  let child: ChildProcess | undefined;
  // LibreOffice 是几层进程（soffice → oosplash → soffice.bin）：让它自成一个进程组，结束时整组结束。
  const killAll = () => {
    if (child?.pid === undefined) return;
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // 已经结束
    }
  };
  const stop = onInterrupt(() => {
    killAll();
    rmSync(profile, { recursive: true, force: true });
  });
  try {
    await new Promise<void>((resolve, reject) => {
      const lo = spawn(
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
        { env: loEnv, stdio: 'ignore', detached: true },
      );
      child = lo;
      const timer = setTimeout(() => {
        killAll();
        reject(new Error('timeout'));
      }, 600_000);
      lo.on('error', (e) => {
        clearTimeout(timer);
        reject(e);
      });
      lo.on('close', (code) => {
        clearTimeout(timer);
        killAll();
        if (code === 0) resolve();
        else reject(new Error(String(code)));
      });
    });
    return { ok: true };
  } catch (e) {
    const timedOut = e instanceof Error && e.message === 'timeout';
    return {
      ok: false,
      message: timedOut ? 'LibreOffice 转换 PDF 超过了 10 分钟，已停下。' : 'LibreOffice 转换 PDF 失败（它没有正常结束）。',
    };
  } finally {
    stop();
    rmSync(profile, { recursive: true, force: true });
  }
}
