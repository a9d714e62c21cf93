import { reportSchema } from './report-schema.js';

/** 数据格式里出现的所有键名（给手误检查和"是不是要写……"用）。 */
function collectKeys(node: unknown, out: Set<string>): Set<string> {
  if (!node || typeof node !== 'object') return out;
  const o = node as Record<string, unknown>;
  if (o.properties && typeof o.properties === 'object') for (const k of Object.keys(o.properties)) out.add(k);
  for (const v of Object.values(o)) collectKeys(v, out);
  return out;
}

export const REPORT_KEYS: ReadonlySet<string> = collectKeys(reportSchema, new Set());
