/**
 * 修订稿：由逐段比较做出带修订标记的段落（新增、删除的文字）。接受全部修订得到新一年的文档，
 * 拒绝全部修订得到上一年的文档。
 */
import { blockRuns, type Block, type Run } from '../model/document-model.js';
import type { BlockDiff } from './diff-blocks.js';
import type { WordPart } from './diff-words.js';

export interface RedlineBlock {
  /** 段落样式取自哪个块（新的一年；整段删除时取上一年）。 */
  style: Block;
  runs: Run[];
}

export function redline(diff: readonly BlockDiff[]): RedlineBlock[] {
  return diff.map((d): RedlineBlock => {
    switch (d.type) {
      case 'equal':
        return { style: d.new, runs: blockRuns(d.new) };
      case 'insert':
        return { style: d.new, runs: blockRuns(d.new).map((r) => ({ ...r, revision: 'insert' as const })) };
      case 'delete':
        return { style: d.old, runs: blockRuns(d.old).map((r) => ({ ...r, revision: 'delete' as const })) };
      case 'change':
        return { style: d.new, runs: partsToRuns(d.parts, blockRuns(d.old), blockRuns(d.new)) };
    }
  });
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
