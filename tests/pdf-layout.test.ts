/**
 * 在排出来的页面上证明公文版式（GB/T 9704）：fzbg build --pdf 把四份样例一次转成 PDF，
 * 用 poppler 的文字坐标（pdftotext -bbox-layout）和墨迹（pdftoppm）量：每页 22 行、每行 28 字、
 * 天头 37 毫米、订口 28 毫米、标题居中、页码位置、落款和附注、各级字体的替代。
 * 怎样从字框量到行框，见 tests/support/pdf-page-geometry.ts 开头的说明。
 * 每份样例第 1、2 页的图留在 out/pages/<地区>-<年度>-<页>.png，给人看。
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCommand } from '../src/commands/build.js';
import type { Io } from '../src/commands/io.js';
import { blockText, type Block } from '../src/model/document-model.js';
import { packageRoot } from '../src/paths.js';
import { outputPaths } from '../src/write/output-paths.js';
import { buildFile } from './support/build-in-memory.js';
import { mmToPt, readPdfPages, type PdfPage, type PdfRow } from './support/pdf-bbox.js';
import { textFonts, type TextFont } from './support/pdf-fonts.js';
import {
  bodyRows,
  charsInside,
  footerRows,
  isCjkOnly,
  lineTop,
  measuredPitch,
  mm,
  PAGE,
  shortenedByLineBreakRules,
  slot,
} from './support/pdf-page-geometry.js';
import { inkRows } from './support/pdf-ink.js';
import { SEEDS } from './support/seed-bodies.js';

/** 允许的偏差：1 毫米（GB/T 9704 对天头、订口的允差）。 */
const TOLERANCE = mmToPt(1);

interface Sample {
  file: string;
  name: string;
  pdf: string;
  pages: PdfPage[];
  pitch: number;
  blocks: Block[];
  fonts: TextFont[];
}

const samples = new Map<string, Sample>();
const measured: Record<string, Record<string, string | number>> = {};

const quietIo = (): Io & { text: string } => {
  const io = { text: '', isTTY: false, out: (t: string) => void (io.text += t + '\n'), err: (t: string) => void (io.text += t + '\n') };
  return io;
};

beforeAll(async () => {
  const out = mkdtempSync(join(tmpdir(), 'fzbg-pdf-layout-'));
  const io = quietIo();
  const code = await buildCommand(
    SEEDS.map((s) => s.data),
    { out, pdf: true },
    io,
  );
  expect(code, io.text).toBe(0);
  const pngDir = join(packageRoot(), 'out', 'pages');
  mkdirSync(pngDir, { recursive: true });
  for (const s of SEEDS) {
    const built = await buildFile(s.data);
    const { 地区, 年度 } = built.report;
    const pdf = outputPaths(out, 地区, 年度).pdf;
    const pages = readPdfPages(pdf);
    samples.set(s.data, {
      file: s.data,
      name: `${地区}-${年度}`,
      pdf,
      pages,
      pitch: measuredPitch(pages),
      blocks: built.model.blocks,
      fonts: textFonts(pdf),
    });
    for (const page of [1, 2]) {
      execFileSync('pdftoppm', [
        '-r',
        '60',
        '-png',
        '-f',
        String(page),
        '-l',
        String(page),
        '-singlefile',
        pdf,
        join(pngDir, `${地区}-${年度}-${page}`),
      ]);
    }
  }
});

const near = (actual: number, expected: number, what: string) =>
  expect(
    Math.abs(actual - expected),
    `${what}：量得 ${mm(actual).toFixed(2)} 毫米，应为 ${mm(expected).toFixed(2)} 毫米（±1）`,
  ).toBeLessThanOrEqual(TOLERANCE);

const rowOf = (s: Sample, text: string): { page: PdfPage; row: PdfRow } | undefined => {
  for (const page of s.pages) {
    const row = bodyRows(page).find((r) => r.text === text.replace(/\s/g, ''));
    if (row) return { page, row };
  }
  return undefined;
};

