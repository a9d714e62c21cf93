import { parseChineseNumber } from './chinese-numerals.js';

/**
 * 段首的编号。kind 按公文层次：1 为"一、"，2 为"（一）"，3 为"1."或"1、"，4 为"（1）"。
 * weak：只有数字、后面直接是文字（网页丢了顿号，如"4充分发挥"），要与前文的编号接得上才算。
 */
export interface Marker {
  kind: 1 | 2 | 3 | 4;
  n: number;
  /** 编号连同其后的空白的长度。 */
  length: number;
  /** 三级编号的标点："."、"、"，或没有（weak）；一级编号写成"第一部分"时为"部分"。 */
  punct: string;
  weak: boolean;
}

const K1 = /^([一二三四五六七八九十]{1,3})\s*[、．]\s*/;
const K1_PART = /^第([一二三四五六七八九十]{1,3})部分[\s：:]*/;
const K2 = /^[（(]\s*([一二三四五六七八九十]{1,3})\s*[）)]\s*[、．.]?\s*/;
const K3 = /^(\d{1,2})\s*([.．、])(?![\d.．])\s*/;
/** 数字后直接是文字：排除量词、日期、时间（"3家单位""12月"）。 */
const K3_WEAK =
  /^(\d{1,2})(?=[\u4e00-\u9fff“《])(?![年月日时分秒个件项次名人家条份期场支部卷篇起万亿千百元余多岁号届周天批户所座台辆米亩倍成])/;
const K4 = /^[（(]\s*(\d{1,2})\s*[）)]\s*[、．.]?\s*/;

export function detectMarker(text: string): Marker | undefined {
  let m = K1.exec(text);
  if (m) return marker(1, parseChineseNumber(m[1] ?? ''), m[0].length, '', false);
  m = K1_PART.exec(text);
  if (m) return marker(1, parseChineseNumber(m[1] ?? ''), m[0].length, '部分', false);
  m = K2.exec(text);
  if (m) return marker(2, parseChineseNumber(m[1] ?? ''), m[0].length, '', false);
  m = K4.exec(text);
  if (m) return marker(4, Number(m[1]), m[0].length, '', false);
  m = K3.exec(text);
  if (m) return marker(3, Number(m[1]), m[0].length, m[2] === '、' ? '、' : '.', false);
  m = K3_WEAK.exec(text);
  if (m) return marker(3, Number(m[1]), m[0].length, '', true);
  return undefined;
}

function marker(kind: Marker['kind'], n: number | undefined, length: number, punct: string, weak: boolean): Marker | undefined {
  return n === undefined || n < 1 ? undefined : { kind, n, length, punct, weak };
}
