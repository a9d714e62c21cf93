import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { describeFsError } from './fs-error-text.js';

export type ReadRegular =
  { ok: true; bytes: Buffer } | { ok: false; reason: 'not-found' | 'not-a-file' | 'too-large' | 'unreadable'; message: string };

/**
 * 只读普通文件，最多读 limit 字节。设备（/dev/zero）、管道（名叫 x.yaml 的 FIFO）、文件夹都不读：
 * 以非阻塞方式打开（FIFO 没有写的一方时也不会卡住），打开后看它是什么，再按读到的字节数数上限——
 * 不信事先的 stat（设备和管道的大小是 0，文件也可能在读的时候变大）。
 */
export function readRegularFile(file: string, limit: number): ReadRegular {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, reason: 'not-found', message: `找不到"${file}"。` };
    if (code === 'EISDIR') return { ok: false, reason: 'not-a-file', message: `"${file}"是文件夹，不是文件。` };
    return { ok: false, reason: 'unreadable', message: describeFsError(e, file, '读') };
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { ok: false, reason: 'not-a-file', message: `"${file}"不是普通文件（${kindOf(st)}），不读取。` };
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1024 * 1024, limit + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > limit)
        return {
          ok: false,
          reason: 'too-large',
          message: `"${file}"${st.size > limit ? `有 ${(st.size / 1024 / 1024).toFixed(1)} MB，` : ''}超过了 ${(limit / 1024 / 1024).toFixed(limit >= 1024 * 1024 ? 0 : 2)} MB 的上限，不读取。`,
        };
    }
    return { ok: true, bytes: Buffer.concat(chunks, total) };
  } catch (e) {
    return { ok: false, reason: 'unreadable', message: describeFsError(e, file, '读') };
  } finally {
    closeSync(fd);
  }
}

function kindOf(st: {
  isDirectory(): boolean;
  isFIFO(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
  isSocket(): boolean;
}): string {
  if (st.isDirectory()) return '是文件夹';
  if (st.isFIFO()) return '是管道';
  if (st.isCharacterDevice() || st.isBlockDevice()) return '是设备';
  if (st.isSocket()) return '是套接字';
  return '不是普通文件';
}
