import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { startWorkbench } from '../serve/start-workbench.js';
import { loadTemplate } from '../template/load-template.js';
import type { Io } from './io.js';
import { Reporter, type OutputOptions } from './reporter.js';

export interface ServeOptions extends OutputOptions {
  port?: string;
  /** --no-open 时为 false：不打开浏览器。 */
  open?: boolean;
  template?: string;
}

/** 用系统的默认浏览器打开地址；打不开时只提示（地址已经印在终端里）。 */
function openBrowser(url: string, io: Io): void {
  const [cmd, args] =
    process.platform === 'win32'
      ? ['cmd', ['/c', 'start', '""', url.replace(/&/g, '^&')]]
      : process.platform === 'darwin'
        ? ['open', [url]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(cmd, args, { stdio: 'ignore', detached: true, windowsHide: true });
    child.on('error', () => io.err('没能自动打开浏览器，请把上面的地址复制到浏览器里打开。'));
    child.unref();
  } catch {
    io.err('没能自动打开浏览器，请把上面的地址复制到浏览器里打开。');
  }
}

/** Ctrl+C（或被结束）时停下。 */
function untilInterrupted(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}

/** fzbg serve [数据文件夹]：本机的工作台，开着直到 Ctrl+C。stop 给出时到它为止（测试用）。 */
export async function serveCommand(
  folder: string | undefined,
  options: ServeOptions,
  io: Io,
  stop = untilInterrupted(),
): Promise<ExitCode> {
  const say = new Reporter(io, options);
  const dir = folder ?? 'data';
  const fail = (message: string) => {
    say.error(message);
    say.data({ command: 'serve', version: 1, ok: false, folder: dir, message });
    return EXIT.badInput;
  };
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    return fail(`找不到数据文件夹 ${dir}：fzbg serve 后面写数据文件夹（里面是 地区/年度.yaml），默认 data。`);
  let port: number | undefined;
  if (options.port !== undefined) {
    port = Number(options.port);
    if (!/^\d+$/.test(options.port) || port < 1 || port > 65535) {
      io.err(`命令行有误：--port 应为 1 到 65535 之间的整数，写成了"${options.port}"。`);
      return EXIT.badUsage;
    }
  }
  const template = loadTemplate(options.template);
  if (!template.ok) {
    say.problems(template.diagnostics);
    return fail('模板有错误，工作台没有启动。');
  }
  const started = await startWorkbench({
    folder: dir,
    template: template.template,
    ...(port !== undefined ? { port } : {}),
    onInternalError: (e) =>
      io.err(`fzbg 内部错误（这是程序的 bug，请把下面的信息报告给维护者）：\n${e instanceof Error ? (e.stack ?? e.message) : String(e)}`),
  });
  if (!started.ok) return fail(started.message);
  // 地址是结果（标准输出，--quiet 时也要说：没有它打不开工作台）；--json 时是一份 JSON。
  if (say.json) say.data({ command: 'serve', version: 1, ok: true, url: started.url, folder: dir });
  else io.out(started.url);
  say.note(`工作台已启动（只有本机能打开），用上面的地址打开。数据文件夹：${dir}。按 Ctrl+C 停止。`);
  if (options.open !== false) openBrowser(started.url, io);
  await stop;
  await started.close();
  say.note('工作台已停止。');
  return EXIT.ok;
}
