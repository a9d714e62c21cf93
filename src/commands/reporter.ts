/**
 * 命令的输出约定：结果写到标准输出（fzbg check > 结果.txt 得到的就是结果），过程说明和进度写到标准错误；
 * --json 时标准输出只有一份 JSON（给程序读，字段只增不改），--quiet 时只说错误。
 */
import { relative } from 'node:path';
import { countBySeverity, type Diagnostic } from '../diagnostics/diagnostic.js';
import { formatDiagnostic } from '../diagnostics/format-diagnostic.js';
import type { Io } from './io.js';

export interface OutputOptions {
  json?: boolean;
  quiet?: boolean;
}

export class Reporter {
  constructor(
    readonly io: Io,
    private readonly options: OutputOptions,
  ) {}

  get json(): boolean {
    return this.options.json === true;
  }

  get quiet(): boolean {
    return this.options.quiet === true;
  }

  /** 结果（标准输出）：--json、--quiet 时不说。 */
  result(text: string): void {
    if (!this.json && !this.quiet) this.io.out(text);
  }

  /** 过程说明（标准错误）：--json、--quiet 时不说。 */
  note(text: string): void {
    if (!this.json && !this.quiet) this.io.err(text);
  }

  /** 出错的说明（标准错误）：--json 时由 JSON 带着，不另说。 */
  error(text: string): void {
    if (!this.json) this.io.err(text);
  }

  /** 一串问题：check 的问题就是结果（标准输出），别的命令的问题是过程（标准错误）；--quiet 时只说错误。 */
  problems(list: readonly Diagnostic[], to: 'out' | 'err' = 'err'): void {
    if (this.json) return;
    for (const d of list) {
      if (this.quiet && d.severity !== 'error') continue;
      if (to === 'out') this.io.out(formatDiagnostic(d));
      else this.io.err(formatDiagnostic(d));
    }
  }

  /** --json 的结果：每个命令一份，带 command 和 version。 */
  data(value: { command: string; version: 1; ok: boolean } & Record<string, unknown>): void {
    if (this.json) this.io.out(JSON.stringify(value, null, 2));
  }
}

/** 在当前目录下时写相对路径，否则写绝对路径。 */
export function shownPath(p: string): string {
  const r = relative(process.cwd(), p);
  return r.startsWith('..') || r === '' ? p : r;
}

/** "2 个错误，3 个警告"。 */
export function countLine(list: readonly Diagnostic[]): string {
  const { errors, warnings } = countBySeverity(list);
  return `${errors} 个错误，${warnings} 个警告`;
}
