import { at } from '../core/at.js';

/** 编辑距离（按字符），给"是不是要写……"挑最接近的键。 */
function distance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, i) => i);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) {
      cur[j] = Math.min(at(prev, j) + 1, at(cur, j - 1) + 1, at(prev, j - 1) + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return at(prev, y.length);
}

/** 最接近 word 的候选；相差太多（超过一半）时不猜。 */
export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = distance(word, c);
    const overlap = [...word].some((ch) => c.includes(ch));
    if (d < bestD && overlap) {
      best = c;
      bestD = d;
    }
  }
  if (best === undefined) return undefined;
  return bestD <= Math.max(1, Math.ceil(Math.max([...word].length, [...best].length) / 2)) ? best : undefined;
}
