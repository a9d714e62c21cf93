/**
 * 行 → 页：每页排满版式的行数（国标 22 行），断页的地方照 LibreOffice 打开 .docx 时的做法挪：
 *   - "与下段同页"的段落（各级标题、落款前的一段、署名）整段跟着下一段到下一页：标题不落在页尾，落款不单独成页；
 *   - 孤行控制（各 2 行）：一段在页尾只剩一行、或在下一页页首只有一行时，多挪一行或整段挪下去。
 * 段前、段后的空行到了页首就不要了。
 */
import type { PreviewLine } from './preview-lines.js';

/** 一页上的一行，和它前面空几行。 */
export interface PlacedLine {
  line: PreviewLine;
  gap: number;
}

/** 孤行控制：段落被分在两页时，每页至少留几行。 */
const MIN_LINES = 2;

export function paginate(lines: readonly PreviewLine[], perPage: number): PlacedLine[][] {
  const pages: PlacedLine[][] = [];
  let start = 0;
  while (start < lines.length) {
    const end = fill(lines, start, perPage);
    pages.push(place(lines.slice(start, end)));
    start = end;
  }
  return pages.length ? pages : [[]];
}

/** 从 start 起这一页放到哪一行为止（不含）。 */
function fill(lines: readonly PreviewLine[], start: number, perPage: number): number {
  let used = 0;
  let i = start;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (!line) break;
    const gap = i === start ? 0 : gapBefore(lines, i);
    if (used + gap + 1 > perPage) break;
    used += gap + 1;
  }
  if (i >= lines.length || i === start) return Math.max(i, start + 1);
  const at = adjustBreak(lines, start, i);
  return at > start ? at : i;
}

/** 断页处往前挪，直到"与下段同页"和孤行控制都满足（挪到页首都不满足时就地断开）。 */
function adjustBreak(lines: readonly PreviewLine[], start: number, first: number): number {
  let at = first;
  for (let guard = 0; guard < lines.length && at > start; guard++) {
    const before = lines[at - 1];
    const after = lines[at];
    if (!before || !after) break;
    if (before.keepWithNext) {
      at -= before.lineIndex + 1; // 整段跟着下一段走（LibreOffice 不在这里把段落拆开）
      continue;
    }
    if (before.paragraph === after.paragraph) {
      const above = after.lineIndex; // 这一段留在本页的行数
      const below = after.lineCount - after.lineIndex;
      const keep = lines[at + below - 1]?.keepWithNext === true;
      if (above < MIN_LINES || keep) {
        // 页尾只剩一行；或者是"与下段同页"的段落——LibreOffice 不拆开它，整段挪下去。
        at -= above;
        continue;
      }
      if (below < MIN_LINES) {
        const short = MIN_LINES - below;
        at -= above - short >= MIN_LINES ? short : above;
        continue;
      }
    }
    break;
  }
  return at;
}

function gapBefore(lines: readonly PreviewLine[], i: number): number {
  const line = lines[i];
  const prev = lines[i - 1];
  return (line?.gapBefore ?? false) || (prev?.gapAfter ?? false) ? 1 : 0;
}

/** 一页上的行，各自前面空几行（页首不空）。 */
function place(page: readonly PreviewLine[]): PlacedLine[] {
  return page.map((line, i) => ({ line, gap: i === 0 ? 0 : line.gapBefore || page[i - 1]?.gapAfter ? 1 : 0 }));
}
