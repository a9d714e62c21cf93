import { diffChars } from 'diff';

/** 比较前的规范化：全角半角统一（NFKC），去掉所有空白。 */
export function normalizeForComparison(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

/**
 * 两段文字按字符的相似度：2 × 相同字符数 ÷ 两段总字数（Myers 差分，jsdiff）。
 * 1 为完全相同。
 */
export function textSimilarity(a: string, b: string): number {
  const x = normalizeForComparison(a);
  const y = normalizeForComparison(b);
  if (x.length + y.length === 0) return 1;
  let common = 0;
  for (const part of diffChars(x, y)) if (!part.added && !part.removed) common += part.value.length;
  return (2 * common) / (x.length + y.length);
}
