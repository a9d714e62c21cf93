/** 一个问题：坏的输入是值，不是异常。 */
export type Severity = 'error' | 'warning';

export interface Diagnostic {
  /** 稳定的代码，如 "yaml/syntax"、"schema/type"、"ref/missing"。 */
  code: string;
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

export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));
}

export function hasErrors(list: readonly Diagnostic[]): boolean {
  return list.some((d) => d.severity === 'error');
}
