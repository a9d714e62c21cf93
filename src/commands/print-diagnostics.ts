import { countBySeverity, type Diagnostic } from '../diagnostics/diagnostic.js';
import { formatDiagnostic } from '../diagnostics/format-diagnostic.js';
import type { AcknowledgedWarning } from '../validate/acknowledge-warnings.js';
import type { Io } from './io.js';

export function printDiagnostics(io: Io, list: readonly Diagnostic[]): void {
  for (const d of list) io.err(formatDiagnostic(d));
}

export function countLine(list: readonly Diagnostic[]): string {
  const { errors, warnings } = countBySeverity(list);
  return `${errors} 个错误，${warnings} 个警告`;
}

/** 县里确认保留的警告：一行列出（代码、条数、原因），不藏起来。 */
export function acknowledgedLine(list: readonly AcknowledgedWarning[]): string | undefined {
  if (list.length === 0) return undefined;
  const groups = new Map<string, number>();
  for (const a of list) groups.set(`${a.code}（${a.reason}）`, (groups.get(`${a.code}（${a.reason}）`) ?? 0) + 1);
  const parts = [...groups].map(([k, n]) => (n > 1 ? `${k} ×${n}` : k));
  return `已确认保留的警告 ${list.length} 条，不算在内：${parts.join('；')}。`;
}
