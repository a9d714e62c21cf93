import type { Layout } from '../template/layout.js';

/** 毫米 → 缇（1/20 磅）。 */
export const mmToTwips = (mm: number): number => Math.round((mm * 1440) / 25.4);

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
  /** 页脚到纸边的距离：页码在版心下边缘以下 7 毫米。 */
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
  // 页码行的下沿到纸边：下边距 − 7 毫米 − 页码一行的高度。
  const footer = Math.max(0, margin.bottom - mmToTwips(7) - Math.round(pageNumberPt * 20 * 1.2));
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
    footer,
  };
}

/** 一段文字排出来的宽度（缇）：中文一个字宽，ASCII 字符半个字宽。 */
export function textWidthTwips(text: string, charWidth: number): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) < 0x2e80 && ch !== '—' ? charWidth / 2 : charWidth;
  return Math.round(w);
}
