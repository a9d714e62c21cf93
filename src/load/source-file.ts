import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { isCode } from '../diagnostics/codes.js';
import { fileDiagnostic, type Diagnostic, type Locator, type Position, type Severity } from '../diagnostics/diagnostic.js';
import type { DataPath } from '../model/data-path.js';
import {
  expandLeadingTabs,
  expandTabsByContext,
  findClerkMistakes,
  flowCommas,
  fullWidthColon,
  fullWidthComma,
  keyColons,
  unclosedQuoteLine,
} from './clerk-mistakes.js';
import { groupRepeatedMistakes } from './group-repeated-mistakes.js';
import { neutralizeLine } from './neutralize-line.js';
import { quoteUnquotedBraces } from './quote-unquoted-braces.js';
import { decodeText } from './decode-text.js';
import { YAML_FALLBACK, YAML_MESSAGES } from './yaml-messages.js';

/** 别名展开的上限：正常的报告不用别名，几百个已是恶意构造。 */
const MAX_ALIAS_COUNT = 200;
/** 一个文件最多报几处 YAML 读不下去的地方（再多就是文件整个坏了，先改正这些再查）。 */
const MAX_ROOTS = 30;
/** 解析的次数上限（每处读不下去的地方、每批全角冒号各要重新解析一次）。 */
const MAX_PASSES = 2 * MAX_ROOTS;
/** 一个文件重新解析的总字数上限：很大的坏文件只报前几处（一份报告几十 KB，够解析几十遍）。 */
const PARSE_BUDGET_CHARS = 4_000_000;

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

  /** 上一次解析（同一份文字不解析两遍：按上下文换过 Tab 的文字，读通了就直接往下用）。 */
  private lastParse: { text: string; uniqueKeys: boolean; doc: Document.Parsed; lines: LineCounter } | undefined;

  private parse(text: string, uniqueKeys = true): Document.Parsed {
    const last = this.lastParse;
    if (last && last.text === text && last.uniqueKeys === uniqueKeys) {
      this.lines = last.lines;
      return last.doc;
    }
    const doc = this.parseOnce(text, uniqueKeys);
    this.lastParse = { text, uniqueKeys, doc, lines: this.lines };
    return doc;
  }

  private parseOnce(text: string, uniqueKeys: boolean): Document.Parsed {
    this.lines = new LineCounter();
    // yaml 库的每个错误都是一个 Error，记下调用栈很费时（坏文件一次解析就有上百个错误，检查时还要解析几遍）；
    // 这里只用错误的代码和位置，不要调用栈。
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      return parseDocument(text, { lineCounter: this.lines, uniqueKeys, prettyErrors: false, strict: true });
    } finally {
      Error.stackTraceLimit = limit;
    }
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
    // 1. 办事员常见的手误（全角冒号、少空格、花括号里的中文逗号、行首 Tab、以 {{ 开头的值）：
    //    报出来，在内存里改正后再解析，其余的问题照样一次报出（文件本身不动）。
    const mistakes = findClerkMistakes(this.text, file, knownKeys);
    const colons = mistakes.filter(
      (d) =>
        d.code === 'yaml/full-width-colon' ||
        d.code === 'yaml/colon-space' ||
        (d.code === 'yaml/full-width-comma' && d.severity === 'error'),
    );
    const braces = quoteUnquotedBraces(repairColons(this.text, colons), this.text, file);
    for (const l of braces.quoted) this.quotedInMemory.add(l);
    const tabs = mistakes.some((d) => d.code === 'yaml/tab-indent');
    const tabLines = mistakes.filter((d) => d.code === 'yaml/tab-indent').map((d) => d.line);
    const expanded = tabs ? this.expandTabs(braces.text) : { text: braces.text, sure: true };
    const text = expanded.text;
    // 2. 解析；读不下去的地方一处报一条，连带的错误不报（见 recover）。
    const recovered = this.recover(text, tabs);
    this.lastParse = undefined;
    // 按上下文换的 Tab 一下就读通了：有把握，那几行照常检查；不然那几行是猜的。
    if (!expanded.sure) for (const l of tabLines) this.guessed.add(l);
    this.diagnostics.push(...groupRepeatedMistakes([...mistakes, ...recovered.colons, ...braces.diagnostics]), ...recovered.roots);
    if (!recovered.doc) {
      this.data = undefined;
      return;
    }
    this.doc = recovered.doc;
    for (const w of this.doc.warnings) this.diagnostics.push(this.yamlProblem(w.code, w.pos[0], 'warning', text));
    try {
      this.data = this.doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch {
      this.diagnostics.push(this.yamlProblem('RESOURCE_EXHAUSTION', 0, 'error', text));
      this.data = undefined;
    }
  }

  /**
   * 在内存里猜过的行（读不下去、换成了无害值的行；Tab 缩进按上下文换成空格的行）：
   * 落在这些行上的别的问题（数据格式、规则）多半是猜出来的，由调用者当作连带问题不报。
   */
  readonly guessed = new Set<number>();

  /** 在内存里给整段加了引号的行（以 {{ 开头的值）：找列时不算这个引号。 */
  private readonly quotedInMemory = new Set<number>();

  /** Tab 相当于几个空格说不准：先按上下文猜，不行再试 2、4、8，取能解析的那一种。sure：按上下文猜的就读通了。 */
  private expandTabs(text: string): { text: string; sure: boolean } {
    const byContext = expandTabsByContext(text);
    if (this.parse(byContext).errors.length === 0) return { text: byContext, sure: true };
    const fixed = [2, 4, 8].map((w) => expandLeadingTabs(text, w)).find((c) => this.parse(c).errors.length === 0);
    return { text: fixed ?? byContext, sure: false };
  }

  /**
   * 解析，读不下去时一处一处地往下读：报出第一个错误（说清是什么手误），把那一行换成无害的值再从头解析。
   * 这一行引起的连带错误（多余的引号让后面每一行都报错）随之消失，还剩下的是别的、独立的问题，照样报出。
   * 报错的行上有"名字："（目录里没有的名字，如自定义指标的名称）时，先当作全角冒号改正再解析。
   * 同一层重复的键只报，不挡住后面的检查（按后写的那一个往下查）。
   * 返回 doc：能往下检查的文档（有错误时只用来检查，不生成文档）；读不出来时为 undefined。
   */
  private recover(start: string, tabs: boolean): { doc?: Document.Parsed; roots: Diagnostic[]; colons: Diagnostic[] } {
    const lines = start.split('\n');
    const original = this.text.split('\n');
    const roots: Diagnostic[] = [];
    const colons: Diagnostic[] = [];
    const reported = new Set<string>();
    const blanked = new Set<number>();
    const report = (d: Diagnostic) => {
      const key = `${d.code} ${d.line}:${d.column}`;
      if (!reported.has(key)) roots.push(d);
      reported.add(key);
    };
    const passes = Math.max(2, Math.min(MAX_PASSES, Math.floor(PARSE_BUDGET_CHARS / Math.max(1, start.length))));
    for (let pass = 0; pass < passes; pass++) {
      const current = lines.join('\n');
      const doc = this.parse(current);
      const errors = doc.errors.filter((e) => !(tabs && e.code === 'TAB_AS_INDENT'));
      for (const e of errors) if (e.code === 'DUPLICATE_KEY') report(this.yamlProblem(e.code, e.pos[0], 'error', current));
      const blocking = errors.filter((e) => e.code !== 'DUPLICATE_KEY');
      const first = blocking[0];
      if (!first) {
        this.parsedText = current;
        return { doc: errors.length ? this.parse(current, false) : doc, roots, colons };
      }
      // 报错的行上的"名字："：当作全角冒号改正，再解析。
      let fixedColons = false;
      for (const line of new Set(blocking.map((e) => this.at(e.pos[0]).line))) {
        const here = lines[line - 1] ?? '';
        const commas = /\{/.test(here) ? flowCommas(here) : [];
        if (keyColons(here).length === 0 && commas.length === 0) continue;
        lines[line - 1] = repairFlowLine(here);
        const was = original[line - 1] ?? '';
        for (const { key, column } of keyColons(was)) colons.push(fullWidthColon(this.file, key, line, column));
        for (const column of /\{/.test(was) ? flowCommas(was) : []) colons.push(fullWidthComma(this.file, line, column));
        fixedColons = true;
      }
      if (fixedColons) continue;
      const d = this.yamlProblem(first.code, first.pos[0], 'error', current);
      const again = [this.at(first.pos[0]).line, d.line].find((l) => this.guessed.has(l));
      if (again !== undefined) {
        // 换了无害值的行还是读不下去（如缩进不对）：是同一处的问题，不再报；这一行整个去掉再试。
        if (blanked.has(again)) break;
        blanked.add(again);
        lines[again - 1] = (lines[again - 1] ?? '').endsWith('\r') ? '\r' : '';
        continue;
      }
      if (roots.length >= MAX_ROOTS) break;
      report(d);
      this.guessed.add(d.line);
      const before = lines[d.line - 1] ?? '';
      const after = neutralizeLine(before);
      lines[d.line - 1] = after === before ? '' : after;
    }
    // 读到上限还没读完：说一声后面还有，免得办事员以为只有这几处。
    const last = roots.pop();
    if (last) roots.push({ ...last, message: `${last.message}（文件里还有读不下去的地方：先改正已报出的，再检查一遍。）` });
    return { roots, colons };
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
    const pos = this.at(node.range[0] + Math.min(i, source.length));
    // 在内存里给整段加了引号的行（以 {{ 开头的值）：文件里没有那个引号。
    return this.quotedInMemory.has(pos.line) ? { line: pos.line, column: Math.max(1, pos.column - 1) } : pos;
  }

  /** 路径上最后一个键所在的行；文件里没有这个路径时为 undefined。 */
  keyLineOf(path: DataPath): number | undefined {
    let node: unknown = this.doc?.contents;
    let line: number | undefined;
    for (const seg of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
        const key = pair?.key as Node | undefined;
        if (!pair || !key?.range) return undefined;
        line = this.at(key.range[0]).line;
        node = pair.value;
      } else if (isSeq(node) && typeof seg === 'number' && node.items[seg] !== undefined) {
        node = node.items[seg];
      } else return undefined;
    }
    return line;
  }

  /** 第 line 行的键 key 在同一层里更早的那一行（缩进相同，中间没有缩进更浅的行）。 */
  private earlierKeyLine(line: number, key: string): number | undefined {
    const text = this.lineText(line);
    const indent = text.length - text.replace(/^\s*(?:-\s+)?/, '').length;
    for (let l = line - 1; l >= 1; l--) {
      const t = this.lineText(l);
      if (t.trim() === '' || t.trimStart().startsWith('#')) continue;
      const i = t.length - t.replace(/^\s*(?:-\s+)?/, '').length;
      if (i < indent) return undefined;
      if (i !== indent) continue;
      if (new RegExp(`^\\s*(?:-\\s+)?${escapeRegExp(key)}\\s*[:：]`).test(t)) return l;
      if (/^\s*-\s/.test(t)) return undefined; // 这一项的开头：再往上是别的项
    }
    return undefined;
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

  /** yaml 库的一个错误说成办事员的话。parsed：解析的那份文字（在内存里改正过手误，行号与文件相同）。 */
  private yamlProblem(code: string, offset: number, severity: Severity, parsed: string): Diagnostic {
    const { line, column } = this.at(offset);
    const file = this.file;
    const inner = code === 'DUPLICATE_KEY' ? undefined : innerQuoteColumn(this.lineText(line));
    if (inner !== undefined && severity === 'error') {
      return fileDiagnostic(
        'yaml/inner-quote',
        file,
        `这段文字两头用了英文双引号，中间第 ${inner} 列又有一个英文双引号，YAML 读到那里就以为文字结束了。`,
        { fix: '把文字里的这个引号改成中文引号"“"或"”"（要英文引号就写成 \\"）。', line, column: inner },
      );
    }
    if (code === 'MISSING_CHAR' || code === 'BAD_DQ_ESCAPE' || (code === 'UNEXPECTED_TOKEN' && offset >= parsed.length - 1)) {
      const q = unclosedQuoteLine(parsed);
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
      if (key) {
        const earlier = this.earlierKeyLine(line, key);
        return fileDiagnostic(
          'yaml/duplicate-key',
          file,
          `键"${key}"在同一层里写了两次${earlier ? `（前一个在第 ${earlier} 行）` : ''}；其余的检查按后写的这一个进行。`,
          { fix: '删掉或合并重复的那一个。', line, column },
        );
      }
    }
    const known = YAML_MESSAGES[code] ?? YAML_FALLBACK;
    const name = `yaml/${code.toLowerCase().replace(/_/g, '-')}`;
    return fileDiagnostic(isCode(name) ? name : 'yaml/impossible', file, known.message, { fix: known.fix, line, column, severity });
  }
}

/**
 * 双引号括起的一段文字中间又有一个英文双引号（"深入学习"八五"普法……"）：返回那个引号的列（从 1 起）。
 * YAML 读到它就以为文字结束了，后面的字都成了"不该出现的字符"。
 */
function innerQuoteColumn(lineText: string): number | undefined {
  const open = /^(\s*(?:-\s+)?(?:[^\s#'"][^#'"]*?:\s+)?)"/.exec(lineText);
  if (!open) return undefined;
  for (let i = open[0].length; i < lineText.length; i++) {
    if (lineText[i] === '\\') i++;
    else if (lineText[i] === '"') {
      const rest = lineText
        .slice(i + 1)
        .replace(/\s+#.*$/, '')
        .trim();
      return rest === '' ? undefined : i + 1;
    }
  }
  return undefined;
}

/** 一行里像"键："的全角冒号和花括号里分隔两项的中文逗号改成半角（从右往左改，前面的列不变）。 */
function repairFlowLine(line: string): string {
  const at = [
    ...keyColons(line).map(({ column }) => ({ column, to: ': ' })),
    ...(/\{/.test(line) ? flowCommas(line) : []).map((column) => ({ column, to: ', ' })),
  ].sort((a, b) => b.column - a.column);
  let out = line;
  for (const { column, to } of at) out = out.slice(0, column - 1) + to + out.slice(column).replace(/^\s+/, '');
  return out;
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

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
