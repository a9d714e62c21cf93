import type { FigureGroups } from '../../src/schema/figure-types.js';

export type Figures = FigureGroups;

/** 正文里 {{指标.组.字段}} 用到的指标。 */
export const usedRefs = (text: string) => new Set((text.match(/\{\{指标\.[^}\s]+\}\}/g) ?? []).map((r) => r.slice(5, -2)));

/** 正文里用到的目录指标（自定义的不算）：组.字段 → 值、约数、口径、写法、单位。 */
export function catalogueFigures(figures: Figures | undefined, used: Set<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [group, fields] of Object.entries(figures ?? {})) {
    if (group === '自定义') continue;
    for (const [field, v] of Object.entries(fields ?? {})) {
      if (!used.has(`${group}.${field}`)) continue;
      out[`${group}.${field}`] =
        v === undefined
          ? undefined
          : typeof v === 'number' || v === null
            ? { 值: v }
            : { 值: v.值, 约: v.约, 口径: v.口径, 写法: v.写法, 单位: v.单位 };
    }
  }
  return out;
}
