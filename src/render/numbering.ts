import { chineseNumber } from '../text/chinese-number.js';

/** 按版式里的写法生成编号："（{汉字}）" + 2 → "（二）"，"{数字}." + 3 → "3."。 */
export function formatNumbering(pattern: string, n: number): string {
  return pattern.replace(/\{汉字\}/g, chineseNumber(n)).replace(/\{数字\}/g, String(n));
}

/** 要点的前缀：一是、二是……／一要、二要……／无。 */
export function enumerationPrefix(kind: '一是' | '一要' | '无', index: number): string {
  if (kind === '无') return '';
  return chineseNumber(index + 1) + kind.slice(1);
}
