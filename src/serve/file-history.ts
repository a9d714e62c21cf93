/**
 * 以前的版本：每次保存之前，把磁盘上原来的文件留一份在同一文件夹的 .fzbg-历史/<文件名>/ 里，
 * 名字是保存的时间，最多留 KEEP 份（最早的先删）。以点开头的文件夹 fzbg build、check 都不看。
 * 页面上可以看、可以恢复（恢复是把那一版放回编辑器，保存时照样先留下当时的版本）。
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const HISTORY_FOLDER = '.fzbg-历史';
/** 每个文件留几个以前的版本。 */
const KEEP = 20;
const VERSION_NAME = /^\d{8}-\d{6}-\d{3}(?:-\d+)?\.yaml$/;

export interface Version {
  id: string;
  /** ISO 时间。 */
  time: string;
  size: number;
}

function folderOf(file: string): string {
  return join(dirname(file), HISTORY_FOLDER, basename(file));
}

/** 20240125-103000-123.yaml（本地时间；同一毫秒里第二份加 -1）。 */
function versionName(now: Date, taken: (name: string) => boolean): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  const stamp = `${now.getFullYear()}${p(now.getMonth() + 1)}${p(now.getDate())}-${p(now.getHours())}${p(now.getMinutes())}${p(now.getSeconds())}-${p(now.getMilliseconds(), 3)}`;
  let name = `${stamp}.yaml`;
  for (let i = 1; taken(name); i++) name = `${stamp}-${i}.yaml`;
  return name;
}

/** 把磁盘上现在的文件留一份（文件还不存在时什么也不做）。 */
export function keepVersion(file: string, now = new Date()): void {
  if (!existsSync(file)) return;
  const folder = folderOf(file);
  mkdirSync(folder, { recursive: true });
  const name = versionName(now, (n) => existsSync(join(folder, n)));
  copyFileSync(file, join(folder, name));
  const all = versionNames(folder);
  for (const old of all.slice(0, Math.max(0, all.length - KEEP))) rmSync(join(folder, old), { force: true });
}

function versionNames(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((n) => VERSION_NAME.test(n))
    .sort();
}

/** 以前的版本，新的在前。 */
export function listVersions(file: string): Version[] {
  const folder = folderOf(file);
  return versionNames(folder)
    .reverse()
    .map((id) => ({ id, time: statSync(join(folder, id)).mtime.toISOString(), size: statSync(join(folder, id)).size }));
}

/** 某一个以前的版本的字节；id 不是版本名（如带 ..）时为 undefined。 */
export function readVersion(file: string, id: unknown): Uint8Array | undefined {
  if (typeof id !== 'string' || !VERSION_NAME.test(id)) return undefined;
  const path = join(folderOf(file), id);
  return existsSync(path) ? readFileSync(path) : undefined;
}
