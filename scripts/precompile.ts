/**
 * 构建时的预编译（npm run build 调用）：把报告和版式的 JSON Schema 编成 Ajv 的独立校验代码（standalone），
 * 写到 dist/generated/。运行时直接加载，省掉每次启动时编译 Schema 的时间（冷启动里最大的一块）。
 * 另外为标准模板的版式生成 .docx 的固定部件（见 src/docx/docx-parts.ts）。
 * 没有预编译的文件时（如测试直接跑源码），validate-schema.ts 在运行时编译，结果相同。
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { libraryParts, partsKey, PRECOMPILED_PARTS } from '../src/docx/docx-parts.js';
import { loadTemplate } from '../src/template/load-template.js';
import { AJV_OPTIONS, LAYOUT_SCHEMA, REPORT_SCHEMA, PRECOMPILED_DIR } from '../src/validate/validate-schema.js';

mkdirSync(PRECOMPILED_DIR, { recursive: true });
for (const [name, schema] of [
  ['report-validator.cjs', REPORT_SCHEMA],
  ['layout-validator.cjs', LAYOUT_SCHEMA],
] as const) {
  const ajv = new Ajv({ ...AJV_OPTIONS, code: { source: true } });
  const validate = ajv.compile(schema);
  writeFileSync(join(PRECOMPILED_DIR, name), standaloneCode.default(ajv, validate));
}
// 标准模板版式的 .docx 部件（样式、页脚、设置……）：冷启动生成一份报告时不必加载 docx 库。
const loaded = loadTemplate('标准');
if (!loaded.ok) throw new Error('标准模板读取失败');
const { layout } = loaded.template;
writeFileSync(join(PRECOMPILED_DIR, PRECOMPILED_PARTS), JSON.stringify({ key: partsKey(layout), files: await libraryParts(layout) }));
console.log(`已预编译校验代码和标准版式的文档部件到 ${PRECOMPILED_DIR}`);
