/**
 * 开发用：构建某个样例数据文件，把 .docx 的文字与种子报告正文比较，打印相似度和不同之处。
 * 用法：node dist/scripts/compare-seed.js data/南昌县/2023.yaml
 */
import { diffChars } from 'diff';
import { writeDocx } from '../src/docx/write-docx.js';
import { paragraphTexts, readDocumentXml } from '../tests/support/read-docx-text.js';
import { normalizeForComparison, textSimilarity } from '../src/text/text-similarity.js';
import { formatDiagnostic } from '../src/diagnostics/format-diagnostic.js';
import { ReportPipeline } from '../src/pipeline/report-pipeline.js';
import { loadTemplate } from '../src/template/load-template.js';
import { SEEDS, seedBodyLines } from '../tests/support/seed-bodies.js';

const file = process.argv[2] ?? '';
const seed = SEEDS.find((s) => s.data === file);
if (!seed) throw new Error(`不是样例文件：${file}`);
const loaded = loadTemplate('标准');
if (!loaded.ok) throw new Error('标准模板读取失败');
const checked = new ReportPipeline(loaded.template).check(file);
for (const d of checked.diagnostics) console.log(formatDiagnostic(d));
if (!checked.ok) process.exit(1);
const xml = await readDocumentXml(await writeDocx(checked.model, checked.layout));
const built = paragraphTexts(xml)
  .filter((t) => t.trim())
  .join('\n');
const expected = seedBodyLines(seed).join('\n');
console.log(`相似度 ${(textSimilarity(built, expected) * 100).toFixed(2)}%`);
const fig = Object.values(checked.report.指标 ?? {}).reduce((n: number, g) => n + Object.keys(g ?? {}).length, 0);
console.log(`指标 ${fig} 个`);
for (const part of diffChars(normalizeForComparison(expected), normalizeForComparison(built))) {
  if (part.added) console.log(`  生成多出：${part.value.slice(0, 200)}`);
  if (part.removed) console.log(`  种子才有：${part.value.slice(0, 200)}`);
}
