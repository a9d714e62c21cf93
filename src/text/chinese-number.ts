const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一，10 → 十，21 → 二十一，105 → 一百零五（公文编号用）。 */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0) return String(n);
  if (n < 10) return DIGITS[n];
  if (n < 20) return '十' + (n % 10 ? DIGITS[n % 10] : '');
  if (n < 100) return DIGITS[Math.floor(n / 10)] + '十' + (n % 10 ? DIGITS[n % 10] : '');
  if (n < 1000) {
    const rest = n % 100;
    return (
      DIGITS[Math.floor(n / 100)] +
      '百' +
      (rest === 0 ? '' : rest < 10 ? '零' + DIGITS[rest] : rest < 20 ? '一' + chineseNumber(rest) : chineseNumber(rest))
    );
  }
  return String(n);
}
