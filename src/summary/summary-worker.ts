/**
 * 汇总的工作线程：加载一次模板，一批一批地检查主线程发来的文件（一批是一个县的几年，
 * 上一年度在同一个线程里刚检查过，流水线记得它，不再读一遍），把每份的记录发回去。
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ReportPipeline } from '../pipeline/report-pipeline.js';
import { loadTemplate } from '../template/load-template.js';
import { summaryRecord } from './summary-record.js';

const loaded = loadTemplate((workerData as { template: string }).template);
if (!loaded.ok) throw new Error('工作线程读不了模板（主线程已经读过，不该发生）');
const pipeline = new ReportPipeline(loaded.template);
if (!parentPort) throw new Error('summary-worker 只能作为工作线程运行');
const port = parentPort;
port.on('message', (files: string[] | null) => {
  if (files === null) {
    port.close();
    return;
  }
  port.postMessage({ records: files.map((f) => summaryRecord(f, pipeline)) });
});
port.postMessage({ ready: true });
