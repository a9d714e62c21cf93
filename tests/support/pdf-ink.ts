/**
 * 量墨迹：把 PDF 一页上的一小块画成灰度图（pdftoppm -gray，PGM），找出有深色像素的行。
 * 页码的一字线（—）只有一笔横画，它画在哪里只有看墨迹才知道（字框的位置由字体的度量决定，不是横画的位置）。
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Box } from './pdf-bbox.js';

/** 每磅几个像素（288 dpi：1 像素 = 0.25 磅 ≈ 0.09 毫米）。 */
const SCALE = 4;

/** 区域里有墨迹（灰度 < 128）的像素行，返回这些行中心的 y（磅，页面坐标）。 */
export function inkRows(pdf: string, page: number, area: Box): number[] {
  const dir = mkdtempSync(join(tmpdir(), 'fzbg-ink-'));
  try {
    const x = Math.floor(area.x0 * SCALE);
    const y = Math.floor(area.y0 * SCALE);
    const w = Math.ceil((area.x1 - area.x0) * SCALE);
    const h = Math.ceil((area.y1 - area.y0) * SCALE);
    const base = join(dir, 'crop');
    execFileSync('pdftoppm', [
      '-f',
      String(page),
      '-l',
      String(page),
      '-r',
      String(72 * SCALE),
      '-gray',
      '-x',
      String(x),
      '-y',
      String(y),
      '-W',
      String(w),
      '-H',
      String(h),
      '-singlefile',
      pdf,
      base,
    ]);
    const { width, height, pixels } = readPgm(readFileSync(`${base}.pgm`));
    const rows: number[] = [];
    for (let r = 0; r < height; r++) {
      let dark = false;
      for (let c = 0; c < width && !dark; c++) dark = pixels[r * width + c]! < 128;
      if (dark) rows.push((y + r + 0.5) / SCALE);
    }
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** 二进制 PGM（P5，8 位）：头部是 "P5 宽 高 最大值"，以空白分隔，之后一个空白字符，然后是像素。 */
function readPgm(data: Buffer): { width: number; height: number; pixels: Buffer } {
  const fields: string[] = [];
  let i = 0;
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(data[i]!))) i++;
    if (data[i] === 0x23) {
      while (data[i] !== 0x0a) i++;
      continue;
    }
    let s = '';
    while (!/\s/.test(String.fromCharCode(data[i]!))) s += String.fromCharCode(data[i++]!);
    fields.push(s);
  }
  if (fields[0] !== 'P5' || fields[3] !== '255') throw new Error(`不是 8 位的 PGM：${fields.join(' ')}`);
  return { width: Number(fields[1]), height: Number(fields[2]), pixels: data.subarray(i + 1) };
}
