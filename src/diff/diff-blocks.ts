/**
 * 两年文档的逐段比较：先按段落文字对齐（相同的段落），中间不同的几段再按相似度配成"改动的段落"，
 * 配上的逐词比较，配不上的是整段新增或删除。
 */
import { at } from '../core/at.js';
import { Grid } from '../core/grid.js';
import { textSimilarity } from '../text/text-similarity.js';
import { blockText, pointText, type Block } from '../model/document-model.js';
import { alignSequences, hash } from './align-sequences.js';
import { diffWords, type WordPart } from './diff-words.js';

export type BlockDiff =
  | { type: 'equal'; old: Block; new: Block }
  /** 文字相同、只是编号变了（前面删了一项，后面的顺次往前）：文字的比较里不算改动，修订稿里照改编号。 */
  | { type: 'renumbered'; old: Block; new: Block; parts: WordPart[] }
  /** moved：一字不差的同一段在另一处删除（挪了位置）。 */
  | { type: 'insert'; new: Block; moved?: true }
  | { type: 'delete'; old: Block; moved?: true }
  | { type: 'change'; old: Block; new: Block; parts: WordPart[] };

/** 两段算"同一段改了"的最低相似度。 */
const PAIR_AT = 0.4;

/** 对齐用的键：编号和"一是"不算（它们随前后的增删而变，不是这一段本身的改动）。 */
const key = (b: Block) =>
  `${b.kind}:${b.kind === 'heading' ? b.level : ''}:${b.kind === 'heading' ? b.text : b.kind === 'point' ? pointText(b) : blockText(b)}`;

export function diffBlocks(oldBlocks: readonly Block[], newBlocks: readonly Block[]): BlockDiff[] {
  const changes = alignSequences(oldBlocks.map(key), newBlocks.map(key));
  // 一字不差地在一处删除、在另一处出现的段落是挪了位置：不拿去与别的段落配对。
  const removedKeys = new Map<string, number>();
  const addedKeys = new Map<string, number>();
  for (const c of changes)
    for (const k of c.value)
      if (c.removed) removedKeys.set(k, (removedKeys.get(k) ?? 0) + 1);
      else if (c.added) addedKeys.set(k, (addedKeys.get(k) ?? 0) + 1);
  const movesLeft = (m: Map<string, number>, other: Map<string, number>) =>
    new Map([...m].map(([k, n]) => [k, Math.min(n, other.get(k) ?? 0)] as [string, number]));
  const oldMoves = movesLeft(removedKeys, addedKeys);
  const newMoves = movesLeft(addedKeys, removedKeys);
  const takeMove = (m: Map<string, number>, k: string) => {
    const n = m.get(k) ?? 0;
    if (n > 0) m.set(k, n - 1);
    return n > 0;
  };

  const out: BlockDiff[] = [];
  let removed: Side[] = [];
  let added: Side[] = [];
  const flush = () => {
    out.push(...pairHunk(removed, added));
    removed = [];
    added = [];
  };
  let i = 0;
  let j = 0;
  for (const c of changes) {
    const n = c.count ?? c.value.length;
    if (c.removed) {
      for (const b of oldBlocks.slice(i, i + n)) removed.push({ block: b, moved: takeMove(oldMoves, key(b)) });
      i += n;
    } else if (c.added) {
      for (const b of newBlocks.slice(j, j + n)) added.push({ block: b, moved: takeMove(newMoves, key(b)) });
      j += n;
    } else {
      flush();
      for (let k = 0; k < n; k++) {
        const o = oldBlocks[i + k];
        const nw = newBlocks[j + k];
        if (!o || !nw) continue;
        const [x, y] = [blockText(o), blockText(nw)];
        out.push(x === y ? { type: 'equal', old: o, new: nw } : { type: 'renumbered', old: o, new: nw, parts: diffWords(x, y) });
      }
      i += n;
      j += n;
    }
  }
  flush();
  return out;
}

interface Side {
  block: Block;
  /** 一字不差地挪到了别处：不与别的段落配对。 */
  moved: boolean;
}

const del = (s: Side): BlockDiff => (s.moved ? { type: 'delete', old: s.block, moved: true } : { type: 'delete', old: s.block });
const ins = (s: Side): BlockDiff => (s.moved ? { type: 'insert', new: s.block, moved: true } : { type: 'insert', new: s.block });

/** 一段删除和一段新增之间：按顺序配对（动态规划取相似度之和最大），配上的逐词比较。 */
function pairHunk(removedSides: Side[], addedSides: Side[]): BlockDiff[] {
  const k = removedSides.length;
  const m = addedSides.length;
  if (k === 0) return addedSides.map(ins);
  if (m === 0) return removedSides.map(del);
  const removed = removedSides.map((s) => s.block);
  const added = addedSides.map((s) => s.block);
  // 相似度一样时（常见：两段对调，各自只差编号），按内容的散列挑，两个方向挑的是同一对。
  const sim = removedSides.map((r) =>
    addedSides.map((a) => {
      if (r.moved || a.moved || r.block.kind !== a.block.kind) return 0;
      const x = blockText(r.block);
      const y = blockText(a.block);
      return textSimilarity(x, y, PAIR_AT) + ((hash(x) ^ hash(y)) >>> 0) * 1e-15;
    }),
  );
  const similarity = (x: number, y: number) => at(at(sim, x), y);
  const best = new Grid(k + 1, m + 1);
  for (let x = k - 1; x >= 0; x--) {
    for (let y = m - 1; y >= 0; y--) {
      const take = similarity(x, y) >= PAIR_AT ? similarity(x, y) + best.get(x + 1, y + 1) : -1;
      best.set(x, y, Math.max(take, best.get(x + 1, y), best.get(x, y + 1)));
    }
  }
  const out: BlockDiff[] = [];
  let x = 0;
  let y = 0;
  while (x < k && y < m) {
    if (similarity(x, y) >= PAIR_AT && best.get(x, y) === similarity(x, y) + best.get(x + 1, y + 1)) {
      const [o, n] = [at(removed, x), at(added, y)];
      out.push({ type: 'change', old: o, new: n, parts: diffWords(blockText(o), blockText(n)) });
      x++;
      y++;
    } else if (best.get(x, y) === best.get(x + 1, y)) out.push(del(at(removedSides, x++)));
    else out.push(ins(at(addedSides, y++)));
  }
  while (x < k) out.push(del(at(removedSides, x++)));
  while (y < m) out.push(ins(at(addedSides, y++)));
  return out;
}
