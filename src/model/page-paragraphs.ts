/**
 * 逻辑块 → 纸面上的段落：接排的标题与下一块并成一段，连写的要点接在上一段后面。
 * .docx、修订稿和网页预览都用它分段，所以三者的段落一样。
 */
import { blockRuns, type Block, type HeadingLevel, type Run } from './document-model.js';

/** 纸面上一段的样式。 */
type ParagraphKind = 'title' | 'addressee' | 'heading' | 'body' | 'signature' | 'date' | 'note';

export interface PageParagraph {
  kind: ParagraphKind;
  /** 单列的标题的级别。 */
  level?: HeadingLevel;
  runs: Run[];
  /** 这一段里的逻辑块（第一块决定段落从哪里来）。 */
  blocks: Block[];
  /** 修订稿：段落标记本身是新增的（拒绝时与下一段合并）或删除的（接受时与下一段合并）。 */
  mark?: 'insert' | 'delete';
}

/** 按顺序看每一块：它是不是另起一段（否则接在上一段后面）。 */
export function paragraphStarts(blocks: readonly Block[]): boolean[] {
  let runInOpen = false;
  let lastKind: ParagraphKind | undefined;
  return blocks.map((block) => {
    const continues = lastKind !== undefined && (runInOpen || (block.kind === 'point' && block.joined && lastKind === 'body'));
    runInOpen = block.kind === 'heading' && block.runIn && !continues;
    if (!continues) lastKind = paragraphKind(block);
    return !continues;
  });
}

/** 一段由哪一块开头，就是什么样式：接排的标题、正文段落和要点都是正文。 */
function paragraphKind(block: Block): ParagraphKind {
  switch (block.kind) {
    case 'paragraph':
    case 'point':
      return 'body';
    case 'heading':
      return block.runIn ? 'body' : 'heading';
    case 'title':
    case 'addressee':
    case 'signature':
    case 'date':
    case 'note':
      return block.kind;
  }
}

export function newParagraph(block: Block, runs: Run[]): PageParagraph {
  const kind = paragraphKind(block);
  return { kind, ...(kind === 'heading' && block.kind === 'heading' ? { level: block.level } : {}), runs: [...runs], blocks: [block] };
}

export function pageParagraphs(blocks: readonly Block[]): PageParagraph[] {
  const starts = paragraphStarts(blocks);
  const out: PageParagraph[] = [];
  blocks.forEach((block, i) => {
    const last = out[out.length - 1];
    if (last && !starts[i]) {
      last.runs.push(...blockRuns(block));
      last.blocks.push(block);
    } else out.push(newParagraph(block, blockRuns(block)));
  });
  return out;
}
