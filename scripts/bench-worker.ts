/** 基准测试的工作线程：在本线程里把几份样例反复走完整流程（读、校验、渲染、打包），报告份数和用时。 */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { writeDocx } from '../src/docx/write-docx.js';
import { ReportPipeline } from '../src/pipeline/report-pipeline.js';
import { loadTemplate } from '../src/template/load-template.js';
import { writeDocxWithLibrary } from './bench-library-writer.js';

const { files, count, writer } = workerData as { files: string[]; count: number; writer?: 'library' };
const loaded = loadTemplate('标准');
if (!loaded.ok) throw new Error('标准模板读取失败');
const pipeline = new ReportPipeline(loaded.template);
const bytes = files.map((f) => readFileSync(f));
const once = async (i: number) => {
  const r = pipeline.check(files[i % files.length] ?? '', bytes[i % files.length]);
  if (r.ok) await (writer === 'library' ? writeDocxWithLibrary(r.model, r.layout) : writeDocx(r.model, r.layout));
};
for (let i = 0; i < 20; i++) await once(i);
const started = performance.now();
for (let i = 0; i < count; i++) await once(i);
parentPort?.postMessage({ count, ms: performance.now() - started });
