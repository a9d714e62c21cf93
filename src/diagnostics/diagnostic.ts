/** 一个问题：坏的输入是值，不是异常。代码来自代码表（codes.ts），严重程度也由它定。 */
import type { DataPath } from '../model/data-path.js';
import { lineColumn } from '../text/line-column.js';
import { CODES, type Code } from './codes.js';

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  /** 稳定的代码，如 "yaml/tab-indent"、"schema/type"、"ref/template"（codes.ts）。 */
  code: Code;
  severity: Severity;
  file: string;
  /** 从 1 起。 */
  line: number;
  /** 从 1 起，按字符（不是字节）计。 */
  column: number;
  /** 中文说明：哪里错了。 */
  message: string;
  /** 中文：怎么改。 */
  fix?: string;
  /** 出问题的那一行原文（终端输出里摘录，加 ^ 指出列）。 */
  excerpt?: string;
}

export interface Position {
  line: number;
  column: number;
}

/** 代码表里"看情况"的代码，严重程度由产生它的地方给出；其余一律按代码表。 */
function severityOf(code: Code, given?: Severity): Severity {
  const fixed = CODES[code].severity;
  if (fixed !== 'either') return fixed;
  if (!given) throw new Error(`诊断代码 ${code} 要写明严重程度`);
  return given;
}

/** 不落在数据某个值上的问题（文件读不了、找不到……）：直接给文件和行列。 */
export function fileDiagnostic(
  code: Code,
  file: string,
  message: string,
  options: { fix?: string; line?: number; column?: number; severity?: Severity } = {},
): Diagnostic {
  return {
    code,
    severity: severityOf(code, options.severity),
    file,
    line: options.line ?? 1,
    column: options.column ?? 1,
    message,
    ...(options.fix ? { fix: options.fix } : {}),
  };
}

/**
 * 落在数据某个值上的问题（规则、Schema、正文求值发现的）：数据路径 + 说明，行列由 locate() 按路径在文件里查。
 * at：指向键本身；或文字值里的位置（offset 从 0 起的字符下标，或解析后文字的行列，从 1 起）。
 */
export interface Problem {
  code: Code;
  severity: Severity;
  path: DataPath;
  at?: { key: true } | { offset: number } | { line: number; column: number };
  message: string;
  fix?: string;
  /**
   * 问题说的是哪项数据（与报在哪里不同时）：如正文里引用了"指标.行政复议.受理"而它不存在，报在正文那一行，
   * 说的是那个指标。那项数据是在内存里修补过的（写错、读不下去的行），这个问题就是连带的，不报。
   */
  concerns?: DataPath;
}

export function problem(
  code: Code,
  path: DataPath,
  message: string,
  options: { fix?: string | undefined; at?: Problem['at']; severity?: Severity; concerns?: DataPath | undefined } = {},
): Problem {
  return {
    code,
    severity: severityOf(code, options.severity),
    path,
    message,
    ...(options.at ? { at: options.at } : {}),
    ...(options.fix ? { fix: options.fix } : {}),
    ...(options.concerns ? { concerns: options.concerns } : {}),
  };
}

/** 按数据路径在文件里找行列的东西（load/source-file.ts 的 SourceFile）。 */
export interface Locator {
  readonly file: string;
  positionOf(path: DataPath, key?: boolean): Position;
  positionInText(path: DataPath, line: number, column: number): Position;
  /** 路径上的文字值（按下标找行列用）；不是文字时为 undefined。 */
  textAt(path: DataPath): string | undefined;
}

export function locate(locator: Locator, p: Problem): Diagnostic {
  let pos: Position;
  const at = p.at;
  if (at && 'offset' in at) {
    const inText = lineColumn(locator.textAt(p.path) ?? '', at.offset);
    pos = locator.positionInText(p.path, inText.line, inText.column);
  } else if (at && 'line' in at) {
    pos = locator.positionInText(p.path, at.line, at.column);
  } else {
    pos = locator.positionOf(p.path, at !== undefined && 'key' in at);
  }
  return { code: p.code, severity: p.severity, file: locator.file, ...pos, message: p.message, ...(p.fix ? { fix: p.fix } : {}) };
}

export function sortDiagnostics<D extends Diagnostic>(list: readonly D[]): D[] {
  return [...list].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));
}

export function hasErrors(list: readonly Diagnostic[]): boolean {
  return list.some((d) => d.severity === 'error');
}

export function countBySeverity(list: readonly Diagnostic[]): { errors: number; warnings: number } {
  const errors = list.filter((d) => d.severity === 'error').length;
  return { errors, warnings: list.length - errors };
}
