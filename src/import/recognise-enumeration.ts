import { parseChineseNumber } from './chinese-numerals.js';
import { chineseNumber } from '../text/chinese-number.js';
import type { DraftEnumeration } from './draft.js';

/** 段里写出来的前缀（"一是""一要"；数据格式里的"无"是不写前缀）。 */
export type EnumerationPrefix = Exclude<DraftEnumeration['前缀'], '无'>;

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
      if (first > 0 && NOT_BEFORE_FIRST.test(text[first - 1] ?? '')) continue;
      const starts = [first];
      let last = first;
      for (let k = 2; ; k++) {
        const needle = chineseNumber(k) + suffix;
        let at = text.indexOf(needle, last + 2);
        while (at > 0 && k < 10 && text[at - 1] === '十') at = text.indexOf(needle, at + 1);
        if (at < 0) break;
        starts.push(at);
        last = at;
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
  const n = parseChineseNumber(m[1] ?? '');
  const rest = text.slice(m[0].length);
  if (!n || !rest.trim() || /^[是要]/.test(rest)) return undefined;
  return { n, prefix: m[2] === '是' ? '一是' : '一要', rest };
}

/** 段中的"一是……三是……"：序号往上走但跳了号（原文漏了"二是"）。各条连同原来的序号，以及漏掉的序号。 */
export interface GappedEnumeration {
  lead: string;
  /** 各条，连同原文的序号（"一是……""三是……"）。 */
  items: string[];
  found: string[];
  missing: string[];
}

/** "一是……三是……"（至少两条，从一起，序号递增，有跳号）；接得上的由 splitInlineEnumeration 认。 */
export function splitGappedEnumeration(text: string): GappedEnumeration | undefined {
  for (const suffix of ['是', '要'] as const) {
    const first = text.indexOf('一' + suffix);
    if (first < 0 || (first > 0 && NOT_BEFORE_FIRST.test(text[first - 1] ?? ''))) continue;
    const starts: { at: number; n: number }[] = [{ at: first, n: 1 }];
    let last = 1;
    // 后面的序号：在句末标点之后（"。三是"），不跳回去，最多跳一个（"一是……三是"，不是"一是……九是"）。
    for (const m of text.slice(first + 2).matchAll(/[。；;！？]([二三四五六七八九])[是要]/g)) {
      const n = parseChineseNumber(m[1] ?? '') ?? 0;
      if (m[0].slice(-1) !== suffix || n <= last || n > last + 2) continue;
      starts.push({ at: first + 2 + m.index + 1, n });
      last = n;
    }
    if (starts.length < 2 || starts.every((s, i) => s.n === i + 1)) continue;
    const all = starts.map((s) => s.n);
    const missing: string[] = [];
    for (let n = 1; n < last; n++) if (!all.includes(n)) missing.push(chineseNumber(n) + suffix);
    return {
      lead: text.slice(0, first),
      items: starts.map((s, i) => text.slice(s.at, starts[i + 1]?.at ?? text.length)),
      found: starts.map((s) => chineseNumber(s.n) + suffix),
      missing,
    };
  }
  return undefined;
}
