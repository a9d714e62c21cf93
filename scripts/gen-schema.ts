/**
 * 由 Schema 生成 data/report.schema.json 和 src/schema/report-types.generated.ts。
 * 类型从 Schema 推出，不手写；tests/schema.test.ts 检查两者没有过期。
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { withCodesTable } from './codes-table.js';
import { reportSchemaJson } from '../src/schema/schema-json.js';
import { generateLayoutTypes, generateReportTypes } from './generate-types.js';

writeFileSync('data/report.schema.json', reportSchemaJson());
writeFileSync('src/schema/report-types.generated.ts', await generateReportTypes());
writeFileSync('src/schema/layout-types.generated.ts', await generateLayoutTypes());
writeFileSync('README.md', withCodesTable(readFileSync('README.md', 'utf8')));
console.log('已写入 README.md 的代码表、 data/report.schema.json 、src/schema/report-types.generated.ts 和 layout-types.generated.ts');
