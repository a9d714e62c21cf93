/**
 * 读 PDF 上文字的位置：poppler 的 pdftotext -bbox-layout 给出每页、每行、每个词的框（磅，原点在左上角，y 向下）。
 * 同一视觉行可能被 poppler 拆成几个 <line>（不同字体、分栏判断），按基线合并成"行"。
 */
import { execFileSync } from 'node:child_process';

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

interface PdfWord extends Box {
  text: string;
}

/** 页上的一行字：同一基线上的所有词，按 x 排好。 */
export interface PdfRow extends Box {
  words: PdfWord[];
  /** 行里的字，词与词之间不加空格（中文行里 poppler 按数字、字母断词）。 */
  text: string;
  /** 字号（磅），由字框高度推出，见 glyphBoxSize。 */
  size: number;
  /** 基线的 y。 */
  baseline: number;
}

export interface PdfPage {
  number: number;
  width: number;
  height: number;
  rows: PdfRow[];
}

/**
 * poppler 的字框：字体没有给出 Ascent/Descent 时（LibreOffice 导出的 PDF 里两者都是 0），
 * poppler 用默认值 0.95 和 −0.35，字框从基线以上 0.95 个字号到基线以下 0.35 个字号，高 1.3 个字号。
 * 由此从框推出字号和基线。字框高度不是 1.3 × 整数半磅时（另一种 PDF 写法），glyphBoxSize 返回 NaN，测试会失败而不是量错。
 */
const GLYPH_ASCENT = 0.95;
const GLYPH_DESCENT = 0.35;

function glyphBoxSize(height: number): number {
  const size = height / (GLYPH_ASCENT + GLYPH_DESCENT);
  return Math.abs(size * 2 - Math.round(size * 2)) < 0.02 ? Math.round(size * 2) / 2 : NaN;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescape = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENTITIES[e] ?? m),
  );

function box(attrs: string): Box {
  const n = (k: string) => Number(new RegExp(`${k}="([-\\d.]+)"`).exec(attrs)?.[1]);
  return { x0: n('xMin'), y0: n('yMin'), x1: n('xMax'), y1: n('yMax') };
}

/** 解析 pdftotext -bbox-layout 的输出。 */
function parseBboxLayout(html: string): PdfPage[] {
  const pages: PdfPage[] = [];
  const pageRe = /<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g;
  for (const p of html.matchAll(pageRe)) {
    const words: PdfWord[] = [];
    for (const w of p[3]!.matchAll(/<word ([^>]*)>([^<]*)<\/word>/g)) words.push({ ...box(w[1]!), text: unescape(w[2]!) });
    pages.push({ number: pages.length + 1, width: Number(p[1]), height: Number(p[2]), rows: rowsOf(words) });
  }
  return pages;
}

/** 把词按基线分行：基线相差不到 1 磅的算同一行。 */
function rowsOf(words: PdfWord[]): PdfRow[] {
  const rows: PdfRow[] = [];
  for (const w of words) {
    const size = glyphBoxSize(w.y1 - w.y0);
    const baseline = w.y1 - GLYPH_DESCENT * size;
    const row = rows.find((r) => Math.abs(r.baseline - baseline) < 1);
    if (row) {
      row.words.push(w);
      row.size = Math.max(row.size, size);
    } else rows.push({ x0: 0, y0: 0, x1: 0, y1: 0, words: [w], text: '', size, baseline });
  }
  for (const r of rows) {
    r.words.sort((a, b) => a.x0 - b.x0);
    r.x0 = Math.min(...r.words.map((w) => w.x0));
    r.x1 = Math.max(...r.words.map((w) => w.x1));
    r.y0 = Math.min(...r.words.map((w) => w.y0));
    r.y1 = Math.max(...r.words.map((w) => w.y1));
    r.text = r.words.map((w) => w.text).join('');
  }
  return rows.sort((a, b) => a.baseline - b.baseline);
}

/** 运行 pdftotext -bbox-layout，返回每页的行。 */
export function readPdfPages(pdf: string): PdfPage[] {
  return parseBboxLayout(
    execFileSync('pdftotext', ['-bbox-layout', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }),
  );
}

/** 磅 → 毫米。 */
export const ptToMm = (pt: number): number => (pt * 25.4) / 72;
export const mmToPt = (mm: number): number => (mm * 72) / 25.4;
