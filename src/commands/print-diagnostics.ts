import { countBySeverity, type Diagnostic } from '../diagnostics/diagnostic.js';
import { formatDiagnostic } from '../diagnostics/format-diagnostic.js';
import type { Io } from './io.js';

export function printDiagnostics(io: Io, list: readonly Diagnostic[]): void {
  for (const d of list) io.err(formatDiagnostic(d));
}

export function countLine(list: readonly Diagnostic[]): string {
  const { errors, warnings } = countBySeverity(list);
  return `${errors} 个错误，${warnings} 个警告`;
}
