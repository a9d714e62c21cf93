import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reportSchemaJson } from '../src/schema/schema-json.js';
import { reportSchema } from '../src/schema/report-schema.js';
import { layoutSchema } from '../src/schema/layout-schema.js';
import { generateLayoutTypes, generateReportTypes } from '../scripts/generate-types.js';

/** Schema 里每一个键（properties 的每一项）都要有中文 title 和 description。 */
function untitledKeys(node: unknown, path: string, out: string[]): string[] {
  if (!node || typeof node !== 'object') return out;
  const o = node as Record<string, unknown>;
  if (o.properties && typeof o.properties === 'object') {
    for (const [k, v] of Object.entries(o.properties as Record<string, Record<string, unknown>>)) {
      const title = v.title as string | undefined;
      if (!title || !/[\u4e00-\u9fff]/.test(title) || typeof v.description !== 'string') out.push(`${path}.${k}`);
    }
  }
  for (const [k, v] of Object.entries(o)) if (v && typeof v === 'object') untitledKeys(v, `${path}.${k}`, out);
  return out;
}

describe('数据格式的 Schema', () => {
  it('data/report.schema.json 与源代码一致（过期时运行 npm run gen）', () => {
    expect(readFileSync('data/report.schema.json', 'utf8')).toBe(reportSchemaJson());
  });

  it('TypeScript 类型由 Schema 生成且没有过期', async () => {
    expect(readFileSync('src/schema/report-types.generated.ts', 'utf8')).toBe(await generateReportTypes());
    expect(readFileSync('src/schema/layout-types.generated.ts', 'utf8')).toBe(await generateLayoutTypes());
  });

  it('每个键都有中文标题和说明', () => {
    expect(untitledKeys(reportSchema, '#', [])).toEqual([]);
    expect(untitledKeys(layoutSchema(), '#', [])).toEqual([]);
  });

  it('样例数据文件第一行指向 Schema', () => {
    for (const f of ['data/泸西县/2020.yaml', 'data/瀍河回族区/2021.yaml', 'data/南昌县/2023.yaml', 'data/清镇市/2015.yaml']) {
      expect(readFileSync(f, 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../report.schema.json');
    }
  });
});
