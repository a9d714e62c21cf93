import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { lineProblem, type SourceLine } from './source-line.js';

/** 年份后面直接跟着几位数字和"日"或"月"（"2023215日"）：网页把日期里的"年""月"丢了。 */
const DAMAGED = /(?<![\d.])(?:19|20)\d{2}\d{1,4}(?=\s*[日号])|(?<![\d.])(?:19|20)\d{2}\d{1,2}(?=\s*月)/g;

/** 找出被网页弄坏的日期：照原样保留，提醒办事员对照原件改正（不当作指标）。 */
export function findDamagedDigits(lines: readonly SourceLine[], file: string, isDocx: boolean): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const line of lines) {
    for (const m of line.text.matchAll(DAMAGED)) {
      const where = isDocx ? `第 ${line.line} 段` : `第 ${line.line} 行`;
      out.push(
        lineProblem(
          file,
          line,
          'import/damaged-date',
          'warning',
          `${where}的"${m[0]}${line.text[m.index + m[0].length]}"像是丢了"年""月"的日期（网页常把日期的字弄丢），已照原样保留。`,
          '对照原件改正这个日期（如"2023年2月15日"）；导入不会把它当作数字。',
          m.index,
        ),
      );
    }
  }
  return out;
}
