const DIGIT: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一、十一、二十三、一百零五 → 数字；认不出时为 undefined。 */
export function parseChineseNumber(text: string): number | undefined {
  if (!/^[〇零一二两三四五六七八九十百]+$/.test(text)) return undefined;
  let total = 0;
  let current = 0;
  for (const ch of text) {
    if (ch === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else if (ch === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else {
      current = current * 10 + (DIGIT[ch] ?? 0);
    }
  }
  return total + current;
}

/** 日期里的汉字数字：二〇二四 → 2024（逐字），十二 → 12。 */
export function parseChineseDatePart(text: string): number | undefined {
  if (/^[〇零一二三四五六七八九]{4}$/.test(text)) return Number([...text].map((c) => DIGIT[c]).join(''));
  return parseChineseNumber(text);
}
