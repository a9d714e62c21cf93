/**
 * 办事员常见的手误，在 YAML 解析之前逐行找出来，用他们的话说：
 * 中文全角冒号"："当成了 YAML 的冒号；列表里用了中文逗号"，"。
 * 只看像"键："的位置（已知的键名），不碰正文文字里的冒号。
 */
import { fileDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';

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
      out.push(
        fileDiagnostic('yaml/tab-indent', file, '行首用了 Tab 键缩进。', {
          fix: 'YAML 只能用空格缩进：把行首的 Tab 换成空格（每一层两个空格，与同一层的键对齐）。',
          line: i + 1,
          column: tab[0].length,
        }),
      );
    }
    if (/:\s*[|>][-+]?\s*(#.*)?$/.test(line)) blockIndent = indent;

    for (const { key, column } of keyColons(line)) {
      if (knownKeys.has(key)) out.push(fullWidthColon(file, key, i + 1, column));
    }
    // 行首的"键:值"：冒号后面没有空格，YAML 不认它是键
    const noSpace = /^(\s*(?:-\s+)?)([^\s#:：'"{}[\],]+):(?=[^\s/])/.exec(line);
    const noSpaceKey = noSpace?.[2];
    if (noSpace && noSpaceKey !== undefined && knownKeys.has(noSpaceKey)) {
      out.push(
        fileDiagnostic('yaml/colon-space', file, `键"${noSpace[2]}"的冒号后面少了一个空格。`, {
          fix: `在冒号后面加一个空格：${noSpace[2]}: …`,
          line: i + 1,
          column: noSpace[0].length,
        }),
      );
    }
    // 流式映射 {甲: 1，乙: 2}：中文逗号不分项
    for (const m of line.matchAll(FLOW_COMMA)) {
      if (!knownKeys.has(m[2] ?? '') || !insideFlow(line.slice(0, m.index))) continue;
      out.push(fullWidthComma(file, i + 1, (m.index ?? 0) + m[0].indexOf('，') + 1));
    }
    // 流式列表 [甲，乙]：中文逗号不分项，整个成了一项
    const flow = /:\s*\[([^\]]*)\]/.exec(line);
    const items = flow?.[1] ?? '';
    if (flow && items.includes('，') && !items.includes(',')) {
      out.push(
        fileDiagnostic('yaml/full-width-comma', file, '方括号列表里用了中文逗号"，"，整个被当成了一项。', {
          fix: '如果是几项，把"，"改成英文逗号","：[县委, 县人大常委会]。',
          line: i + 1,
          column: (flow.index ?? 0) + flow[0].indexOf('，') + 1,
          severity: 'warning',
        }),
      );
    }
  });
  return out;
}

