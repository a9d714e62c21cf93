import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** 地区文件夹里比 year 早的最近一年的文件（data/南昌县/2023.yaml）。 */
export function findSourceYear(regionDir: string, year: number): { file: string; year: number } | undefined {
  if (!existsSync(regionDir)) return undefined;
  const years = readdirSync(regionDir)
    .map((n) => /^(\d{4})\.ya?ml$/i.exec(n))
    .filter((m): m is RegExpExecArray => m !== null && Number(m[1]) < year)
    .map((m) => ({ file: join(regionDir, m[0]), year: Number(m[1]) }))
    .sort((a, b) => b.year - a.year);
  return years[0];
}
