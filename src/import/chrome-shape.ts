import { isDamagedDateLine } from './read-date.js';

/**
 * 网页外壳的样子（不靠标签表，各网站的标签五花八门）：
 * - 几个"标签：值"并排（"文章来源：… 更新时间：…""时间：… 浏览次数："），或一个标签后面是日期、数字；
 * - 方括号里的按钮（"【字体：】 打印""【大】【中】【小】 【打印本页】"），去掉后只剩几个字；
 * - 没有一个汉字的编码、日期行（"11430124MB1D23456T/2023-00217""2023-02-24"）。
 * 都不带句号、分号：正文段落不会是这个样子。
 */
export function looksLikeChrome(text: string): boolean {
  if (text.length > 120 || /[。；！？]/.test(text)) return false;
  return isLabelPairs(text) || isButtons(text) || isCode(text);
}

/** "标签：值"：标签是 2—6 个汉字，在行首或空白、竖线之后。 */
const PAIR = /(?:^|[\s|｜])([\u4e00-\u9fff]{2,6})\s*[:：]\s*/g;
const VALUE_SHAPE = /^(?:[\d\s\-/.:年月日时分秒次]*|\S{1,20})$/;

function isLabelPairs(text: string): boolean {
  const pairs = labelPairs(text);
  if (pairs.length >= 2) return true;
  const [only] = pairs;
  // 一个标签时，值要像日期、数字（"浏览次数：1024""时间：2023-02-24"）；"区委："这样的主送不是外壳。
  return !!only && only.start === 0 && only.value !== '' && /^[\d\s\-/.:年月日时分秒次]+$/.test(only.value) && VALUE_SHAPE.test(only.value);
}

/** 一行里的各个"标签：值"。 */
export function labelPairs(text: string): { label: string; value: string; start: number }[] {
  const found = [...text.matchAll(PAIR)];
  return found.map((m, k) => {
    const end = found[k + 1]?.index ?? text.length;
    return { label: m[1] ?? '', value: text.slice(m.index + m[0].length, end).trim(), start: m.index };
  });
}

function isButtons(text: string): boolean {
  const rest = text.replace(/【[^】]{0,12}】|\[[^\]]{0,12}\]/g, '');
  if (rest === text) return false;
  return rest.replace(/[\s|｜/·•]/g, '').length <= 6;
}

function isCode(text: string): boolean {
  // 丢了"年""月"的落款日期（"202438"）也没有汉字，但它是报告的一部分。
  return !/[\u4e00-\u9fff]/.test(text) && /\d/.test(text) && text.length <= 60 && !isDamagedDateLine(text);
}
