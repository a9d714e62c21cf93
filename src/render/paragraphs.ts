/** 数据里的一段文字 → 文档里的段落：空行分段，段内的换行去掉（两边都是中文时不留空格）。 */

export function splitParagraphs(text: string): string[] {
  return text
    .split(/\r?\n[ \t\u3000]*\r?\n/)
    .map(oneLine)
    .filter((p) => p.length > 0);
}

/** 中文字符和中文标点（含弯引号、省略号、破折号所在的通用标点区）：两边有它时换行不留空格。 */
const CJK = /[\u2014-\u2026\u3000-\u9fff\uff00-\uffef]/;

/** 段内的换行去掉：两边有中文时直接相连，否则留一个空格。 */
export function oneLine(text: string): string {
  return text
    .replace(/[ \t]*\r?\n[ \t]*/g, (m, offset: number, all: string) => {
      const before = all[offset - 1] ?? '';
      const after = all[offset + m.length] ?? '';
      return CJK.test(before) || CJK.test(after) ? '' : ' ';
    })
    .trim();
}
