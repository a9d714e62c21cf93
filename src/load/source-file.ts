import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { isCode } from '../diagnostics/codes.js';
import { fileDiagnostic, type Diagnostic, type Locator, type Position, type Severity } from '../diagnostics/diagnostic.js';
import type { DataPath } from '../model/data-path.js';
import { expandLeadingTabs, findClerkMistakes, unclosedQuoteLine } from './clerk-mistakes.js';
import { decodeText } from './decode-text.js';
import { YAML_FALLBACK, YAML_MESSAGES } from './yaml-messages.js';

/** 别名展开的上限：正常的报告不用别名，几百个已是恶意构造。 */
const MAX_ALIAS_COUNT = 200;

/**
 * 一个读进来的 YAML 文件：数据，加上每个值在文件里的位置（给错误信息用）。
 */
export class SourceFile implements Locator {
  readonly diagnostics: Diagnostic[] = [];
  readonly data: unknown;
  private doc: Document.Parsed | undefined;
  /** YAML 实际解析的文字（全角冒号、行首 Tab 在内存里改正过的），节点的下标指的是它。 */
  private parsedText = '';
  private lines = new LineCounter();

  private parse(text: string): Document.Parsed {
    this.lines = new LineCounter();
    return parseDocument(text, { lineCounter: this.lines, uniqueKeys: true, prettyErrors: false, strict: true });
  }

  /** knownKeys：数据格式里的键名，用来认出"键："这样的全角冒号手误。 */
  constructor(
    readonly file: string,
    bytes: Uint8Array,
    knownKeys: ReadonlySet<string> = new Set(),
  ) {
    const decoded = decodeText(bytes, file);
    this.diagnostics.push(...decoded.diagnostics);
    this.text = decoded.text;
    if (decoded.diagnostics.some((d) => d.severity === 'error')) {
      this.data = undefined;
      return;
    }
    const mistakes = findClerkMistakes(this.text, file, knownKeys);
    this.diagnostics.push(...mistakes);
    // 全角冒号和行首 Tab 已经报了：在内存里改正后再解析，其余的问题照样一次报出（文件本身不动）。
    const colons = mistakes.filter(
      (d) =>
        d.code === 'yaml/full-width-colon' ||
        d.code === 'yaml/colon-space' ||
        (d.code === 'yaml/full-width-comma' && d.severity === 'error'),
    );
    const tabs = mistakes.some((d) => d.code === 'yaml/tab-indent');
    const repaired = repairColons(this.text, colons);
    this.parsedText = repaired;
    this.doc = this.parse(repaired);
    if (tabs) {
      // Tab 相当于几个空格说不准：试 2、4、8，取能解析的那一种。
      for (const width of [2, 4, 8]) {
        const lines = new LineCounter();
        const expanded = expandLeadingTabs(repaired, width);
        const doc = parseDocument(expanded, {
          lineCounter: lines,
          uniqueKeys: true,
          prettyErrors: false,
          strict: true,
        });
        if (doc.errors.length === 0) {
          this.doc = doc;
          this.lines = lines;
          this.parsedText = expanded;
          break;
        }
      }
    }
    const seenLines = new Set<number>();
    for (const e of this.doc.errors) {
      if (tabs && e.code === 'TAB_AS_INDENT') continue;
      const d = this.yamlProblem(e.code, e.pos[0], 'error');
      if (seenLines.has(d.line)) continue; // 同一行只报第一个，后面的多是连带的
      seenLines.add(d.line);
      this.diagnostics.push(d);
    }
    for (const w of this.doc.warnings) this.diagnostics.push(this.yamlProblem(w.code, w.pos[0], 'warning'));
    if (this.doc.errors.length > 0) {
      this.data = undefined;
      return;
    }
    try {
      this.data = this.doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch {
      this.diagnostics.push(this.yamlProblem('RESOURCE_EXHAUSTION', 0, 'error'));
      this.data = undefined;
    }
  }

  readonly text: string;

  /** 第 line 行（从 1 起）的原文，给错误信息摘录用。 */
  lineText(line: number): string {
    return (this.lineList ??= this.text.split(/\r?\n/))[line - 1] ?? '';
  }
  private lineList: string[] | undefined;

  /** 数据路径上的文字值（不是文字时为 undefined）。 */
  textAt(path: DataPath): string | undefined {
    let cur: unknown = this.data;
    for (const seg of path) {
      if (cur === null || typeof cur !== 'object' || !Object.hasOwn(cur, seg)) return undefined;
      cur = (cur as Record<string | number, unknown>)[seg];
    }
    return typeof cur === 'string' ? cur : undefined;
  }

  /** 文件中偏移量 offset 处的行列（从 1 起）。 */
  at(offset: number): Position {
    const { line, col } = this.lines.linePos(offset);
    return { line, column: col };
  }

  /** 数据路径上的值（key=true 时为键）在文件里的位置；路径不存在时退到最近的上级。 */
  positionOf(path: DataPath, key = false): Position {
    const node = this.nodeAt(path, key);
    return this.at(node?.range?.[0] ?? 0);
  }

  /**
   * 文字值里第 line 行第 column 列（都从 1 起，按解析后的文字算）在文件里的位置。
   * 单行的值精确到列；块文字（| 或 >）精确到行。
   */
  positionInText(path: DataPath, line: number, column: number): Position {
    const node = this.nodeAt(path, false);
    if (!node || !isScalar(node) || !node.range || typeof node.value !== 'string') return this.positionOf(path);
    // 解析后的文字（引号、转义、折行、缩进都已去掉）与文件里的原文逐字对齐，找到那个字在原文里的位置：
    // 多行的文字、引号里的转义、块文字（| >）、空行分段都对得上。
    const value = node.value;
    const lines = value.split('\n');
    let offset = column - 1;
    for (let k = 0; k < line - 1 && k < lines.length; k++) offset += (lines[k]?.length ?? 0) + 1;
    offset = Math.min(Math.max(0, offset), value.length);
    const source = this.parsedText.slice(node.range[0], node.range[1]);
    let i = node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED' ? source.indexOf('\n') + 1 : 0;
    const escaped = node.type === 'QUOTE_DOUBLE';
    // 双引号里的转义（\"、\n、\u0001……）在原文里占好几个字，解析后是一个字。
    const escapeLength = (at: number) =>
      !escaped || source[at] !== '\\' ? 0 : (({ x: 4, u: 6, U: 10 } as Record<string, number>)[source[at + 1] ?? ''] ?? 2);
    for (let j = 0; j < offset && i < source.length;) {
      const esc = escapeLength(i);
      if (esc && value[j] !== '\\') {
        i += esc;
        j++;
      } else if (source[i] === value[j]) {
        i++;
        j++;
      } else i++;
    }
    // 落在那个字上（跳过它前面原文里多出来的换行、缩进、引号）；它写成转义时落在反斜杠上。
    while (i < source.length && offset < value.length && source[i] !== value[offset] && !escapeLength(i)) i++;
    return this.at(node.range[0] + Math.min(i, source.length));
  }

  private nodeAt(path: DataPath, key: boolean): Node | undefined {
    let node: unknown = this.doc?.contents;
    let last: Node | undefined = node as Node | undefined;
    for (let i = 0; i < path.length; i++) {
      const seg = path[i];
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
        if (!pair) return last;
        if (key && i === path.length - 1) return (pair.key as Node) ?? last;
        node = pair.value;
      } else if (isSeq(node) && typeof seg === 'number') {
        node = node.items[seg];
      } else {
        return last;
      }
      if (node && typeof node === 'object' && 'range' in node) last = node as Node;
      else return last;
    }
    return last;
  }

