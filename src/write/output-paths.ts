import { join, resolve, sep } from 'node:path';

export interface OutputPaths {
  dir: string;
  docx: string;
  md: string;
  pdf: string;
}

/** out/<地区>/<年度>年度法治政府建设情况报告.docx（.md、.pdf 同名）。 */
export function outputPaths(outRoot: string, region: string, year: number): OutputPaths {
  const root = resolve(outRoot);
  const dir = join(root, region);
  if (!dir.startsWith(root + sep)) throw new Error(`输出路径越界：${dir}`);
  const base = join(dir, `${year}年度法治政府建设情况报告`);
  return { dir, docx: `${base}.docx`, md: `${base}.md`, pdf: `${base}.pdf` };
}
