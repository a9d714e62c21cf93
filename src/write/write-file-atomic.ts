import {
  closeSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { randomBytes } from 'node:crypto';
import { WriteFailure, writeFailure } from './write-failure.js';
import { isProcessRunning } from './is-process-running.js';

export interface WriteOptions {
  /** 只新建：目标已存在时不写（WriteFailure.exists）。用"先写临时文件、再硬链接到目标"实现，两个进程同时写也只有一个成功。 */
  exclusive?: boolean;
  /** 输出的根文件夹：它下面的各级文件夹不许是符号链接（out/南昌县 -> /别处 不跟随）。 */
  root?: string;
}

/** 正在写的临时文件：被 Ctrl-C 打断时删掉（见 interrupt-cleanup.ts）。 */
const activeTemps = new Set<string>();

export function removeActiveTemps(): void {
  for (const t of activeTemps) rmSync(t, { force: true });
  activeTemps.clear();
}

/**
 * 先写到同一文件夹里的临时文件（以点开头，名字里有进程号），再改名替换：中途被打断时，
 * 留下的是原来完好的文件或者没有文件，决不是写了一半的文件。
 * 只写普通文件：目标是符号链接、设备、管道、文件夹时不写（改名会把设备或链接本身换掉）；
 * 临时文件用独占方式新建（不会经过别人预先放好的同名链接）。
 * 写成之后顺手删掉以前被打断的进程留下的临时文件。
 */
export function writeFileAtomic(file: string, data: string | Uint8Array, options: WriteOptions = {}): void {
  if (file.trim() === '') throw new WriteFailure('输出文件名是空的。');
  const dir = dirname(resolve(file));
  const root = options.root === undefined ? undefined : resolve(options.root);
  ensureDirectory(dir, root, file);
  refuseSpecialTarget(file, options.exclusive === true);
  const prefix = `.${basename(file)}.tmp-`;
  const tmp = join(dir, `${prefix}${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    activeTemps.add(tmp);
    const fd = openSync(tmp, 'wx', 0o644);
    try {
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at, bytes.length - at);
    } finally {
      closeSync(fd);
    }
    if (options.exclusive) {
      linkSync(tmp, file);
      unlinkSync(tmp);
    } else renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    if (e instanceof WriteFailure) throw e;
    if ((e as NodeJS.ErrnoException).code === 'EEXIST' && options.exclusive) throw new WriteFailure(`"${file}"已经存在，不覆盖。`, true);
    throw writeFailure(e, file);
  } finally {
    activeTemps.delete(tmp);
  }
  removeStaleTemps(dir, prefix);
}

/** 建好输出文件夹。root 给出时，root 下面的各级都不许是符号链接或文件。 */
function ensureDirectory(dir: string, root: string | undefined, file: string): void {
  // 批量时每个县写两个文件：这个进程已经建好、查过的文件夹不再逐级查一遍（文件系统调用是批量的大头）。
  // 只再看一眼文件夹本身（一次 lstat，不跟随链接）：被删掉或换成了符号链接时从头查。
  const key = `${root ?? ''}\0${dir}`;
  if (checkedDirectories.has(key) && isRealDirectory(dir)) return;
  checkedDirectories.delete(key);
  ensureDirectoryOnce(dir, root, file);
  checkedDirectories.add(key);
}

function isRealDirectory(dir: string): boolean {
  try {
    return lstatSync(dir).isDirectory();
  } catch {
    return false;
  }
}

/** 这个进程里已经建好、查过的输出文件夹（root 与文件夹）。 */
const checkedDirectories = new Set<string>();

function ensureDirectoryOnce(dir: string, root: string | undefined, file: string): void {
  try {
    if (root === undefined || !(dir === root || dir.startsWith(root + sep))) {
      mkdirSync(dir, { recursive: true });
      if (!statSync(dir).isDirectory()) throw new WriteFailure(`"${dir}"不是文件夹。`);
      return;
    }
    mkdirSync(root, { recursive: true });
    if (!statSync(root).isDirectory()) throw new WriteFailure(`输出文件夹"${root}"不是文件夹。`);
    let cur = root;
    for (const part of relative(root, dir).split(sep).filter(Boolean)) {
      cur = join(cur, part);
      let st;
      try {
        st = lstatSync(cur);
      } catch {
        mkdirSync(cur);
        continue;
      }
      if (st.isSymbolicLink())
        throw new WriteFailure(`"${cur}"是一个符号链接：fzbg 不经过它写文件（它可能指向输出文件夹以外）。请删掉它，或换一个输出文件夹。`);
      if (!st.isDirectory()) throw new WriteFailure(`"${cur}"应该是文件夹，却是一个文件：请把它改名或移走。`);
    }
  } catch (e) {
    if (e instanceof WriteFailure) throw e;
    throw writeFailure(e, file);
  }
}

/** 目标已在而不是普通文件时不写：符号链接、设备、管道、文件夹。 */
function refuseSpecialTarget(file: string, exclusive: boolean): void {
  let st;
  try {
    st = lstatSync(file);
  } catch {
    return;
  }
  if (st.isSymbolicLink())
    throw new WriteFailure(`"${file}"是一个符号链接：fzbg 只写普通文件，不经过链接写（也不替换它）。请删掉它再运行。`, exclusive);
  if (st.isDirectory()) throw writeFailure({ code: 'EISDIR' }, file);
  if (!st.isFile()) throw new WriteFailure(`"${file}"是设备或管道，不是普通文件：fzbg 只写普通文件，请换一个文件名。`, exclusive);
  if (exclusive) throw new WriteFailure(`"${file}"已经存在，不覆盖。`, true);
}

function removeStaleTemps(dir: string, prefix: string): void {
  for (const name of readdirSync(dir)) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(/^(\d+)-/.exec(name.slice(prefix.length))?.[1]);
    if (pid && pid !== process.pid && !isProcessRunning(pid)) rmSync(join(dir, name), { force: true });
  }
}

/** 输出文件夹和它下面一层（out/<地区>/）里以前被打断的进程留下的临时文件。不跟随符号链接。 */
export function removeStaleTempsUnder(outRoot: string): void {
  const sweep = (dir: string, depth: number) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const m = /^\..+\.tmp-(\d+)-[0-9a-f]+$/.exec(e.name);
      if (m && e.isFile()) {
        const pid = Number(m[1]);
        if (pid !== process.pid && !isProcessRunning(pid)) rmSync(join(dir, e.name), { force: true });
      } else if (depth > 0 && e.isDirectory() && !e.name.startsWith('.')) sweep(join(dir, e.name), depth - 1);
    }
  };
  sweep(outRoot, 1);
}