  private yamlProblem(code: string, offset: number, severity: Severity): Diagnostic {
    const { line, column } = this.at(offset);
    const file = this.file;
    if (code === 'MISSING_CHAR' || code === 'BAD_DQ_ESCAPE' || (code === 'UNEXPECTED_TOKEN' && offset >= this.text.length - 1)) {
      const q = unclosedQuoteLine(this.text);
      if (q) {
        return fileDiagnostic('yaml/unclosed-quote', file, '这一行的引号只有前一半，没有关上。', {
          fix: '在文字末尾补上同样的引号，或去掉开头的引号。',
          ...q,
        });
      }
    }
    const lineText = this.lineText(line);
    const second = /^(\s*(?:-\s+)?[^\s#:'"{}[\]]+:\s+)([^'"{[|>#][^#]*?)(:)\s/.exec(lineText);
    if (second && (code === 'BLOCK_AS_IMPLICIT_KEY' || code === 'MULTILINE_IMPLICIT_KEY' || code === 'UNEXPECTED_TOKEN')) {
      return fileDiagnostic('yaml/colon-in-text', file, '文字里有英文冒号加空格（": "），YAML 把它当成了又一个键。', {
        fix: '把这个冒号改成中文全角冒号"："，或者给整段文字两头加上英文双引号 "…"。',
        line,
        column: (second[1] ?? '').length + (second[2] ?? '').length + 1,
      });
    }
    if (code === 'MULTILINE_IMPLICIT_KEY' || code === 'BLOCK_AS_IMPLICIT_KEY') {
      const next = this.lineText(line + 1);
      const cur = this.lineText(line);
      const indent = (t: string) => t.length - t.trimStart().length;
      const keyIndent = indent(cur.replace(/^(\s*)-\s+/, (m, sp: string) => sp + ' '.repeat(m.length - sp.length)));
      if (/^\s*[^\s#:][^:]*:(\s|$)/.test(next) && indent(next) > keyIndent && !/:\s*$/.test(cur)) {
        return fileDiagnostic('yaml/bad-indent', file, '这一行比上一行多缩进了，但上一行不是带下级内容的键。', {
          fix: '和同一层的键对齐（用空格，每一层两个空格）。',
          line: line + 1,
          column: indent(next) + 1,
          severity,
        });
      }
    }
    if (code === 'DUPLICATE_KEY') {
      const key = /^\s*(?:-\s+)?([^:#]+?)\s*:/.exec(this.lineText(line))?.[1];
      if (key)
        return fileDiagnostic('yaml/duplicate-key', file, `键"${key}"在同一层里写了两次。`, {
          fix: '删掉或合并重复的那一个。',
          line,
          column,
        });
    }
    const known = YAML_MESSAGES[code] ?? YAML_FALLBACK;
    const name = `yaml/${code.toLowerCase().replace(/_/g, '-')}`;
    return fileDiagnostic(isCode(name) ? name : 'yaml/impossible', file, known.message, { fix: known.fix, line, column, severity });
  }
}

/** 把报过的全角冒号、没有空格的冒号、花括号里的全角逗号改过来，只在内存里（文件本身不动）。 */
function repairColons(text: string, at: readonly Diagnostic[]): string {
  if (at.length === 0) return text;
  const lines = text.split('\n');
  for (const d of [...at].sort((a, b) => b.column - a.column)) {
    const l = lines[d.line - 1] ?? '';
    const c = d.column - 1;
    if (l[c] === '：') lines[d.line - 1] = l.slice(0, c) + ': ' + l.slice(c + 1).replace(/^\s+/, '');
    else if (l[c] === ':') lines[d.line - 1] = l.slice(0, c) + ': ' + l.slice(c + 1);
    else if (l[c] === '，') lines[d.line - 1] = l.slice(0, c) + ', ' + l.slice(c + 1).replace(/^\s+/, '');
  }
  return lines.join('\n');
}
