import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** diff 的参数：两个文件，或一个县的文件夹（取最近的两年）。 */
export function yearPair(args: readonly string[]): { older: string; newer: string } | { error: string } {
  if (args.length === 2) {
    for (const a of args) if (!existsSync(a)) return { error: `找不到 ${a}。` };
    return { older: args[0], newer: args[1] };
  }
  if (args.length === 1 && existsSync(args[0]) && statSync(args[0]).isDirectory()) {
    const years = readdirSync(args[0])
      .map((n) => /^(\d{4})\.ya?ml$/i.exec(n))
      .filter((m): m is RegExpExecArray => m !== null)
      .sort((a, b) => Number(a[1]) - Number(b[1]));
    if (years.length < 2) return { error: `${args[0]} 里不到两个年度的文件（要有 2023.yaml、2024.yaml 这样的文件）。` };
    return { older: join(args[0], years[years.length - 2][0]), newer: join(args[0], years[years.length - 1][0]) };
  }
  return { error: '用法：fzbg diff <旧年度文件> <新年度文件>，或 fzbg diff data/<地区>（比较最近两年）。' };
}
