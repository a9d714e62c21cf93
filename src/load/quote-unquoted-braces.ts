/**
 * 值以 {{ 开头却没有加引号（导语: {{年度}}年，……）：YAML 把 { 当成花括号写法（{键: 值}），
 * 整行读错，或者悄悄读成一组键值。这是照着 README 写 {{年度}} 最常见的手误，所以在解析之前认出来：
 * 报一条说明（给出加好引号的样子），并在内存里给整段加上引号，其余的检查照样做（文件本身不动）。
 */
import { fileDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';

/** 行首的"键: "或"- "之后紧接着 {{（或只有一层的 {指标.…}）。键名不含引号、冒号和括号。 */
const START = /^(\s*(?:-\s+)?(?:[^\s#:'"{}[\],][^#:'"{}[\]]*?:\s+)?)(\{.*)$/;
/** 只写了一层花括号的引用开头的值（{指标.行政应诉.案件}件）：也是一段文字，引用本身的错由 text/single-braces 报。 */
const SINGLE = /^\{\s*(?:指标|年度|下一年度|上一年度|地区|同比|增减|上年)[^{}]*\}(?!\})/;
/** 块文字（| 或 >）的开头：块里的行是文字，不看。 */
const BLOCK = /:\s*[|>][-+]?\s*(#.*)?$/;

/** quoted：在内存里加了引号的行（从 1 起；找列时不算这个引号）。 */
export function quoteUnquotedBraces(
  text: string,
  original: string,
  file: string,
): { text: string; diagnostics: Diagnostic[]; quoted: number[] } {
  const lines = text.split('\n');
  const originalLines = original.split('\n');
  const diagnostics: Diagnostic[] = [];
  const quotedLines: number[] = [];
  let blockIndent = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = stripCr(lines[i] ?? '');
    const indent = line.length - line.trimStart().length;
    if (blockIndent >= 0) {
      if (line.trim() === '' || indent > blockIndent) continue;
      blockIndent = -1;
    }
    if (BLOCK.test(line)) blockIndent = indent;
    const m = START.exec(line);
    const lead = m?.[1];
    const rest = m?.[2];
    if (lead === undefined || rest === undefined) continue;
    const single = SINGLE.test(rest);
    if (!rest.startsWith('{{') && !single) continue;
    // 以 {{ 开头的值总是一段文字：真正的花括号写法写成 {键: 值}，不会以 {{ 开头。
    // 续行要比键（没有键时比"-"）缩进得多。
    const hasKey = /:\s+$/.test(lead);
    const keyIndent = hasKey ? (/^\s*(?:-\s+)?/.exec(lead)?.[0].length ?? 0) : indent;
    // 这一段的续行：比键缩进得多、不是注释的行（YAML 的多行文字）。
    let last = i;
    while (last + 1 < lines.length) {
      const next = stripCr(lines[last + 1] ?? '');
      if (next.trim() === '' || next.trimStart().startsWith('#')) break;
      if (next.length - next.trimStart().length <= keyIndent) break;
      last++;
    }
    const body = [rest, ...lines.slice(i + 1, last + 1).map(stripCr)];
    const tail = commentOf(body[body.length - 1] ?? '');
    body[body.length - 1] = (body[body.length - 1] ?? '').slice(0, (body[body.length - 1] ?? '').length - tail.length);
    const quoted = body.map((l) => l.replace(/'/g, "''"));
    quoted[0] = `'${quoted[0] ?? ''}`;
    quoted[quoted.length - 1] = `${(quoted[quoted.length - 1] ?? '').trimEnd()}'${tail}`;
    for (let k = 0; k < quoted.length; k++) {
      const at = i + k;
      const cr = (lines[at] ?? '').endsWith('\r') ? '\r' : '';
      lines[at] = (k === 0 ? lead : '') + (quoted[k] ?? '') + cr;
    }
    const originalLine = stripCr(originalLines[i] ?? line);
    const key = /^\s*(?:-\s+)?([^\s#:：'"{}[\],][^#:：'"{}[\]]*?)[:：]/.exec(originalLine)?.[1];
    const value = rest.slice(0, rest.length - (i === last ? tail.length : 0)).trimEnd();
    const quote = value.includes('"') ? '单引号' : '双引号';
    quotedLines.push(i + 1);
    if (single) {
      i = last;
      continue;
    }
    diagnostics.push(
      fileDiagnostic('yaml/unquoted-braces', file, `这段文字以"{{"开头，没有加引号，YAML 会把它读成花括号写法（{键: 值}）。`, {
        fix: `整段加英文${quote}：${key === undefined ? '- ' : `${key}: `}${suggestion(value, i !== last)}`,
        line: i + 1,
        column: originalLine.indexOf('{{') + 1,
      }),
    );
    i = last;
  }
  return { text: lines.join('\n'), diagnostics, quoted: quotedLines };
}

/** 给办事员看的加好引号的样子：文字里有英文双引号时用单引号。长的只写开头。 */
function suggestion(value: string, continues: boolean): string {
  const chars = [...value];
  const head = chars.length > 16 || continues ? chars.slice(0, 16).join('') + '…' : value;
  return value.includes('"') ? `'${head}'` : `"${head}"`;
}

/** 行末的注释（" #" 起）；没有时为空。 */
function commentOf(line: string): string {
  const m = /\s+#.*$/.exec(line);
  return m ? m[0] : '';
}

function stripCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}
