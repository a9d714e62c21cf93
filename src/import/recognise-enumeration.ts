import { parseChineseNumber } from './chinese-numerals.js';
import { chineseNumber } from '../text/chinese-number.js';

export type EnumerationPrefix = '一是' | '一要';

/** 一段里接着写的"一是……二是……三是……"：前面的引语和各条（不含"一是"本身）。 */
export interface InlineEnumeration {
  lead: string;
  prefix: EnumerationPrefix;
  items: string[];
}

/** "一是"前面是这些字时不是列举（"统一是""第一是"）。 */
const NOT_BEFORE_FIRST = /[〇零一二三四五六七八九十百第统唯逐同万其]/;

/** 段中的"一是……二是……"（至少两条，按顺序接得上）。 */
export function splitInlineEnumeration(text: string): InlineEnumeration | undefined {
  for (const suffix of ['是', '要'] as const) {
    let from = 0;
    for (let tries = 0; tries < 20; tries++) {
      const first = text.indexOf('一' + suffix, from);
      if (first < 0) break;
      from = first + 1;
      if (first > 0 && NOT_BEFORE_FIRST.test(text[first - 1])) continue;
      const starts = [first];
      for (let k = 2; ; k++) {
        const needle = chineseNumber(k) + suffix;
        let at = text.indexOf(needle, starts[starts.length - 1] + 2);
        while (at > 0 && k < 10 && text[at - 1] === '十') at = text.indexOf(needle, at + 1);
        if (at < 0) break;
        starts.push(at);
      }
      if (starts.length < 2) continue;
      const items = starts.map((s, i) => text.slice(s + chineseNumber(i + 1).length + 1, starts[i + 1] ?? text.length));
      if (items.some((t) => t.trim() === '')) continue;
      return { lead: text.slice(0, first), prefix: suffix === '是' ? '一是' : '一要', items };
    }
  }
  return undefined;
}

/** 段首的"一是""二要"……：第几条、前缀和其后的文字。 */
export function enumerationStart(text: string): { n: number; prefix: EnumerationPrefix; rest: string } | undefined {
  const m = /^([一二三四五六七八九十]{1,3})([是要])/.exec(text);
  if (!m) return undefined;
  const n = parseChineseNumber(m[1]);
  const rest = text.slice(m[0].length);
  if (!n || !rest.trim() || /^[是要]/.test(rest)) return undefined;
  return { n, prefix: m[2] === '是' ? '一是' : '一要', rest };
}
