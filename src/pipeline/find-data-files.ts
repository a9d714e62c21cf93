import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const DATA_FILE = /\.ya?ml$/i;

/** 命令行给的文件和文件夹 → 数据文件列表（文件夹里递归找 .yaml，按路径排序）。 */
export function findDataFiles(paths: readonly string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.')) continue;
      const p = join(dir, entry.name);
      // 名叫 *.yaml 的都算数据文件（文件夹、管道、设备也算：读的时候报"不是普通文件"，不悄悄跳过）。
      if (DATA_FILE.test(entry.name)) files.push(p);
      else if (entry.isDirectory()) walk(p);
    }
  };
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      missing.push(p);
      continue;
    }
    if (st.isDirectory()) walk(p);
    else files.push(p);
  }
  return { files, missing };
}
