/**
 * 同一个手误在全文重复多次（习惯性地打全角冒号、用 Tab 缩进）：报一条，说明共几处、在哪几行，
 * 而不是每处一条——九十八条一模一样的信息会把别的问题淹没。只出现一次的照旧指到那一处。
 */
import type { Code } from '../diagnostics/codes.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

/** 这些手误已在内存里改正（或按上下文猜过），所以合成一条也不会漏掉别的问题。 */
const REPEATED: Partial<Record<Code, (n: number, lines: string) => string>> = {
  'yaml/full-width-colon': (n, lines) => `全文 ${n} 处全角冒号，已按半角处理：键后面用了中文全角冒号"："（${lines}）。`,
  'yaml/colon-space': (n, lines) => `全文 ${n} 处键的冒号后面少了空格，已按有空格处理（${lines}）。`,
  'yaml/tab-indent': (n, lines) => `全文 ${n} 行用 Tab 键缩进，已按上下文当作空格处理（${lines}）。`,
  'yaml/full-width-comma': (n, lines) => `全文 ${n} 处花括号里用了中文逗号"，"分隔两项，已按英文逗号处理（${lines}）。`,
  'yaml/unquoted-braces': (n, lines) => `全文 ${n} 处文字以"{{"开头却没有加引号，已按加了引号处理（${lines}）。`,
};

const FIXES: Partial<Record<Code, (first: Diagnostic) => string>> = {
  'yaml/full-width-colon': () => '把键名后面的"："改成英文半角冒号":"，冒号后面留一个空格（如 地区: 南昌县）；正文文字里的"："不用改。',
  'yaml/colon-space': () => '在这些键的冒号后面各加一个空格（如 发文机关: 南昌县人民政府）。',
  'yaml/tab-indent': () => 'YAML 只能用空格缩进：把这些行行首的 Tab 换成空格（每一层两个空格，与同一层的键对齐）。',
  'yaml/full-width-comma': () => '花括号里分隔各项的"，"改成英文逗号","：{收到申请: 233, 受理: 177}。',
  'yaml/unquoted-braces': (first) => `每一处都${first.fix ?? '整段加英文双引号'}。`,
};

/** 列出的行号最多几个，其余写"等"。 */
const LISTED_LINES = 8;

export function groupRepeatedMistakes(list: readonly Diagnostic[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const groups = new Map<Code, Diagnostic[]>();
  const seen = new Set<string>();
  for (const d of list) {
    if (REPEATED[d.code] === undefined || d.severity !== 'error') out.push(d);
    else if (!seen.has(`${d.code} ${d.line}:${d.column}`)) groups.set(d.code, [...(groups.get(d.code) ?? []), d]);
    seen.add(`${d.code} ${d.line}:${d.column}`);
  }
  for (const [code, group] of groups) {
    const first = group[0];
    const message = REPEATED[code];
    if (!first || !message) continue;
    if (group.length === 1) {
      out.push(first);
      continue;
    }
    const lines = [...new Set(group.map((d) => d.line))];
    const listed = `第 ${lines.slice(0, LISTED_LINES).join('、')} 行${lines.length > LISTED_LINES ? `等 ${lines.length} 行` : ''}`;
    const fix = FIXES[code]?.(first);
    out.push({ ...first, message: message(group.length, listed), ...(fix ? { fix } : {}) });
  }
  return out;
}
