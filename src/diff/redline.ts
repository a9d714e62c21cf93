/**
 * 修订稿：由逐块的比较做出带修订标记的段落。接受全部修订得到新一年的文档，拒绝全部修订得到上一年的文档。
 * 两年的分段可能不同（删了一段、连写的要点前面的段落没了）：纸面上的段落按两年分段的并集切开，
 * 只有新一年才有的段落标记记为"新增"，只有上一年才有的记为"删除"，Word 接受或拒绝时会把段落合上。
 */
import { blockRuns, type Block, type Run } from '../model/document-model.js';
import { newParagraph, paragraphStarts, type PageParagraph } from '../model/page-paragraphs.js';
import type { BlockDiff } from './diff-blocks.js';
import type { WordPart } from './diff-words.js';

interface Entry {
  old?: Block;
  new?: Block;
  runs: Run[];
}

export function redlineParagraphs(diff: readonly BlockDiff[]): PageParagraph[] {
  const entries = diff.map((d): Entry => {
    switch (d.type) {
      case 'equal':
        return { old: d.old, new: d.new, runs: blockRuns(d.new) };
      case 'insert':
        return { new: d.new, runs: blockRuns(d.new).map((r) => ({ ...r, revision: 'insert' as const })) };
      case 'delete':
        return { old: d.old, runs: blockRuns(d.old).map((r) => ({ ...r, revision: 'delete' as const })) };
      case 'change':
      case 'renumbered':
        return { old: d.old, new: d.new, runs: partsToRuns(d.parts, blockRuns(d.old), blockRuns(d.new)) };
    }
  });
  const oldStarts = paragraphStarts(entries.flatMap((e) => (e.old ? [e.old] : [])));
  const newStarts = paragraphStarts(entries.flatMap((e) => (e.new ? [e.new] : [])));
  const out: PageParagraph[] = [];
  let o = 0;
  let n = 0;
  let open = false;
  for (const e of entries) {
    const block = e.new ?? e.old;
    if (!block) continue;
    const last = out[out.length - 1];
    if (open && last) {
      last.runs.push(...e.runs);
      last.blocks.push(block);
    } else out.push(newParagraph(block, e.runs));
    // 一边的下一块另起一段时，段落在这一块之后断开（断在最早的地方：删掉的一段连同它的段落标记一起删掉）。
    const breakOld = e.old !== undefined && oldStarts[++o] === true;
    const breakNew = e.new !== undefined && newStarts[++n] === true;
    open = !breakOld && !breakNew;
    const current = out[out.length - 1];
    if (current && breakOld !== breakNew) current.mark = breakNew ? 'insert' : 'delete';
    else if (current) delete current.mark;
  }
  return out;
}

/** 逐词的差别落到原来的文字段上（接排标题的字体跟着走）：相同和新增按新文字的段，删除按旧文字的段。 */
function partsToRuns(parts: readonly WordPart[], oldRuns: readonly Run[], newRuns: readonly Run[]): Run[] {
  const out: Run[] = [];
  let oldPos = 0;
  let newPos = 0;
  for (const part of parts) {
    const runs = part.type === 'delete' ? oldRuns : newRuns;
    let pos = part.type === 'delete' ? oldPos : newPos;
    let rest = part.text;
    while (rest.length > 0) {
      const { run, end } = runAt(runs, pos);
      const take = Math.max(1, Math.min(rest.length, end - pos));
      const piece: Run = { text: rest.slice(0, take) };
      if (run?.heading) piece.heading = run.heading;
      if (part.type !== 'equal') piece.revision = part.type;
      out.push(piece);
      rest = rest.slice(take);
      pos += take;
    }
    if (part.type !== 'insert') oldPos += part.text.length;
    if (part.type !== 'delete') newPos += part.text.length;
  }
  return out;
}

function runAt(runs: readonly Run[], pos: number): { run?: Run; end: number } {
  let start = 0;
  for (const r of runs) {
    const end = start + r.text.length;
    if (pos < end) return { run: r, end };
    start = end;
  }
  return { end: Number.MAX_SAFE_INTEGER };
}
