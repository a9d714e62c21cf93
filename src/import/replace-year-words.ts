import { markEnclosed } from './mark-enclosed.js';
/**
 * 说报告年度的"2023年"改成 {{年度}}年（前一年、后一年同理），明年的数据文件只改年度就行。
 * 只改句首、分句开头的"2023年"和"2023年度"：日期（2023年3月10日）、书名号和括号里的年份、
 * 目标年份（"为2020年基本建成……"）、标题中间的"XX县2023年"都照原样。
 */
export function replaceYearWords(text: string, year: number): string {
  const names: Record<number, string> = { [year]: '{{年度}}', [year + 1]: '{{下一年度}}', [year - 1]: '{{上一年度}}' };
  const inside = enclosed(text);
  return text.replace(/((?:19|20)\d{2})(?=\s*年)/g, (m, y: string, offset: number) => {
    const name = names[Number(y)];
    if (!name || inside[offset]) return m;
    const rest = text.slice(offset + 4, offset + 16).replace(/^\s*年/, '');
    if (/^\s*\d{1,2}\s*月(?!\s*[—–\-~～至到])/.test(rest)) return m; // 日期
    const before = text[offset - 1];
    const atClauseStart = before === undefined || /[，。；：、！？\s（(]/.test(before);
    return atClauseStart || rest.startsWith('度') ? name : m;
  });
}

function enclosed(text: string): boolean[] {
  const out = markEnclosed(text, [
    ['《', '》'],
    ['〔', '〕'],
    ['“', '”'],
  ]);
  for (const m of text.matchAll(/（[^（）]{0,40}?\d{4}\s*[—–\-~～至]\s*\d{4}[^（）]{0,40}?）/g))
    for (let i = m.index; i < m.index + m[0].length; i++) out[i] = true;
  return out;
}
