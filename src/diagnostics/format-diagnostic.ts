import { displayWidth } from '../text/display-width.js';
import type { Diagnostic } from './diagnostic.js';

const LABEL = { error: '错误', warning: '警告' } as const;

/** 摘录最多占这么宽（显示宽度，汉字算 2）：一行"一是……"常有几百字，整行印出来在终端里会折成好几行。 */
const EXCERPT_WIDTH = 100;
/** 列在摘录里的位置：前面至少留这么宽的上下文。 */
const CONTEXT_BEFORE = 40;

/**
 * 终端里的一条问题：
 *   文件:行:列 错误 [代码] 说明
 *      12 | 年度: 2023年
 *         |       ^
 *       修改：怎么改
 * 长的行只摘出问题所在的一段（前后用"…"），^ 指在问题的那个字下面。
 */
export function formatDiagnostic(d: Diagnostic): string {
  const lines = [`${d.file}:${d.line}:${d.column} ${LABEL[d.severity]} [${d.code}] ${d.message}`];
  if (d.excerpt !== undefined && d.excerpt.trim() !== '') {
    const gutter = String(d.line).padStart(5);
    const { shown, caret } = excerptWindow(d.excerpt.replace(/\t/g, '→'), d.column);
    lines.push(`${gutter} | ${shown}`);
    lines.push(`${' '.repeat(gutter.length)} | ${' '.repeat(caret)}^`);
  }
  if (d.fix) lines.push(`    修改：${d.fix}`);
  return lines.join('\n');
}

/** 一行里围着第 column 列（从 1 起，按 UTF-16 代码单元，与编辑器一致）的一段，和 ^ 前面要空的显示宽度。 */
export function excerptWindow(line: string, column: number): { shown: string; caret: number } {
  const chars = [...line];
  // 列换成第几个字：扩展区的汉字（如 𠀾）占两个代码单元，却是一个字。
  const at = Math.min([...line.slice(0, Math.max(0, column - 1))].length, chars.length);
  if (displayWidth(line) <= EXCERPT_WIDTH) return { shown: line, caret: displayWidth(chars.slice(0, at).join('')) };
  // 从问题的字往左取上下文，再往右取到总宽度。
  let start = at;
  while (start > 0 && displayWidth(chars.slice(start - 1, at).join('')) <= CONTEXT_BEFORE) start--;
  let end = at;
  while (end < chars.length && displayWidth(chars.slice(start, end + 1).join('')) <= EXCERPT_WIDTH) end++;
  // 右边到头了：往左多取一些，窗口一样宽。
  while (start > 0 && end === chars.length && displayWidth(chars.slice(start - 1, end).join('')) <= EXCERPT_WIDTH) start--;
  const head = start > 0 ? '…' : '';
  const tail = end < chars.length ? '…' : '';
  return {
    shown: head + chars.slice(start, end).join('') + tail,
    caret: displayWidth(head + chars.slice(start, at).join('')),
  };
}
