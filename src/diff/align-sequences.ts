import { diffArrays } from 'diff';
import { at } from '../core/at.js';
import { Grid } from '../core/grid.js';
import { LIMITS } from '../core/limits.js';

export type Change = { value: string[]; count: number; added?: boolean; removed?: boolean };

/**
 * 两列（段落或词）的对齐：最长公共子列。同样长的几种对齐里，按内容的散列值之和挑一种——
 * 只看内容、不看方向，所以 A 对 B 与 B 对 A 对齐出同样的东西（比较结果互为镜像）。
 * 先去掉相同的头尾；剩下的太长（动态规划表超过 400 万格）时改用 Myers 算法（jsdiff），不再保证镜像。
 */
export function alignSequences(a: readonly string[], b: readonly string[]): Change[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const out: Change[] = [];
  if (head) out.push({ value: a.slice(0, head), count: head });
  out.push(...(midA.length * midB.length > 4_000_000 ? myers(midA, midB) : lcs(midA, midB)));
  if (tail) out.push({ value: a.slice(a.length - tail), count: tail });
  return out;
}

function myers(a: readonly string[], b: readonly string[]): Change[] {
  // 改动太多（编辑距离超过预算）时不再细找：整段算删去旧的、写上新的。Myers 的工作量是长度 × 编辑距离。
  const changes = diffArrays([...a], [...b], { maxEditLength: LIMITS.diffEdits });
  if (!changes)
    return [
      ...(a.length ? [{ value: [...a], count: a.length, removed: true }] : []),
      ...(b.length ? [{ value: [...b], count: b.length, added: true }] : []),
    ];
  return changes.map((c) => ({
    value: c.value,
    count: c.value.length,
    ...(c.added ? { added: true } : {}),
    ...(c.removed ? { removed: true } : {}),
  }));
}

function lcs(a: readonly string[], b: readonly string[]): Change[] {
  const n = a.length;
  const m = b.length;
  const BIG = 2 ** 31;
  const w = (k: string) => BIG + (hash(k) % 2 ** 20);
  const score = new Grid(n + 1, m + 1);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const skip = Math.max(score.get(i + 1, j), score.get(i, j + 1));
      const x = at(a, i);
      score.set(i, j, x === at(b, j) ? Math.max(skip, w(x) + score.get(i + 1, j + 1)) : skip);
    }
  }
  const out: Change[] = [];
  const push = (kind: 'equal' | 'removed' | 'added', k: string) => {
    const last = out[out.length - 1];
    const same = last && (kind === 'removed' ? last.removed : kind === 'added' ? last.added : !last.added && !last.removed);
    if (same) {
      last.value.push(k);
      last.count++;
    } else out.push({ value: [k], count: 1, ...(kind === 'removed' ? { removed: true } : kind === 'added' ? { added: true } : {}) });
  };
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const x = at(a, i);
    if (x === at(b, j) && score.get(i, j) === w(x) + score.get(i + 1, j + 1)) {
      push('equal', x);
      i++;
      j++;
    } else if (score.get(i, j) === score.get(i + 1, j)) push('removed', at(a, i++));
    else push('added', at(b, j++));
  }
  while (i < n) push('removed', at(a, i++));
  while (j < m) push('added', at(b, j++));
  return out;
}

/** FNV-1a 散列（只用来在同样好的几种对齐之间挑一种）。 */
export function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
