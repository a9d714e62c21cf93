/**
 * 光标在 YAML 的哪里：正在写哪个键（或哪个键的值），它上面一层一层的键是什么。
 * 按缩进往上找（办事员写的是块状 YAML：每层两个空格，列表项以"- "开头），不必整份解析——
 * 文件写到一半、有错的时候补全照样能用。列表项在路径里是 '*'。
 */
export interface YamlContext {
  /** 上级的键：['正文', '*', '事项', '*']。 */
  path: string[];
  mode: 'key' | 'value';
  /** value 模式时：这个值属于哪个键。 */
  key?: string;
  /** 光标前已经打出的那一截（补全时替换它）。 */
  typed: string;
}

const indentOf = (line: string) => line.length - line.trimStart().length;

/** 列表项的"- "（可以连着几个）之后内容从第几列开始。 */
function contentIndent(line: string): { lead: number; content: number; dashed: boolean } {
  const lead = indentOf(line);
  const m = /^(?:-\s+)+/.exec(line.slice(lead));
  return { lead, content: lead + (m ? m[0].length : 0), dashed: m !== null };
}

const KEY_LINE = /^\s*(?:-\s+)*([^\s#:'"{[-][^:#]*?)\s*:(?:\s|$)/;

/** 第 lineIndex 行（从 0 起）之上的上级键。indent：这一行的内容从第几列开始。 */
function parentPath(lines: readonly string[], lineIndex: number, indent: number): string[] {
  const path: string[] = [];
  let need = indent;
  for (let i = lineIndex - 1; i >= 0 && need > 0; i--) {
    const line = lines[i] ?? '';
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const { lead, content, dashed } = contentIndent(line);
    if (lead >= need) continue;
    const key = KEY_LINE.exec(line)?.[1];
    const emptyValue = /:\s*(?:#.*)?$/.test(line);
    if (dashed) {
      // 列表项：光标在它的内容里（与它的键同列），或在它的"- 键:"下面更深处。
      if (need > content && key && emptyValue) path.unshift(key);
      path.unshift('*');
      need = lead;
    } else if (key) {
      path.unshift(key);
      need = lead;
    }
  }
  return path;
}

/** text：整个文件；line（从 1 起）、column（从 0 起，光标前的字符数）。 */
export function yamlContext(text: string, line: number, column: number): YamlContext | undefined {
  const lines = text.split('\n');
  const current = lines[line - 1] ?? '';
  const before = current.slice(0, column);
  if (/#/.test(before.replace(/"[^"]*"|'[^']*'/g, ''))) return undefined; // 在注释里
  const keyTyping = /^(\s*)((?:-\s+)*)([^\s:#'"{[]*)$/.exec(before);
  if (keyTyping) {
    const indent = (keyTyping[1] ?? '').length + (keyTyping[2] ?? '').length;
    const path = parentPath(lines, line - 1, indent);
    if (keyTyping[2]) path.push('*');
    return { path, mode: 'key', typed: keyTyping[3] ?? '' };
  }
  const valueTyping = /^(\s*)((?:-\s+)*)([^\s#:'"{[][^:#]*?)\s*:\s+([^#]*)$/.exec(before);
  if (valueTyping) {
    const indent = (valueTyping[1] ?? '').length + (valueTyping[2] ?? '').length;
    const path = parentPath(lines, line - 1, indent);
    if (valueTyping[2]) path.push('*');
    return { path, mode: 'value', key: valueTyping[3] ?? '', typed: (valueTyping[4] ?? '').trimStart() };
  }
  return undefined;
}

/** 光标所在的键（悬停说明用）：键的路径，和键在这一行里的起止列。 */
export function keyAt(text: string, line: number, column: number): { path: string[]; from: number; to: number } | undefined {
  const lines = text.split('\n');
  const current = lines[line - 1] ?? '';
  const m = /^(\s*)((?:-\s+)*)([^\s#:'"{[][^:#]*?)\s*:(?:\s|$)/.exec(current);
  if (!m) return undefined;
  const from = (m[1] ?? '').length + (m[2] ?? '').length;
  const to = from + (m[3] ?? '').length;
  if (column < from || column > to) return undefined;
  const path = parentPath(lines, line - 1, from);
  if (m[2]) path.push('*');
  return { path: [...path, m[3] ?? ''], from, to };
}
