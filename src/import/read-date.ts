import { parseChineseDatePart } from './chinese-numerals.js';

const DATE_ONLY =
  /^(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*[\d〇零一二三四五六七八九十]{1,3}\s*月\s*[\d〇零一二三四五六七八九十]{1,3}\s*日$/;
/** 网页的日期行：2024-03-15、2024/3/15、2024.03.15，可以带时刻（10:20、10:20:31）。 */
const NUMERIC_DATE_LINE = /^(?:19|20)\d{2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;
/** 丢了"年""月"的日期："202438""2023228""2024年38日"：年份后面只剩数字。 */
const DAMAGED = /^((?:19|20)\d{2})\s*年?\s*(\d{2,4})\s*日?$/;

/** 落款的日期："2020年12月28日""二〇二四年一月二十五日"。 */
export function isDateLine(text: string): boolean {
  return DATE_ONLY.test(text);
}

/** 只有日期（和时刻）的一行，网页上常这样标发布日期。 */
export function isNumericDateLine(text: string): boolean {
  return NUMERIC_DATE_LINE.test(text);
}

/** 像是丢了"年""月"的日期的一行（能不能读出来另说）。 */
export function isDamagedDateLine(text: string): boolean {
  return DAMAGED.test(text) && !/^\d{4}$/.test(text.trim());
}

/** 2020年12月28日、二〇二〇年十二月二十八日、2020-12-28 → 2020-12-28。 */
export function isoDate(text: string): string | undefined {
  const m =
    /((?:19|20)\d{2}|[〇零一二三四五六七八九]{4})\s*[年\-/.]\s*([\d〇零一二三四五六七八九十]{1,3})\s*[月\-/.]\s*([\d〇零一二三四五六七八九十]{1,3})/.exec(
      text,
    );
  if (!m) return undefined;
  const [y, mo, d] = [m[1], m[2], m[3]].map((p) => (p && /^\d+$/.test(p) ? Number(p) : parseChineseDatePart(p ?? '')));
  return y && mo && d ? calendarDate(y, mo, d) : undefined;
}

/**
 * 丢了"年""月"的日期（"202438"）的各种读法：年份后面的数字拆成月和日，日历上有的才算。
 * "202438"只能读作 2024-03-08；"2024112"可以是 1月12日 也可以是 11月2日，读法不止一种。
 */
export function readDamagedDate(text: string): string[] {
  const m = DAMAGED.exec(text.trim());
  if (!m) return [];
  const [, year = '', digits = ''] = m;
  const readings: string[] = [];
  for (let cut = 1; cut < digits.length; cut++) {
    const month = digits.slice(0, cut);
    const day = digits.slice(cut);
    if (month.length > 2 || day.length > 2) continue;
    const iso = calendarDate(Number(year), Number(month), Number(day));
    if (iso) readings.push(iso);
  }
  return readings;
}

/** 日历上有的日子写成 2024-03-08；没有这一天时为 undefined。 */
function calendarDate(y: number, m: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