/** 花括号里分隔两项的中文逗号：{甲: 1，乙: 2}（后面是"名字:"或"名字："）。 */
const FLOW_COMMA = /[^\s{，]\s*(，)\s*([^\s#:：'"{}[\],，]+)(?::\s|：)/g;

/** 一行的花括号里分隔两项的中文逗号的列（从 1 起），不论名字是不是数据格式里的键。 */
export function flowCommas(line: string): number[] {
  return [...line.matchAll(FLOW_COMMA)]
    .filter((m) => insideFlow(line.slice(0, m.index)))
    .map((m) => (m.index ?? 0) + m[0].indexOf('，') + 1);
}

export function fullWidthComma(file: string, line: number, column: number): Diagnostic {
  return fileDiagnostic('yaml/full-width-comma', file, '花括号 { } 里用了中文逗号"，"分隔两项。', {
    fix: '把"，"改成英文逗号","：{收到申请: 233, 受理: 177}。',
    line,
    column,
    severity: 'error',
  });
}

/** 行首的"键："（可在列表的"- "之后），或流式映射 {键：值} 里的"键："。 */
const KEY_COLON = /(^\s*(?:-\s+)?|[{,，]\s*)([^\s#:：'"{}[\],，]+)：/g;

/** 这段文字结束时还在花括号里（{ 比 } 多，可以套几层）。 */
function insideFlow(before: string): boolean {
  return (before.match(/\{/g) ?? []).length > (before.match(/\}/g) ?? []).length;
}

/** 键名不会很长：长的是一句话（"……现将有关情况报告如下："），不是键。 */
const MAX_KEY_CHARS = 24;

/**
 * 一行里像"键："的全角冒号：键名和"："的列（从 1 起）。花括号里的（{键：值，键：值}）要真在花括号里、
 * 不在引号括起的文字里。
 */
export function keyColons(line: string): { key: string; column: number }[] {
  if (!line.includes('：')) return [];
  return [...line.matchAll(KEY_COLON)]
    .filter((m) => {
      const key = m[2] ?? '';
      if ([...key].length > MAX_KEY_CHARS) return false;
      if (/^\s*(?:-\s+)?$/.test(m[1] ?? '')) return true;
      const before = line.slice(0, (m.index ?? 0) + (m[1] ?? '').length);
      return insideFlow(before) && (before.match(/"/g) ?? []).length % 2 === 0;
    })
    .map((m) => ({ key: m[2] ?? '', column: (m.index ?? 0) + m[0].length }));
}

export function fullWidthColon(file: string, key: string, line: number, column: number): Diagnostic {
  return fileDiagnostic('yaml/full-width-colon', file, `键"${key}"后面用了中文全角冒号"："。`, {
    fix: `把"："改成英文半角冒号":"，冒号后面留一个空格：${key}: …`,
    line,
    column,
  });
}

/**
 * 引号只有一半的行：YAML 会一直读到文件末尾才报错，这里指回开头那一行。
 * 双引号看个数是否为奇数；单引号只看值以它开头、行末却没有它的（中文里的撇号不算）。
 */
export function unclosedQuoteLine(text: string): { line: number; column: number } | undefined {
  const lines = text.split(/\r?\n/);
  for (const [i, l] of lines.entries()) {
    if (/^\s*#/.test(l)) continue;
    const quotes = [...l.matchAll(/(?<!\\)"/g)];
    if (quotes.length % 2 === 1) return { line: i + 1, column: (quotes.at(-1)?.index ?? 0) + 1 };
    const single = /^(\s*(?:-\s+)?(?:[^\s#:'"]+:\s+)?)'/.exec(l);
    if (single && !/'\s*(#.*)?$/.test(l.slice(single[0].length))) return { line: i + 1, column: single[0].length };
  }
  return undefined;
}

/** 把行首的 Tab 换成 width 个空格（只在内存里，用来在报告 Tab 之后继续检查其余的问题）。 */
export function expandLeadingTabs(text: string, width: number): string {
  return text.replace(/^[ \t]+/gm, (lead) => lead.replace(/\t/g, ' '.repeat(width)));
}

/**
 * 把行首带 Tab 的行按上下文改成空格（只在内存里）：Tab 算几个空格说不准，按它该在的位置猜——
 * 上一行以冒号结尾（下面是它的下级）就比上一行的键多缩进两格，否则与上一行的键对齐（列表项与上一项的"-"对齐）。
 * 猜对了，后面的检查就像 Tab 换成了空格一样；猜不出时（上面没有行）按两个空格。
 */
export function expandTabsByContext(text: string): string {
  const lines = text.split('\n');
  let prev: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const lead = /^[ \t]*/.exec(line)?.[0] ?? '';
    if (lead.includes('\t') && line.trim() !== '') {
      const content = line.slice(lead.length);
      lines[i] = ' '.repeat(prev === undefined ? 2 : expectedIndent(prev, content)) + content;
    }
    const current = lines[i] ?? '';
    if (current.trim() !== '' && !current.trimStart().startsWith('#')) prev = current;
  }
  return lines.join('\n');
}

function expectedIndent(prev: string, content: string): number {
  const p = prev.replace(/\r$/, '');
  const dash = /^(\s*)-\s+/.exec(p);
  const keyIndent = dash ? dash[0].length : p.length - p.trimStart().length;
  if (/:\s*(#.*)?$/.test(p)) return keyIndent + 2;
  if (content.startsWith('-') && dash) return (dash[1] ?? '').length;
  return keyIndent;
}
