import { displayWidth } from '../text/display-width.js';
import type { Diagnostic } from './diagnostic.js';

const LABEL = { error: '错误', warning: '警告' } as const;

/**
 * 终端里的一条问题：
 *   文件:行:列 错误 [代码] 说明
 *      12 | 年度: 2023年
 *         |       ^
 *       修改：怎么改
 */
export function formatDiagnostic(d: Diagnostic): string {
  const lines = [`${d.file}:${d.line}:${d.column} ${LABEL[d.severity]} [${d.code}] ${d.message}`];
  if (d.excerpt !== undefined && d.excerpt.trim() !== '') {
    const gutter = String(d.line).padStart(5);
    const shown = d.excerpt.replace(/\t/g, '→').slice(0, 120);
    lines.push(`${gutter} | ${shown}`);
    const pad = displayWidth([...shown].slice(0, Math.max(0, d.column - 1)).join(''));
    lines.push(`${' '.repeat(gutter.length)} | ${' '.repeat(pad)}^`);
  }
  if (d.fix) lines.push(`    修改：${d.fix}`);
  return lines.join('\n');
}
