import { isProcessRunning } from './is-process-running.js';
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * 先写到同一文件夹里的临时文件（以点开头，名字里有进程号），再改名替换：中途被打断时，
 * 留下的是原来完好的文件或者没有文件，决不是写了一半的文件。
 * 写成之后顺手删掉以前被打断的进程留下的临时文件。
 */
export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  const dir = dirname(file);
  mkdirSync(dir, { recursive: true });
  const prefix = `.${basename(file)}.tmp-`;
  const tmp = join(dir, `${prefix}${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
  removeStaleTemps(dir, prefix);
}

function removeStaleTemps(dir: string, prefix: string): void {
  for (const name of readdirSync(dir)) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(/^(\d+)-/.exec(name.slice(prefix.length))?.[1]);
    if (pid && pid !== process.pid && !isProcessRunning(pid)) rmSync(join(dir, name), { force: true });
  }
}
