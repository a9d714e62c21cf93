import { chineseNumber } from '../text/chinese-number.js';
import { detectMarker, type Marker } from './detect-marker.js';
import type { SourceLine } from './source-line.js';
import { looksLikeTitle } from './strip-web-chrome.js';

/** 一段之内这些字符之后可以另起一段。 */
const BOUNDARY = /[。；！？：;!?:”」\s]/;
/** 标题读到句末标点就结束（逗号不算：标题里常有逗号）。 */
const SENTENCE_END = /[。；！？：;!?:]/;
/** 章标题里常见的收尾词，后面直接接正文（"三、下步工作打算2024年，我县……"）时在这里断开。 */
const CHAPTER_END = /(?:问题|不足|打算|安排|成效|情况|建议|重点|举措)$/;
const PROSE_START = /^(?:\d|我|全|本|今|明|下一|继续|进一步)/;
/** 标题最长多少字：再长还没遇到句末标点，就不当标题读了。 */
const MAX_HEADING = 60;
const ORG_END = /(?:委|会|府|局|院|部|厅|室|组|处|办|所)$/;

/**
 * 整篇报告挤在一行里（网页复制时丢了分段）：按编号接续（一、→（一）→ 1. → 二、……）、
 * "特此报告"和标题后的主送把它拆回各段。只拆这样的长行，正常分段的文字原样不动。
 */
export function splitRunTogether(lines: readonly SourceLine[]): SourceLine[] {
  return lines.flatMap((l) => (isRunTogether(l.text) ? splitLine(l) : [l]));
}

/**
 * 长行里有"一、"（在句末或空白之后），后面接着"二、"或"（一）"：网页只复制到第一章时也要拆
 * （"一、……（一）……（二）……"，后面的章在别的行里，或者没复制下来）。
 */
export function isRunTogether(text: string): boolean {
  if (text.length < 200) return false;
  const first = findChapter(text, 1, 0);
  if (first < 0) return false;
  return findChapter(text, 2, first + 1) >= 0 || findAtBoundary(text, '（一）', first + 2) >= 0;
}

function findAtBoundary(text: string, needle: string, from: number): number {
  for (let i = text.indexOf(needle, from); i >= 0; i = text.indexOf(needle, i + 1)) {
    if (BOUNDARY.test(text[i - 1] ?? '') || /[^\d\s，、]/.test(text[i - 1] ?? '')) return i;
  }
  return -1;
}

function findChapter(text: string, n: number, from: number): number {
  const needle = chineseNumber(n) + '、';
  for (let i = text.indexOf(needle, from); i >= 0; i = text.indexOf(needle, i + 1)) {
    const before = text[i - 1] ?? '';
    if (i === 0 || (BOUNDARY.test(before) && !/[一二三四五六七八九十]/.test(before))) return i;
  }
  return -1;
}

function splitLine(line: SourceLine): SourceLine[] {
  const text = line.text;
  const cuts = new Set<number>();
  let i = 0;

  // 开头的标题和主送
  const title = leadingTitle(text);
  if (title) {
    cuts.add(title.length);
    i = title.length;
    while (text[i] === ' ') i++;
    const to = /^([^，。；：:\s]{2,30})[：:]/.exec(text.slice(i));
    if (to && ORG_END.test((to[1] ?? '').replace(/[、，]/g, ''))) cuts.add(i + to[0].length);
  }

  const expected = { 1: 1, 2: 1, 3: 1, 4: 1 } as Record<Marker['kind'], number>;
  let heading: Marker['kind'] | undefined; // 正在读的标题（还没遇到标点）
  let headingStart = 0;
  for (; i < text.length; i++) {
    const ch = text[i] ?? '';
    const atBoundary = i === 0 || BOUNDARY.test(text[i - 1] ?? '');
    if (atBoundary || heading) {
      const m = detectMarker(text.slice(i, i + 16));
      if (m && !m.weak && acceptable(m, expected) && !(i > 0 && /[第\d]/.test(text[i - 1] ?? ''))) {
        cuts.add(i);
        expected[m.kind] = m.n + 1;
        for (const k of [2, 3, 4] as const) if (k > m.kind) expected[k] = k === 3 && m.kind === 2 ? expected[3] : 1;
        heading = m.kind;
        headingStart = i;
        i += m.length - 1;
        continue;
      }
      if (heading && (text.startsWith('一是', i) || text.startsWith('一要', i))) {
        cuts.add(i);
        heading = undefined;
      }
      if (atBoundary && text.startsWith('特此报告', i)) cuts.add(i);
    }
    if (heading && i - headingStart > MAX_HEADING) heading = undefined;
    if (heading === 1 && CHAPTER_END.test(text.slice(Math.max(headingStart, i - 3), i + 1)) && PROSE_START.test(text.slice(i + 1, i + 4))) {
      cuts.add(i + 1);
      heading = undefined;
    }
    if (SENTENCE_END.test(ch)) heading = undefined;
  }

  const points = [...cuts].filter((c) => c > 0 && c < text.length).sort((a, b) => a - b);
  const out: SourceLine[] = [];
  let from = 0;
  for (const to of [...points, text.length]) {
    const piece = text.slice(from, to);
    const trimmed = piece.trim();
    if (trimmed)
      out.push({ text: trimmed, line: line.line, column: (line.column ?? 1) + from + (piece.length - piece.trimStart().length) });
    from = to;
  }
  return out;
}

/** 一章之内，（一）从一编起或接上一个；1. 可以接着上一组编（连续编号）。 */
function acceptable(m: Marker, expected: Record<Marker['kind'], number>): boolean {
  return m.n === expected[m.kind] || (m.kind !== 1 && m.n === 1);
}

function leadingTitle(text: string): string | undefined {
  const patterns = [
    /^(.{6,80}?报告)(?=\s)/,
    /^(.{6,80}?情况)(?=\s)/,
    /^(.{6,80}?报告)(?=[^，。；：:]{2,30}[：:])/,
    /^(.{6,80}?报告)(?=(?:19|20)\d{2}年)/,
  ];
  for (const p of patterns) {
    const m = p.exec(text);
    if (m?.[1] && looksLikeTitle(m[1])) return m[1];
  }
  return undefined;
}
