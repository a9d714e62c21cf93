/** 基准测试的工作线程：在本线程里把几份样例反复走完整流程（读、校验、渲染、打包），报告份数。 */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { writeDocxBuffer } from '../src/docx/fast-docx.js';
import { checkReport } from '../src/pipeline/check-report.js';
import { loadTemplate } from '../src/template/load-template.js';

const { files, count } = workerData as { files: string[]; count: number };
const { template } = loadTemplate('标准');
const bytes = files.map((f) => readFileSync(f));
for (let i = 0; i < 20; i++) {
  const r = checkReport(files[i % files.length], template!, bytes[i % files.length]);
  await writeDocxBuffer(r.rendered!.model, r.rendered!.layout);
}
const started = performance.now();
for (let i = 0; i < count; i++) {
  const r = checkReport(files[i % files.length], template!, bytes[i % files.length]);
  await writeDocxBuffer(r.rendered!.model, r.rendered!.layout);
}
parentPort!.postMessage({ count, ms: performance.now() - started });
