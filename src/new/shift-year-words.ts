/**
 * 新年度的文字里把"年份词"往后挪一年：指报告年度（2023年、2023年度）和下一年度（2024年工作打算）的。
 * 不动的：具体日期（2023年3月10日、2023年3月）、年份区间（2021—2025年）、书名号里的文件名
 * （《……（2021—2025年）》）、文号〔2023〕、目标年份（为2020年基本建成、到2025年）、其他年份。每一处改动都记下来给办事员看；
 * 书名号里留着的本年度（《2023年度望都县政府学法计划》）也记下来，请办事员确认今年是不是有了新的文件。
 */
export interface YearWordChange {
  before: string;
  after: string;
  /** 在原文里的下标。 */
  index: number;
  kept?: string;
  /** 书名号里的文件名（《2023年度望都县政府学法计划》）：照旧留着，请办事员确认今年是不是有了新的文件。 */
  bookTitle?: string;
}

const YEAR_WORD = /(\d{4})(年)/g;

export function shiftYearWords(text: string, reportYear: number): { text: string; changes: YearWordChange[] } {
  const changes: YearWordChange[] = [];
  let out = '';
  let last = 0;
  for (const m of text.matchAll(YEAR_WORD)) {
    const index = m.index ?? 0;
    const year = Number(m[1]);
    if (year !== reportYear && year !== reportYear + 1) continue;
    const before = text.slice(0, index);
    const after = text.slice(index + m[0].length);
    const context = () => text.slice(Math.max(0, index - 6), Math.min(text.length, index + m[0].length + 8));
    if (/[\d〔[（(—\-－~～至到]$/.test(before)) continue; // 区间的后一半、文号、别的数字的一部分
    if (/(为|到|于|截至|截止)$/.test(before)) continue; // "为2020年基本建成"：目标年份，不是报告年度
    if (/^\d{1,2}月/.test(after)) {
      changes.push({ before: context(), after: context(), index, kept: '具体日期，没有改' });
      continue;
    }
    if (insideBookTitle(before)) {
      const title = bookTitleAround(text, index);
      changes.push({ before: context(), after: context(), index, kept: '书名号里的文件名，没有改', bookTitle: title });
      continue;
    }
    const moved = `${year + 1}年`;
    out += text.slice(last, index) + moved;
    last = index + m[0].length;
    const ctxStart = Math.max(0, index - 6);
    const ctxEnd = Math.min(text.length, index + m[0].length + 8);
    changes.push({
      before: text.slice(ctxStart, ctxEnd),
      after: text.slice(ctxStart, index) + moved + text.slice(index + m[0].length, ctxEnd),
      index,
    });
  }
  return { text: out + text.slice(last), changes };
}

/** 前文里《 比 》多：当前位置在书名号里。 */
function insideBookTitle(before: string): boolean {
  let depth = 0;
  for (const ch of before) {
    if (ch === '《') depth++;
    else if (ch === '》') depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}

/** 下标 index 所在的书名号，连同《》。 */
function bookTitleAround(text: string, index: number): string {
  const open = text.lastIndexOf('《', index);
  const close = text.indexOf('》', index);
  return close < 0 ? text.slice(open) : text.slice(open, close + 1);
}
