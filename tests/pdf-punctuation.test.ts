/**
 * PDF 不丢标点（issue 12 的第 1 条）：满行（28 字）之后的第 29 个字是标点（，。、）时，
 * LibreOffice 曾把它"悬挂"在版心之外却不画出来，文字层里也没有（南昌县 .md 652 个标点，PDF 里 642 个）。
 * 原因和改法见 src/docx/styles.ts 里 overflowPunctuation 的说明。
 *
 * 这里证明两件事：
 * 1. data/ 里每一份样例，.md 预览里的每一种标点在 PDF 文字层里一样多（逐个标点比）。
 * 2. 看页面的图：造一段第一行第 29 个字正好是逗号的正文，逗号在页面上有墨迹，在版心之内，版心右边没有悬挂的标点。
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { buildCommand } from '../src/commands/build.js';
import { packageRoot } from '../src/paths.js';
import { outputPaths } from '../src/write/output-paths.js';
import { captureIo } from './support/capture-io.js';
import { readPdfPages, type PdfPage, type PdfRow } from './support/pdf-bbox.js';
import { inkRows } from './support/pdf-ink.js';
import { PAGE } from './support/pdf-page-geometry.js';
import { sampleDataFiles } from './support/produced-docx.js';
import { asRecord, countMarks, printedTextOfMarkdown, printedTextOfPdf } from './support/punctuation-marks.js';

const SAMPLES = sampleDataFiles();

/**
 * 造的一段导语，全是汉字（每个字一样宽）：首行缩进两字后 26 个字排满第一行，第二行 28 个字排满，第二行之后的第 29 个字是逗号。
 * 丢标点的正是这样的行（从版心左边排起的满行）；首行缩进的第一行后面的标点 LibreOffice 原来也悬挂，但画出来了。
 */
const FIRST_LINE = '全县各级行政机关坚持依法行政推进严格规范公正文明执法';
const FULL_LINE = '各部门全面履行法治建设职责健全依法决策机制规范行政权运行';
const REST = '着力提升行政执法质量和效能不断增强人民群众的获得感和满意度。';
const MARK = '，';
const TEXT = FIRST_LINE + FULL_LINE + MARK + REST;
const REGION = '标点县';

let out = '';

/** 示例县 2023 的数据，地区改成标点县，导语换成上面那一段。 */
function writeFixture(dir: string): string {
  const data = parse(readFileSync('data/示例县/2023.yaml', 'utf8')) as Record<string, unknown>;
  data.地区 = REGION;
  data.导语 = TEXT;
  const file = join(dir, REGION, '2023.yaml');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, stringify(data));
  return file;
}

const pathsOf = (file: string) => outputPaths(out, basename(dirname(file)), Number(basename(file, '.yaml')));

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'fzbg-pdf-punct-'));
  out = join(dir, 'out');
  const io = captureIo();
  const code = await buildCommand([...SAMPLES, writeFixture(join(dir, 'data'))], { out, pdf: true }, io);
  expect(code, io.stderr).toBe(0);
});

describe.each(SAMPLES)('%s', (file) => {
  it('.md 预览里的每一种标点，PDF 的文字层里一样多', () => {
    const { md, pdf } = pathsOf(file);
    const expected = countMarks(printedTextOfMarkdown(readFileSync(md, 'utf8')));
    const actual = countMarks(printedTextOfPdf(readPdfPages(pdf)));
    // 样例里确实有满行之后的标点可丢：，。、 都有几十上百个。
    expect(expected.get('，') ?? 0).toBeGreaterThan(20);
    expect(asRecord(actual)).toEqual(asRecord(expected));
  });
});

describe('满行之后的标点（页面的图）', () => {
  /** 造的那一段在 PDF 上的头三行。 */
  function fixtureRows(): { pdf: string; page: PdfPage; rows: [PdfRow, PdfRow, PdfRow] } {
    const pdf = outputPaths(out, REGION, 2023).pdf;
    for (const page of readPdfPages(pdf)) {
      const i = page.rows.findIndex((r) => r.text.startsWith(FIRST_LINE.slice(0, 8)));
      const [a, b, c] = [page.rows[i], page.rows[i + 1], page.rows[i + 2]];
      if (i >= 0 && a && b && c) return { pdf, page, rows: [a, b, c] };
    }
    throw new Error('PDF 里找不到造的那一段');
  }

  /** 一行里第 index 个字的格子（行里都是全角字，字距均匀），左右各收 1 磅，不沾邻字的墨迹。 */
  function cell(row: PdfRow, index: number) {
    const w = (row.x1 - row.x0) / [...row.text].length;
    return { x0: row.x0 + index * w + 1, x1: row.x0 + (index + 1) * w - 1, y0: row.y0, y1: row.y1 };
  }

  it('从版心左边排起的满行之后的逗号：在文字层里、在版心之内（挤进本行或随前一字移到下一行），那一格有墨迹', () => {
    expect([[...FIRST_LINE].length, [...FULL_LINE].length]).toEqual([26, 28]); // 28 字 − 首行缩进 2 字；28 字
    const { pdf, page, rows } = fixtureRows();
    const [first, full, next] = rows;
    expect(first.text).toBe(FIRST_LINE);
    // 第二行是满行：从版心左边排到版心右边
    expect(Math.abs(full.x0 - PAGE.left)).toBeLessThan(1);
    expect(Math.abs(full.x1 - PAGE.right)).toBeLessThan(1.5);
    const row = full.text.includes(MARK) ? full : next;
    const index = [...row.text].indexOf(MARK);
    expect(index, `PDF 的文字层里没有这个逗号：${full.text} / ${next.text}`).toBeGreaterThanOrEqual(0);
    // 三行连起来正是原文的开头：一个字也没丢，次序不变
    expect(TEXT.startsWith(first.text + full.text + next.text)).toBe(true);
    expect(row.x1, '标点悬挂在版心右边之外').toBeLessThanOrEqual(PAGE.right + 1);
    expect(inkRows(pdf, page.number, cell(row, index)).length, '逗号的格子里没有墨迹').toBeGreaterThan(0);
    // 对照：满行右边、版心之外的一格是空白（同一个量法量得出"没有"）
    const margin = { x0: PAGE.right + 1, x1: PAGE.right + PAGE.char, y0: full.y0, y1: full.y1 };
    expect(inkRows(pdf, page.number, margin)).toEqual([]);
    // 给人看：这三行的图
    const png = join(packageRoot(), 'out', 'pages', `${REGION}-行末标点`);
    mkdirSync(dirname(png), { recursive: true });
    const px = (pt: number) => String(Math.round((pt * 150) / 72));
    execFileSync('pdftoppm', [
      ...['-f', String(page.number), '-l', String(page.number), '-r', '150', '-png', '-singlefile'],
      ...['-x', px(PAGE.left - 10), '-y', px(first.y0 - 6), '-W', px(PAGE.right - PAGE.left + 40), '-H', px(next.y1 - first.y0 + 12)],
      pdf,
      png,
    ]);
  });
});
