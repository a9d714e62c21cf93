import { isProcessRunning } from './is-process-running.js';
import { WriteFailure, writeFailureCode } from './write-failure.js';
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
  const prefix = `.${basename(file)}.tmp-`;
  const tmp = join(dir, `${prefix}${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(tmp, data);
    renameSync(tmp, file);
  } catch (e) {
    removeQuietly(tmp);
    // 写不进去（权限、磁盘满、文件被 Word 占着……）：说的是要写的文件，不是临时文件。
    // 建文件夹时 EEXIST：路径上有一段是已有的文件（"out/报告.docx/…"），说成 ENOTDIR 才对得上。
    const code =
      (e as NodeJS.ErrnoException).syscall === 'mkdir' && (e as NodeJS.ErrnoException).code === 'EEXIST' ? 'ENOTDIR' : writeFailureCode(e);
    if (code) throw new WriteFailure(file, code);
    throw e;
  }
  removeStaleTemps(dir, prefix);
}

/** 删掉没写成的临时文件；路径本身就有问题（中间是个文件）时也删不了，不要紧。 */
function removeQuietly(file: string): void {
  try {
    rmSync(file, { force: true });
  } catch {
    // 临时文件根本没建成
  }
}

function removeStaleTemps(dir: string, prefix: string): void {
  for (const name of readdirSync(dir)) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(/^(\d+)-/.exec(name.slice(prefix.length))?.[1]);
    if (pid && pid !== process.pid && !isProcessRunning(pid)) rmSync(join(dir, name), { force: true });
  }
}
