import { basename, dirname, join } from 'node:path';

/**
 * 上一年度的文件在哪里：同一文件夹里 年度−1 的文件（data/南昌县/2022.yaml，扩展名与本文件相同）。
 * 只算路径；有没有、读不读得了由流水线去看（它读过的文件都记着，不读第二遍）。
 */
export function priorYearPath(file: string, year: number): string {
  const ext = /\.ya?ml$/i.exec(basename(file))?.[0] ?? '.yaml';
  return join(dirname(file), `${year - 1}${ext}`);
}