describe.each(SEEDS.map((s) => [s.data] as const))('%s 的 PDF 页面', (file) => {
  const s = () => samples.get(file)!;
  const note = (key: string, value: string | number) => ((measured[s().name] ??= {})[key] = value);

  it('行距是版心高的 22 分之一；每一行都落在 22 行里的某一行上，满页 22 行', () => {
    const { pages, pitch } = s();
    expect(Math.abs(pitch - mmToPt(225) / 22)).toBeLessThan(0.1);
    let fullPages = 0;
    for (const page of pages) {
      const slots = bodyRows(page).map((r) => slot(r, pitch));
      for (const k of slots) {
        expect(Math.abs(k - Math.round(k)), `第 ${page.number} 页有一行不在行位上（${k.toFixed(2)}）`).toBeLessThan(0.05);
        expect(Math.round(k), `第 ${page.number} 页超出 22 行`).toBeLessThanOrEqual(PAGE.lines - 1);
      }
      expect(Math.round(slots[0]!), `第 ${page.number} 页第一行不在版心顶上`).toBe(0);
      if (slots.length === PAGE.lines) fullPages++;
    }
    expect(fullPages).toBeGreaterThan(0);
    note('页数', pages.length);
    note('满 22 行的页', fullPages);
    note('行距（磅）', pitch.toFixed(2));
  });

  it('天头 37 毫米、订口 28 毫米（每一页）', () => {
    const { pages, pitch } = s();
    const tops: number[] = [];
    for (const page of pages) {
      const rows = bodyRows(page);
      const top = lineTop(rows[0]!, pitch);
      near(top, PAGE.top, `第 ${page.number} 页天头`);
      tops.push(top);
      if (rows.length >= 10) near(Math.min(...rows.map((r) => r.x0)), PAGE.left, `第 ${page.number} 页订口`);
    }
    const lefts = pages.flatMap((p) => bodyRows(p).map((r) => r.x0));
    note('天头（毫米）', mm(tops[1] ?? tops[0]!).toFixed(2));
    note('订口（毫米）', mm(Math.min(...lefts)).toFixed(2));
  });

  it('一行 28 个字：满行都是 28 字（少一字的是换行禁则），29 字放不下', () => {
    const { pages } = s();
    const rows = pages.flatMap((p) => bodyRows(p).filter((r) => r.size === 16));
    let full = 0;
    let short = 0;
    rows.forEach((r, i) => {
      // 只看纯中文、从订口排到版心右边的行（poppler 在空格、数字处断词，纯中文行只有一个词）。
      if (r.words.length !== 1 || !isCjkOnly(r.text) || Math.abs(r.x0 - PAGE.left) > TOLERANCE || r.x1 < PAGE.right - PAGE.char / 2) return;
      const n = charsInside(r);
      if (n === 28) {
        full++;
        expect(r.x1 - (r.x1 > PAGE.right + 1 ? PAGE.char : 0), `28 字的行超出版心：${r.text}`).toBeLessThanOrEqual(PAGE.right + 0.5);
      } else {
        short++;
        expect(n, `这一行是 ${n} 字：${r.text}`).toBe(27);
        expect(shortenedByLineBreakRules(rows[i + 1]?.text), `27 字的行不是禁则造成的：${r.text} | ${rows[i + 1]?.text}`).toBe(true);
      }
    });
    expect(full).toBeGreaterThan(short);
    // 字距：不折行的纯中文行（段落末行）字与字的间距，29 个这样的字比版心宽。
    const natural = rows.filter(
      (r) => r.words.length === 1 && isCjkOnly(r.text) && r.x1 < PAGE.right - 2 * PAGE.char && [...r.text].length >= 10,
    );
    const pitchX = Math.min(...natural.map((r) => (r.x1 - r.x0) / [...r.text].length));
    expect(29 * pitchX).toBeGreaterThan(PAGE.right - PAGE.left);
    note('28 字满行', full);
    note('禁则少一字的行', short);
    note('字距（磅）', pitchX.toFixed(2));
  });

  it('标题居中；标题下空一行', () => {
    const { pages, pitch, blocks } = s();
    const titleRows = bodyRows(pages[0]!).filter((r) => r.size === 22);
    const title = blockText(blocks.find((b) => b.kind === 'title')!);
    expect(titleRows.map((r) => r.text).join('')).toBe(title.replace(/\s/g, ''));
    for (const r of titleRows) near((r.x0 + r.x1) / 2, PAGE.centre, `标题"${r.text}"的中点`);
    const next = bodyRows(pages[0]!)[titleRows.length]!;
    expect(Math.round(slot(next, pitch))).toBe(Math.round(slot(titleRows.at(-1)!, pitch)) + 2);
    note('标题行数', titleRows.length);
    note('标题中点偏差（毫米）', titleRows.map((r) => mm((r.x0 + r.x1) / 2 - PAGE.centre).toFixed(2)).join(' '));
  });

  it('页码"— n —"：一字线在版心下边缘以下 7 毫米；单页居右空一字，双页居左空一字', () => {
    const { pages, pdf } = s();
    const oneChar = 14; // 4 号字
    for (const page of pages) {
      const rows = footerRows(page);
      expect(rows.map((r) => r.text)).toEqual([`—${page.number}—`]);
      const r = rows[0]!;
      if (page.number % 2 === 1) near(PAGE.right - r.x1, oneChar, `第 ${page.number} 页页码右空`);
      else near(r.x0 - PAGE.left, oneChar, `第 ${page.number} 页页码左空`);
      // 左边那条一字线的横画（只取它的中段，不碰数字）。
      const ink = inkRows(pdf, page.number, { x0: r.x0 + 3, x1: r.x0 + 11, y0: r.y0, y1: r.y1 });
      expect(ink.length, `第 ${page.number} 页页码没有墨迹`).toBeGreaterThan(0);
      const dash = (ink[0]! + ink.at(-1)!) / 2;
      near(dash - PAGE.bottom, mmToPt(7), `第 ${page.number} 页一字线到版心下边缘`);
      if (page.number <= 2) {
        note(
          page.number === 1 ? '单页页码右空（毫米）' : '双页页码左空（毫米）',
          mm(page.number === 1 ? PAGE.right - r.x1 : r.x0 - PAGE.left).toFixed(2),
        );
        note(`第 ${page.number} 页一字线距版心（毫米）`, mm(dash - PAGE.bottom).toFixed(2));
      }
    }
  });

  it('落款：正文下空一行，署名右空二字，日期首字比署名首字右移二字（日期长时日期右空二字），附注在日期下一行空二字，落款不单独成页', () => {
    const { blocks, pitch } = s();
    const two = 2 * PAGE.char;
    const sigBlock = blocks.find((b) => b.kind === 'signature');
    const dateBlock = blocks.find((b) => b.kind === 'date')!;
    const date = rowOf(s(), blockText(dateBlock));
    expect(date, '日期没有排成一行').toBeDefined();
    const rows = bodyRows(date!.page);
    const first = sigBlock ? rowOf(s(), blockText(sigBlock)) : date;
    expect(first, '署名没有排成一行').toBeDefined();
    expect(first!.page).toBe(date!.page);
    const at = rows.indexOf(first!.row);
    expect(at, '落款单独成页').toBeGreaterThan(0);
    expect(Math.round(slot(first!.row, pitch))).toBe(Math.round(slot(rows[at - 1]!, pitch)) + 2);
    const d = date!.row;
    if (sigBlock) {
      const sig = first!.row;
      expect(Math.round(slot(d, pitch))).toBe(Math.round(slot(sig, pitch)) + 1);
      near(d.x0 - sig.x0, two, '日期首字比署名首字右移');
      if (d.x1 - d.x0 <= sig.x1 - sig.x0) near(PAGE.right - sig.x1, two, '署名右空');
      else near(PAGE.right - d.x1, two, '日期（比署名长）右空');
      note('署名右空（毫米）', mm(PAGE.right - sig.x1).toFixed(2));
      note('日期右移（毫米）', mm(d.x0 - sig.x0).toFixed(2));
    } else {
      near(PAGE.right - d.x1, 2 * two, '只有日期时日期右空四字');
    }
    note('日期右空（毫米）', mm(PAGE.right - d.x1).toFixed(2));
    const noteBlock = blocks.find((b) => b.kind === 'note');
    if (noteBlock) {
      const n = rowOf(s(), blockText(noteBlock));
      expect(n?.page).toBe(date!.page);
      expect(Math.round(slot(n!.row, pitch))).toBe(Math.round(slot(d, pitch)) + 1);
      near(n!.row.x0 - PAGE.left, two, '附注左空');
      note('附注左空（毫米）', mm(n!.row.x0 - PAGE.left).toFixed(2));
    }
  });

  it('主送机关在标题下空一行、顶格', () => {
    const { blocks, pages, pitch } = s();
    const addressee = blocks.find((b) => b.kind === 'addressee');
    if (!addressee) return;
    const row = rowOf(s(), blockText(addressee))!;
    expect(row.page.number).toBe(1);
    const titleRows = bodyRows(pages[0]!).filter((r) => r.size === 22);
    expect(Math.round(slot(row.row, pitch))).toBe(Math.round(slot(titleRows.at(-1)!, pitch)) + 2);
    near(row.row.x0, PAGE.left, '主送机关顶格');
  });

  it('字体：小标宋 → 思源宋体粗体，黑体 → 思源黑体，楷体 → 文鼎楷体，仿宋 → 思源宋体', () => {
    const { fonts, blocks } = s();
    const fontOf = (text: string) => {
      const head = text.replace(/\s/g, '').slice(0, 6);
      const hit = fonts.find((f) => f.text.startsWith(head));
      expect(hit, `PDF 里找不到"${head}"`).toBeDefined();
      return hit!;
    };
    const title = fontOf(blockText(blocks.find((b) => b.kind === 'title')!));
    expect([title.family, title.bold]).toEqual([expect.stringMatching(/^NotoSerifCJK/), true]);
    const h1 = fontOf(blockText(blocks.find((b) => b.kind === 'heading' && b.level === 1)!));
    expect(h1.family).toMatch(/^NotoSansCJK/);
    const h2 = blocks.find((b) => b.kind === 'heading' && b.level === 2);
    if (h2) expect(fontOf(blockText(h2)).family).toMatch(/^UKai/);
    const body = fontOf(blockText(blocks.find((b) => b.kind === 'paragraph')!));
    expect([body.family, body.bold]).toEqual([expect.stringMatching(/^NotoSerifCJK/), false]);
    const families = new Set(fonts.map((f) => f.family));
    expect(
      [...families].filter((f) => !/^(NotoSerifCJK|NotoSansCJK|UKai)/.test(f)),
      '有字体没有按 fonts.conf 替代',
    ).toEqual([]);
  });
});

describe('量得的数字', () => {
  it('打印给人看', () => {
    console.table(measured);
    expect(Object.keys(measured)).toHaveLength(SEEDS.length);
  });
});
