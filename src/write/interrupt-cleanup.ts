import { removeActiveTemps } from './write-file-atomic.js';

const cleanups = new Set<() => void>();
let installed = false;

/**
 * Ctrl-C（SIGINT）或 kill（SIGTERM）时先收拾再退出：删掉正在写的临时文件、结束 LibreOffice、删掉 PDF 的临时文件夹。
 * 不收拾的话，Node 收到信号就直接退出，留下几百 MB 的临时文件。返回撤销登记的函数。
 */
export function onInterrupt(cleanup: () => void = () => undefined): () => void {
  cleanups.add(cleanup);
  if (!installed) {
    installed = true;
    for (const [signal, code] of [
      ['SIGINT', 130],
      ['SIGTERM', 143],
      ['SIGHUP', 129],
    ] as const) {
      process.once(signal, () => {
        // 后登记的先收拾（先结束 LibreOffice，再删它的配置，最后删放它的临时文件夹）。
        for (const c of [...cleanups].reverse()) {
          try {
            c();
          } catch {
            // 收拾时出错也要接着收拾别的
          }
        }
        removeActiveTemps();
        process.stderr.write('\n已中断：没有写完的文件已删掉，原有的文件没有动。\n');
        process.exit(code);
      });
    }
  }
  return () => void cleanups.delete(cleanup);
}
