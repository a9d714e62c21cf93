import { parseChineseNumber } from './chinese-numerals.js';
import { markEnclosed } from './mark-enclosed.js';

/** 正文里的一个数字（连同"万""余"），和它后面的单位。 */
export interface NumberToken {
  /** 在文字里的起止（end 不含单位）。 */
  start: number;
  end: number;
  /** 原文写法，如"2.4万余""万余""三"。 */
  raw: string;
  /** 数字本身（不乘"万"）。 */
  number: number;
  multiplier: 1 | 10000 | 100000000;
  approx: boolean;
  chinese: boolean;
  unit: string;
}

/** 单位，长的在前（"人次"先于"人"）。 */
const UNITS = [
  '人次',
  '件次',
  '场次',
  '批次',
  '万元',
  '亿元',
  '%',
  '％',
  '件',
  '起',
  '宗',
  '项',
  '次',
  '个',
  '名',
  '人',
  '条',
  '份',
  '期',
  '场',
  '家',
  '支',
  '部',
  '卷',
  '篇',
  '册',
  '本',
  '户',
  '元',
  '台',
  '所',
  '处',
];
const TOKEN =
  /(\d+(?:\.\d+)?)(万|亿)?(余|多)?|(?<![\d一二三四五六七八九十百千万数几第])(万|千|百)(余|多)|(?<![一二三四五六七八九十百千万第每])([二三四五六七八九十两])(?=[期次个项名场])/g;
/** 这些括号、引号里的数字不是指标：法规和文件的名称、文号、引语。 */
const ENCLOSERS: readonly [string, string][] = [
  ['《', '》'],
  ['〔', '〕'],
  ['【', '】'],
  ['“', '”'],
  ['[', ']'],
];

/**
 * 文字里可能是指标的数字：后面跟着单位，不在书名号、文号、引号里，不是日期、时间、编号、
 * 范围（1—11月）、乘式（7×24）或字母数字混排的代号。
 */
export function findNumberTokens(text: string): NumberToken[] {
  const masked = maskedRanges(text);
  const out: NumberToken[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    if (masked[start]) continue;
    const before = text[start - 1] ?? '';
    let raw = m[0];
    // "1849.8万元""1.165亿元"：万、亿是单位的一部分
    const moneyUnit = m[2] && !m[3] && text[start + raw.length] === '元';
    if (moneyUnit && m[1] !== undefined) raw = m[1];
    const end = start + raw.length;
    const unit = UNITS.find((u) => text.startsWith(u, end));
    if (!unit) continue;
    let token: Omit<NumberToken, 'start' | 'end' | 'raw' | 'unit'>;
    if (m[1] !== undefined) {
      if (/[\d.A-Za-z第×*/]/.test(before)) continue;
      if (/[—–\-~～至到]/.test(before) && /\d/.test(text[start - 2] ?? '')) continue; // 范围的后一半（1—11月）
      if (/^[—–\-~～至到]\d/.test(text.slice(start + m[0].length))) continue; // 范围的前一半
      const multiplier = moneyUnit ? 1 : m[2] === '万' ? 10000 : m[2] === '亿' ? 100000000 : 1;
      token = { number: Number(m[1]), multiplier, approx: m[3] !== undefined, chinese: false };
    } else if (m[4] !== undefined) {
      token = { number: 1, multiplier: m[4] === '万' ? 10000 : 1, approx: true, chinese: false };
      if (m[4] === '千') token.number = 1000;
      if (m[4] === '百') token.number = 100;
    } else {
      token = { number: parseChineseNumber(m[6] ?? '') ?? 0, multiplier: 1, approx: false, chinese: true };
    }
    out.push({ start, end, raw, unit: unit === '％' ? '%' : unit, ...token });
  }
  return out;
}

function maskedRanges(text: string): boolean[] {
  const masked = markEnclosed(text, ENCLOSERS);
  // 全角括号里是年份范围或文号的（"（2021—2025年）""（洪发〔2022〕23号）"）
  for (const m of text.matchAll(/（[^（）]{0,40}?(?:\d{4}\s*[—–\-~～至]\s*\d{4}|〔\d{4}〕|\d+号)[^（）]{0,40}?）/g)) {
    for (let i = m.index; i < m.index + m[0].length; i++) masked[i] = true;
  }
  return masked;
}
