/**
 * 工作台能碰的只有数据文件夹里的数据文件：路径由网页传来，一律当作不可信的输入。
 * 只收"地区/年度.yaml"这样的相对路径：不许 ..、绝对路径、反斜杠、以点开头的名字（.fzbg-历史 这类）；
 * 按真实路径（解开符号链接后）核对仍在数据文件夹里，符号链接指到外面的一律不认。
 */
import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';

export type Resolved = { ok: true; path: string; relative: string } | { ok: false; status: 400 | 403 | 404; message: string };

const DATA_NAME = /^\d{4}\.ya?ml$/i;
const MAX_PATH = 260;

export interface CountyYears {
  region: string;
  files: { year: number; file: string }[];
}

export class DataFolder {
  /** 数据文件夹的真实路径。 */
  readonly root: string;

  constructor(folder: string) {
    this.root = realpathSync(folder);
  }

  /** 网页给的相对路径 → 数据文件夹里的文件。mustExist：读、存时要求文件已在（新建下一年时不要求）。 */
  resolve(input: unknown, mustExist = true): Resolved {
    if (typeof input !== 'string' || input === '' || input.length > MAX_PATH)
      return { ok: false, status: 400, message: '请求里没有数据文件的路径（应为"地区/年度.yaml"）。' };
    if (input.includes('\\') || input.includes('\0') || input.startsWith('/') || /^[A-Za-z]:/.test(input))
      return { ok: false, status: 403, message: `路径"${input}"不在数据文件夹里，不能打开。` };
    const parts = input.split('/');
    if (parts.some((p) => p === '' || p === '.' || p === '..' || p.startsWith('.')))
      return { ok: false, status: 403, message: `路径"${input}"不在数据文件夹里，不能打开。` };
    if (!/\.ya?ml$/i.test(input)) return { ok: false, status: 403, message: '只能打开数据文件（.yaml）。' };
    const path = join(this.root, ...parts);
    const inside = (p: string) => p.startsWith(this.root + sep);
    if (existsSync(path)) {
      const real = realpathSync(path);
      if (!inside(real) || !statSync(real).isFile())
        return { ok: false, status: 403, message: `"${input}"指向数据文件夹以外的地方，不能打开。` };
      return { ok: true, path, relative: parts.join('/') };
    }
    if (mustExist) return { ok: false, status: 404, message: `数据文件夹里没有"${input}"。` };
    const parent = dirname(path);
    if (!existsSync(parent) || !inside(realpathSync(parent) + sep) || !statSync(parent).isDirectory())
      return { ok: false, status: 403, message: `"${input}"所在的文件夹不在数据文件夹里。` };
    return { ok: true, path, relative: parts.join('/') };
  }

  /** 数据文件夹里的县和年度：每个子文件夹里的"年度.yaml"（符号链接、以点开头的都不算）。 */
  list(): CountyYears[] {
    const out: CountyYears[] = [];
    for (const entry of readdirSync(this.root, { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
      const files = readdirSync(join(this.root, entry.name), { withFileTypes: true })
        .filter((f) => f.isFile() && DATA_NAME.test(f.name))
        .map((f) => ({ year: Number(f.name.slice(0, 4)), file: `${entry.name}/${f.name}` }))
        .sort((a, b) => a.year - b.year);
      if (files.length) out.push({ region: entry.name, files });
    }
    return out.sort((a, b) => a.region.localeCompare(b.region, 'zh-CN'));
  }
}
