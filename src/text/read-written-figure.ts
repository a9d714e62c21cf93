/**
 * 把一个数字在正文里的写法读回成数：1.06万 → 10600，万余 → 10000（约数，"余"），百余 → 100，
 * 约1.3万 → 13000（约数，"约"），三 → 3，94.0 → 94。读不出时为 undefined。
 * step：写法最后一位有效数字的位值（1.2万 → 1000，300 → 100），约数只许差在这一位之内。
 */
export interface WrittenFigure {
  value: number;
  step: number;
  /** 写了"余""多"：实际的数不小于 value、不到 value + step。 */
  more: boolean;
  /** 写了"约""近""左右"：实际的数四舍五入到这一位是 value。 */
  about: boolean;
}

const MAGNITUDE: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000, 万: 1e4, 亿: 1e8 };
const DIGIT: Readonly<Record<string, number>> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SHAPE = /^(约|近|大约)?(\d+(?:\.\d+)?|[〇零一二两三四五六七八九十百千]+)?(十|百|千|万|亿|万亿)?(余|多)?(左右)?$/;

export function readWrittenFigure(written: string): WrittenFigure | undefined {
  const m = SHAPE.exec(written.trim().replace(/[,，]/g, ''));
  if (!m) return undefined;
  const [, aboutWord, numberText, unit, moreWord, around] = m;
  if (numberText === undefined && unit === undefined) return undefined;
  const number = numberText === undefined ? { value: 1, step: 1 } : readNumber(numberText);
  if (!number) return undefined;
  const scale = unit === undefined ? 1 : unit === '万亿' ? 1e12 : (MAGNITUDE[unit] ?? 1);
  return {
    value: number.value * scale,
    step: number.step * scale,
    more: moreWord !== undefined,
    about: aboutWord !== undefined || around !== undefined,
  };
}

/** 阿拉伯数字或汉字数字，和它最后一位有效数字的位值。 */
function readNumber(text: string): { value: number; step: number } | undefined {
  if (/^\d/.test(text)) {
    const value = Number(text);
    const [whole = '', fraction = ''] = text.split('.');
    const significantFraction = fraction.replace(/0+$/, '');
    if (significantFraction.length > 0) return { value, step: 10 ** -significantFraction.length };
    const trailingZeros = /0*$/.exec(whole.replace(/^0+(?=\d)/, ''))?.[0].length ?? 0;
    return { value, step: value === 0 ? 1 : 10 ** Math.min(trailingZeros, whole.length - 1) };
  }
  // 汉字数字（一万以内）：三、十二、三百、一千二百
  let total = 0;
  let current = 0;
  let step = 1;
  for (const ch of text) {
    const d = DIGIT[ch];
    if (d !== undefined) {
      current = d;
      step = 1;
      continue;
    }
    const mag = MAGNITUDE[ch];
    if (mag === undefined) return undefined;
    total += (current || 1) * mag;
    current = 0;
    step = mag;
  }
  return { value: total + current, step: current ? 1 : step };
}
