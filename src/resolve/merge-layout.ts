import type { Layout } from '../schema/layout-types.generated.js';

/** 版式的逐项覆盖：模板的设置，再用数据文件里的"版式"覆盖（有下级的项逐个键覆盖）。 */
export function mergeLayout(base: Layout, override: Record<string, unknown> | undefined): Layout {
  if (!override) return base;
  const out = structuredClone(base) as unknown as Record<string, unknown>;
  for (const [k, v] of Object.entries(override)) {
    out[k] =
      v && typeof v === 'object' && !Array.isArray(v) ? { ...(out[k] as Record<string, unknown>), ...(v as Record<string, unknown>) } : v;
  }
  return out as unknown as Layout;
}
