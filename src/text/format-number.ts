/** 数字的写法：不加千分位（公文习惯），小数去掉多余的 0。 */
export function formatNumber(n: number): string {
  if (Number.isInteger(n)) return String(n);
  return String(Number(n.toFixed(6)));
}
