import type { Layout } from '../schema/layout-types.generated.js';

/** 毫米 → 缇（1/20 磅）。 */
const mmToTwips = (mm: number): number => Math.round((mm * 1440) / 25.4);

/**
 * 由版式算出的版面数字（缇）。
 *
 * 22 行 × 28 字的做法：每一段都用"固定值"行距，行距 = 版心高 ÷ 行数（向下取整，22 × 579 = 12738 ≤ 12756），
 * 再加一个"只指定行网格"的文档网格（同样的行距），Word 的页面设置里显示每页 22 行。
 * 每行 28 字靠正文文字的字符间距：字距 = 版心宽 ÷ 字数 − 字号（向下取整到 1/20 磅），
 * 3 号字时为 −0.25 磅，28 字放得下、29 字放不下。Word 和 LibreOffice 都按这两个数字排版，
 * 不依赖只有 Word 认的"字符网格"（LibreOffice 对 linesAndChars 网格每行只排约 20 字）。
 */
export interface Metrics {
  pageWidth: number;
  pageHeight: number;
  margin: { top: number; bottom: number; left: number; right: number };
  textWidth: number;
  textHeight: number;
  /** 每行的高度（固定值行距）。 */
  linePitch: number;
  /** 正文字符间距，缇（负数为紧缩）。 */
  charSpacing: number;
  /** 一个正文字（含字距）的宽度，缇。 */
  charWidth: number;
  /** 首行缩进，缇。 */
  firstLine: number;
  /** 半磅：正文、标题、页码字号。 */
  bodySize: number;
  titleSize: number;
  pageNumberSize: number;
  /** 页码一行的高度（固定值 = 页码字号，即一个字的字框），缇。 */
  pageNumberLine: number;
  /** 页脚到纸边的距离：页码的一字线在版心下边缘以下 7 毫米。 */
  footer: number;
}

export function metrics(layout: Layout): Metrics {
  const m = layout.页边距;
  const pageWidth = mmToTwips(layout.纸张.宽);
  const pageHeight = mmToTwips(layout.纸张.高);
  const margin = { top: mmToTwips(m.上), bottom: mmToTwips(m.下), left: mmToTwips(m.左), right: mmToTwips(m.右) };
  const textWidth = pageWidth - margin.left - margin.right;
  const textHeight = pageHeight - margin.top - margin.bottom;
  const linePitch = Math.floor(textHeight / layout.每页行数);
  const body = layout.字号.正文 * 20;
  const charSpacing = Math.min(0, Math.floor(textWidth / layout.每行字数 - body));
  const charWidth = body + charSpacing;
  const pageNumberPt = layout.字号.页码;
  // GB/T 9704：一字线上距版心下边缘 7 毫米。一字线画在字框的正中，页码行用固定值行距、行高等于字号，
  // 行的中线就是一字线：页脚距离（行的下沿到纸边）= 下边距 − 7 毫米 − 半行。
  // 行高不随字体变：Word 用真的宋体、LibreOffice 用替代字体时，页码位置相同（"单倍行距"的行高由字体决定，两边会差 2 毫米）。
  const pageNumberLine = pageNumberPt * 20;
  const footer = Math.max(0, margin.bottom - mmToTwips(7) - Math.round(pageNumberLine / 2));
  return {
    pageWidth,
    pageHeight,
    margin,
    textWidth,
    textHeight,
    linePitch,
    charSpacing,
    charWidth,
    firstLine: Math.round(layout.首行缩进 * charWidth),
    bodySize: layout.字号.正文 * 2,
    titleSize: layout.字号.标题 * 2,
    pageNumberSize: pageNumberPt * 2,
    pageNumberLine,
    footer,
  };
}

/** 一段文字排出来的宽度（缇）：中文一个字宽，ASCII 字符半个字宽（公文字体的阿拉伯数字是半角）。 */
export function textWidthTwips(text: string, charWidth: number): number {
  let w = 0;
  for (const ch of text) w += isHalfWidth(ch) ? charWidth / 2 : charWidth;
  return Math.round(w);
}

/**
 * 一段文字排出来最宽有多宽（缇），用来判断"放不放得下"，宁宽勿窄，又不能宽太多（多出的部分成了多余的空白）：
 * 半角字符按两种字体里较宽的算：公文字体（仿宋_GB2312）的数字都是 0.5 个字宽；替代字体思源宋体的数字约 0.56 em，
 * 只有"1"窄（0.47 em），按 0.5 算。
 * 中文与半角字符相接处各加 0.21 个字宽：Word 和 LibreOffice 默认在中文与数字之间自动加间距，
 * LibreOffice 不读 .docx 里关掉它的设置（autoSpaceDN），在 PDF 上量得每处 3.2 磅（3 号字，含 −0.25 磅字距）。
 */
export function textWidthUpperBound(text: string, charWidth: number): number {
  let w = 0;
  let previous: boolean | undefined;
  for (const ch of text) {
    const half = isHalfWidth(ch);
    w += half ? charWidth * (ch === '1' ? 0.5 : 0.56) : charWidth;
    if (previous !== undefined && previous !== half) w += charWidth * 0.21;
    previous = half;
  }
  return Math.round(w);
}

function isHalfWidth(ch: string): boolean {
  return ch.charCodeAt(0) < 0x2e80 && ch !== '—';
}
