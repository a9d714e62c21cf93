import type { Diagnostic } from './diagnostic.js';

const LABEL = { error: '错误', warning: '警告' } as const;

/** 终端里的一条问题：文件:行:列 错误 [代码] 说明，下一行是怎么改。 */
export function formatDiagnostic(d: Diagnostic): string {
  const head = `${d.file}:${d.line}:${d.column} ${LABEL[d.severity]} [${d.code}] ${d.message}`;
  return d.fix ? `${head}\n    修改：${d.fix}` : head;
}
