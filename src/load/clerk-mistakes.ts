/**
 * 办事员常见的手误，在 YAML 解析之前逐行找出来，用他们的话说：
 * 中文全角冒号"："当成了 YAML 的冒号；列表里用了中文逗号"，"。
 * 只看像"键："的位置（已知的键名），不碰正文文字里的冒号。
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';

export function findClerkMistakes(text: string, file: string, knownKeys: ReadonlySet<string>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const lines = text.split(/\r?\n/);
  let blockIndent = -1; // 块文字（| 或 >）的键所在缩进；块里的行不检查
  lines.forEach((line, i) => {
    const indent = line.length - line.trimStart().length;
    if (blockIndent >= 0) {
      if (line.trim() === '' || indent > blockIndent) return;
      blockIndent = -1;
    }
    if (/^\s*#/.test(line)) return;
    const tab = /^[ ]*\t/.exec(line);
    if (tab) {
      out.push({
        code: 'yaml/tab-indent',
        severity: 'error',
        file,
        line: i + 1,
        column: tab[0].length,
        message: '行首用了 Tab 键缩进。',
        fix: 'YAML 只能用空格缩进：把行首的 Tab 换成空格（每一层两个空格，与同一层的键对齐）。',
      });
    }
    if (/:\s*[|>][-+]?\s*(#.*)?$/.test(line)) blockIndent = indent;

    // 行首的"键："（可在列表的"- "之后），或流式映射 {键：值} 里的"键："
    const keyColon = /(^\s*(?:-\s+)?|[{,]\s*)([^\s#:：'"{}[\],]+)：/g;
    for (const m of line.matchAll(keyColon)) {
      if (!knownKeys.has(m[2])) continue;
      const column = (m.index ?? 0) + m[0].length; // "：" 的列（从 1 起）
      out.push({
        code: 'yaml/full-width-colon',
        severity: 'error',
        file,
        line: i + 1,
        column,
        message: `键"${m[2]}"后面用了中文全角冒号"："。`,
        fix: `把"："改成英文半角冒号":"，冒号后面留一个空格：${m[2]}: …`,
      });
    }
    // 流式列表 [甲，乙]：中文逗号不分项，整个成了一项
    const flow = /:\s*\[([^\]]*)\]/.exec(line);
    if (flow && flow[1].includes('，') && !flow[1].includes(',')) {
      out.push({
        code: 'yaml/full-width-comma',
        severity: 'warning',
        file,
        line: i + 1,
        column: (flow.index ?? 0) + flow[0].indexOf('，') + 1,
        message: '方括号列表里用了中文逗号"，"，整个被当成了一项。',
        fix: '如果是几项，把"，"改成英文逗号","：[县委, 县人大常委会]。',
      });
    }
  });
  return out;
}

/** 引号只有一半的行（双引号个数为奇数）：YAML 会一直读到文件末尾才报错，这里指回开头那一行。 */
export function unclosedQuoteLine(text: string): { line: number; column: number } | undefined {
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (/^\s*#/.test(l)) continue;
    const quotes = [...l.matchAll(/(?<!\\)"/g)];
    if (quotes.length % 2 === 1) return { line: i + 1, column: (quotes[quotes.length - 1].index ?? 0) + 1 };
  }
  return undefined;
}

/** 把行首的 Tab 换成 width 个空格（只在内存里，用来在报告 Tab 之后继续检查其余的问题）。 */
export function expandLeadingTabs(text: string, width: number): string {
  return text.replace(/^[ \t]+/gm, (lead) => lead.replace(/\t/g, ' '.repeat(width)));
}
