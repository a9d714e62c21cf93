import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** diff 的参数：两个文件，或一个县的文件夹（取最近的两年）。 */
export function yearPair(args: readonly string[]): { older: string; newer: string } | { error: string; usage: boolean } {
  const [first, second] = args;
  if (args.length === 2 && first !== undefined && second !== undefined) {
    for (const a of [first, second]) {
      if (!existsSync(a)) return { error: `找不到 ${a}。`, usage: false };
      if (statSync(a).isDirectory())
        return {
          error: `${a} 是文件夹：比较两个年度要给两个数据文件（fzbg diff data/县/2023.yaml data/县/2024.yaml），或只给一个县的文件夹（fzbg diff data/县）。`,
          usage: false,
        };
    }
    return { older: first, newer: second };
  }
  if (args.length === 1 && first !== undefined && existsSync(first) && statSync(first).isDirectory()) {
    const years = readdirSync(first)
      .flatMap((n) => (/^\d{4}\.ya?ml$/i.test(n) && !statSync(join(first, n)).isDirectory() ? [n] : []))
      .sort((a, b) => Number(a.slice(0, 4)) - Number(b.slice(0, 4)));
    const [older, newer] = years.slice(-2);
    if (older === undefined || newer === undefined)
      return { error: `${first} 里不到两个年度的文件（要有 2023.yaml、2024.yaml 这样的文件）。`, usage: true };
    return { older: join(first, older), newer: join(first, newer) };
  }
  return { error: '用法：fzbg diff <旧年度文件> <新年度文件>，或 fzbg diff data/<地区>（比较最近两年）。', usage: true };
}
