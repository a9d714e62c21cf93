/**
 * GB/T 9704 的版面（磅）和在 PDF 上量它的方法。
 *
 * 量"行"的方法：poppler 给的是字框，不是行框。每段都是固定值行距（579 缇 = 28.95 磅），
 * LibreOffice 排固定值行距时把基线放在行顶以下 80 % 行高处（sw/source/core/text/itrform2.cxx，
 * SvxLineSpaceRule::Fix："nAsc = 4 * nLineHeight / 5"），字框又是从基线以上 0.95 个字号起（见 pdf-bbox.ts）。
 * 所以行顶 = 基线 − 0.8 × 行距，基线 = 字框顶 + 0.95 × 字号。3 号字的字框顶在行顶以下
 * 0.8 × 28.95 − 0.95 × 16 = 7.96 磅（2.8 毫米）：直接拿字框顶当天头会多量出近 3 毫米。
 * 一页上第 k 行（从 0 数）的行顶应在 天头 + k × 行距；"槽位" k = (行顶 − 天头) ÷ 行距 应是整数。
 */
import { mmToPt, ptToMm, type PdfPage, type PdfRow } from './pdf-bbox.js';

/** 版心：A4，天头 37 毫米，订口 28 毫米，版心 156 × 225 毫米。 */
export const PAGE = {
  top: mmToPt(37),
  left: mmToPt(28),
  right: mmToPt(28 + 156),
  bottom: mmToPt(37 + 225),
  centre: mmToPt(28 + 156 / 2),
  /** 一个字（版心宽 ÷ 28）。 */
  char: mmToPt(156 / 28),
  lines: 22,
};

/** 固定值行距里基线在行顶以下的比例（LibreOffice）。 */
const BASELINE_IN_LINE = 0.8;

/** 版心里的行（不含页码）。 */
export function bodyRows(page: PdfPage): PdfRow[] {
  return page.rows.filter((r) => r.baseline < PAGE.bottom);
}

/** 版心下面的行（页码）。 */
export function footerRows(page: PdfPage): PdfRow[] {
  return page.rows.filter((r) => r.y0 > PAGE.bottom);
}

/** 行距：同一页上相邻两行基线之差的平均（隔了空行的不算；LibreOffice 把位置取整到 0.05 毫米，单个差是 28.9 或 29.0）。 */
export function measuredPitch(pages: PdfPage[]): number {
  const diffs: number[] = [];
  for (const p of pages) {
    const rows = bodyRows(p);
    for (let i = 1; i < rows.length; i++) {
      const d = rows[i]!.baseline - rows[i - 1]!.baseline;
      if (d < mmToPt(225 / 22) * 1.5) diffs.push(d);
    }
  }
  return diffs.reduce((a, b) => a + b, 0) / diffs.length;
}

/** 行顶（磅）。 */
export function lineTop(row: PdfRow, pitch: number): number {
  return row.baseline - BASELINE_IN_LINE * pitch;
}

/** 行所在的槽位（从 0 数，应是整数）。 */
export function slot(row: PdfRow, pitch: number): number {
  return (lineTop(row, pitch) - PAGE.top) / pitch;
}

/** 全是全角字（汉字、全角标点、引号、破折号）的一行。 */
export function isCjkOnly(text: string): boolean {
  return /^[\u2014\u2018\u2019\u201c\u201d\u2026\u3000-\u303f\u3400-\u9fff\uff01-\uff5e]+$/u.test(text);
}

const OPENING = '“‘（《〈「『【〔［｛';
const CLOSING = '”’）》〉」』】〕］｝，。、；：？！…';

/**
 * 这一行少排一个字是不是换行禁则造成的（下一行的开头决定）：
 * 行末不能是开引号、开括号（下一行以它开头）；行首不能是闭引号、闭括号、点号（它和前一个字一起挪到下一行）；
 * 下一行以半角数字、字母开头（"2020年"这样的词放不进剩下的一个字宽）。
 */
export function shortenedByLineBreakRules(next: string | undefined): boolean {
  if (!next) return false;
  const [a = '', b] = [...next];
  return OPENING.includes(a) || (b !== undefined && CLOSING.includes(b)) || /^[0-9A-Za-z]/.test(a);
}

/** 字数，不算挂在版心右边以外的标点（行尾标点悬挂）。 */
export function charsInside(row: PdfRow): number {
  const n = [...row.text].length;
  return row.x1 > PAGE.right + 1 ? n - 1 : n;
}

export const mm = ptToMm;
