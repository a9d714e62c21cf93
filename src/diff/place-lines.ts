import type { StructureChange } from './diff-structure.js';

/** 一处结构变化在两个文件里的行："（旧第 12 行 → 新第 15 行）"。 */
export function placeLines(s: StructureChange): string {
  const parts = [s.old ? `旧第 ${s.old.line} 行` : '', s.new ? `新第 ${s.new.line} 行` : ''].filter(Boolean);
  return parts.length ? `（${parts.join(' → ')}）` : '';
}
