import { compile } from 'json-schema-to-typescript';
import { layoutSchema } from '../src/schema/layout-schema.js';
import { reportSchema } from '../src/schema/report-schema.js';

/** 定义名在 TypeScript 里的英文名（中文 title 会被生成器丢成 NoNameN）。 */
const TYPE_NAMES: Record<string, string> = {
  计数指标: 'CountFigure',
  比率指标: 'RateFigure',
  金额指标: 'AmountFigure',
  要点: 'Enumeration',
  要点条目: 'Point',
  事项: 'Item',
  三级事项: 'Item3',
  四级事项: 'Item4',
  章: 'Chapter',
};

/** 去掉中文 title（保留 description 作注释），定义改用英文类型名，$ref 旁的说明去掉。 */
function forTypes(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(forTypes);
  if (node === null || typeof node !== 'object') return node;
  // 带说明的 $ref 会被生成器当成新类型：类型里只留引用。
  if ('$ref' in node) return { $ref: (node as { $ref: string }).$ref };
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === 'title') continue;
    out[k] = k === 'properties' || k === 'definitions' ? mapValues(v as Record<string, unknown>) : forTypes(v);
  }
  return out;
}
function mapValues(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, forTypes(v)]));
}

/** 用 json-schema-to-typescript 从报告 Schema 生成 TypeScript 类型（开发时用，不进运行时）。 */
export async function generateReportTypes(): Promise<string> {
  const schema = forTypes(reportSchema) as Record<string, Record<string, Record<string, unknown>>>;
  for (const [key, name] of Object.entries(TYPE_NAMES)) {
    const definition = schema.definitions?.[key];
    if (definition) definition.title = name;
  }
  delete (schema as Record<string, unknown>).$id;
  (schema as Record<string, unknown>).title = 'Report';
  return compile(schema, 'Report', {
    bannerComment: '/* 由 scripts/gen-schema.ts 从 src/schema/report-schema.ts 生成，请勿手改。 */',
    additionalProperties: false,
    strictIndexSignatures: true,
    format: true,
    style: { singleQuote: true, printWidth: 120 },
  });
}

/** 模板版式（版式.yaml）的类型。 */
export async function generateLayoutTypes(): Promise<string> {
  const schema = forTypes(layoutSchema()) as Record<string, unknown>;
  schema.title = 'Layout';
  return compile(schema, 'Layout', {
    bannerComment: '/* 由 scripts/gen-schema.ts 从 src/schema/layout-schema.ts 生成，请勿手改。 */',
    additionalProperties: false,
    format: true,
    style: { singleQuote: true, printWidth: 120 },
  });
}
