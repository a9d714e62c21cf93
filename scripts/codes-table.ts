/**
 * README 里"检查信息"的代码表：由代码表（src/diagnostics/codes.ts）生成，夹在两行标记之间。
 * npm run gen 写进 README；tests/unit/diagnostics/codes-table.test.ts 核对 README 里的与生成的一样。
 */
import { CODES } from '../src/diagnostics/codes.js';

export const CODES_START = '<!-- 代码表：由 src/diagnostics/codes.ts 生成（npm run gen），请勿手改 -->';
export const CODES_END = '<!-- 代码表结束 -->';

const SEVERITY = { error: '错误', warning: '警告', either: '看情况' } as const;

export function codesTable(): string {
  const rows = Object.entries(CODES).map(([code, info]) => `| \`${code}\` | ${SEVERITY[info.severity]} | ${info.meaning} |`);
  return [CODES_START, '| 代码 | 严重程度 | 含义 |', '|---|---|---|', ...rows, CODES_END].join('\n');
}

/** 把 README 里两行标记之间的表换成生成的表。 */
export function withCodesTable(readme: string): string {
  const start = readme.indexOf(CODES_START);
  const end = readme.indexOf(CODES_END);
  if (start < 0 || end < start) throw new Error('README 里没有代码表的标记');
  return readme.slice(0, start) + codesTable() + readme.slice(end + CODES_END.length);
}

/** README 里现在的代码表（两行标记之间，含标记）。 */
export function readmeCodesTable(readme: string): string | undefined {
  const start = readme.indexOf(CODES_START);
  const end = readme.indexOf(CODES_END);
  return start < 0 || end < start ? undefined : readme.slice(start, end + CODES_END.length);
}
