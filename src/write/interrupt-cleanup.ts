import { removeActiveTemps } from './write-file-atomic.js';

const cleanups = new Set<() => void>();
let installed = false;

/**
 * Ctrl-C（SIGINT）、kill（SIGTERM）、关掉终端（SIGHUP）时先收拾再退出：删掉正在写的临时文件、结束 LibreOffice、
 * 删掉 PDF 的临时文件夹。不收拾的话，Node 收到信号就直接退出，留下几百 MB 的临时文件。
 * 收拾完照信号本来的样子结束进程（别处也在听这个信号时交给它们）。返回撤销登记的函数。
 */
export function onInterrupt(cleanup: () => void = () => undefined): () => void {
  cleanups.add(cleanup);
  if (!installed) {
    installed = true;
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
      process.once(signal, () => {
        const busy = cleanups.size > 0;
        // 后登记的先收拾（先结束 LibreOffice，再删它的配置，最后删放它的临时文件夹）。
        for (const c of [...cleanups].reverse()) {
          try {
            c();
          } catch {
            // 收拾时出错也要接着收拾别的
          }
        }
        cleanups.clear();
        removeActiveTemps();
        if (busy) process.stderr.write('\n已中断：没有写完的文件已删掉，原有的文件没有动。\n');
        if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
      });
    }
  }
  return () => void cleanups.delete(cleanup);
}
