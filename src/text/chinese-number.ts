const DIGITS = '零一二三四五六七八九';

/** 1 → 一，10 → 十，21 → 二十一，105 → 一百零五（公文编号用）。 */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0) return String(n);
  if (n < 10) return DIGITS.charAt(n);
  if (n < 20) return '十' + (n % 10 ? DIGITS.charAt(n % 10) : '');
  if (n < 100) return DIGITS.charAt(Math.floor(n / 10)) + '十' + (n % 10 ? DIGITS.charAt(n % 10) : '');
  if (n < 1000) {
    const rest = n % 100;
    return (
      DIGITS.charAt(Math.floor(n / 100)) +
      '百' +
      (rest === 0 ? '' : rest < 10 ? '零' + DIGITS.charAt(rest) : rest < 20 ? '一' + chineseNumber(rest) : chineseNumber(rest))
    );
  }
  return String(n);
}
