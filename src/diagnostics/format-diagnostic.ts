import type { Diagnostic } from './diagnostic.js';

const LABEL = { error: '错误', warning: '警告' } as const;

/** 终端里的显示宽度：中文等全角字符占两格。 */
function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text)
    w +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ||
      ch.codePointAt(0)! > 0xffff
        ? 2
        : 1;
  return w;
}

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
