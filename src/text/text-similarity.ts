import { diffChars } from 'diff';
import { LIMITS } from '../core/limits.js';

/** 比较前的规范化：全角半角统一（NFKC），去掉所有空白。 */
export function normalizeForComparison(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

/**
 * 两段文字按字符的相似度：2 × 相同字符数 ÷ 两段总字数（Myers 差分，jsdiff）。
 * 1 为完全相同。
 *
 * floor：调用者只关心不低于它的值（diff 两两对照几百段时）。低于它的只保证返回的也低于它，不必算准：
 * 先用两段共有的字数（不管次序）估一个上限，上限就低于 floor 的直接返回；否则差分时限定编辑距离，
 * 超过就说明低于 floor。两段全不相同的文字做完整的差分很慢（一对要几毫秒），几百段两两对照就是几分钟。
 */
export function textSimilarity(a: string, b: string, floor = 0): number {
  const x = normalizeForComparison(a);
  const y = normalizeForComparison(b);
  const total = x.length + y.length;
  if (total === 0) return 1;
  if (floor > 0 || total > LIMITS.similarityChars) {
    const bound = (2 * sharedCharacters(x, y)) / total;
    // 很长的两段（几万字）只按共有的字数估：逐字差分的工作量是长度 × 差别，两段二十万字要几分钟。
    if (bound < floor || total > LIMITS.similarityChars) return bound;
  }
  const parts = floor > 0 ? diffChars(x, y, { maxEditLength: Math.ceil((1 - floor) * total) + 1 }) : diffChars(x, y);
  if (!parts) return Math.max(0, floor - 1e-9);
  let common = 0;
  for (const part of parts) if (!part.added && !part.removed) common += part.value.length;
  return (2 * common) / total;
}

/** 两段文字共有的字数（按字计数，不管次序）：相同字符数的上限。 */
function sharedCharacters(x: string, y: string): number {
  const counts = new Map<string, number>();
  for (const c of x) counts.set(c, (counts.get(c) ?? 0) + 1);
  let shared = 0;
  for (const c of y) {
    const n = counts.get(c) ?? 0;
    if (n > 0) {
      shared += c.length;
      counts.set(c, n - 1);
    }
  }
  return shared;
}
