import type { AcknowledgedWarning } from '../validate/acknowledge-warnings.js';

/** 县里确认保留的警告：一行列出（代码、条数、原因），不藏起来。 */
export function acknowledgedLine(list: readonly AcknowledgedWarning[]): string | undefined {
  if (list.length === 0) return undefined;
  const groups = new Map<string, number>();
  for (const a of list) groups.set(`${a.code}（${a.reason}）`, (groups.get(`${a.code}（${a.reason}）`) ?? 0) + 1);
  const parts = [...groups].map(([k, n]) => (n > 1 ? `${k} ×${n}` : k));
  return `已确认保留的警告 ${list.length} 条，不算在内：${parts.join('；')}。`;
}
