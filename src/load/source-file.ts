import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { findClerkMistakes } from './clerk-mistakes.js';
import { decodeText } from './decode-text.js';
import { YAML_FALLBACK, YAML_MESSAGES } from './yaml-messages.js';

export type DataPath = readonly (string | number)[];

export interface Position {
  line: number;
  column: number;
}

/** 别名展开的上限：正常的报告不用别名，几百个已是恶意构造。 */
const MAX_ALIAS_COUNT = 200;

/**
 * 一个读进来的 YAML 文件：数据，加上每个值在文件里的位置（给错误信息用）。
 */
export class SourceFile {
  readonly diagnostics: Diagnostic[] = [];
  readonly data: unknown;
  private readonly doc: Document.Parsed | undefined;
  private readonly lines = new LineCounter();

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
    const mistakeLines = mistakes.filter((d) => d.severity === 'error').map((d) => d.line);
    // 全角冒号之后两行内的 YAML 错误都是它引起的，不再重复报。
    const causedByMistake = (line: number) => mistakeLines.some((l) => line >= l && line <= l + 2);
    this.doc = parseDocument(this.text, {
      lineCounter: this.lines,
      uniqueKeys: true,
      prettyErrors: false,
      strict: true,
    });
    for (const e of this.doc.errors) {
      const d = this.yamlProblem(e.code, e.pos[0], 'error');
      if (!causedByMistake(d.line)) this.diagnostics.push(d);
    }
    for (const w of this.doc.warnings) this.diagnostics.push(this.yamlProblem(w.code, w.pos[0], 'warning'));
    if (this.doc.errors.length > 0 || mistakeLines.length > 0) {
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
    if (!node || !isScalar(node) || !node.range) return this.positionOf(path);
    const start = this.at(node.range[0]);
    if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') {
      const srcLine = start.line + line;
      const text = this.text.split(/\r?\n/)[srcLine - 1] ?? '';
      const indent = text.length - text.trimStart().length;
      return { line: srcLine, column: indent + column };
    }
    if (line > 1) return { line: start.line + line - 1, column };
    const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
    return { line: start.line, column: start.column + column - 1 + (quoted ? 1 : 0) };
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

  private yamlProblem(code: string, offset: number, severity: 'error' | 'warning'): Diagnostic {
    const { line, column } = this.at(offset);
    const known = YAML_MESSAGES[code] ?? YAML_FALLBACK;
    return { code: `yaml/${code.toLowerCase().replace(/_/g, '-')}`, severity, file: this.file, line, column, ...known };
  }
}
