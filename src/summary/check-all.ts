/**
 * 检查汇总里的每一份报告：按县分批（一个县的几年一起，同比要的上一年度就在同一个线程里），
 * 分给几个工作线程（默认用满所有核），一批检查完就交给 onRecord。
 * 找不到工作线程的代码（测试直接跑 TypeScript 源码）或文件很少时，在本线程里依次检查。
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ReportPipeline } from '../pipeline/report-pipeline.js';
import type { Template } from '../template/load-template.js';
import { summaryRecord, type SummaryRecord } from './summary-record.js';

const WORKER = new URL('./summary-worker.js', import.meta.url);

export interface CheckAllOptions {
  template: Template;
  templateName: string;
  jobs?: number;
  onRecord: (r: SummaryRecord, done: number, total: number) => void;
}

export async function checkAll(files: readonly string[], options: CheckAllOptions): Promise<void> {
  const batches = byFolder(files);
  const jobs = Math.max(1, Math.min(options.jobs ?? availableParallelism(), batches.length));
  let done = 0;
  const deliver = (r: SummaryRecord) => options.onRecord(r, ++done, files.length);
  if (jobs === 1 || files.length < 8 || !existsSync(fileURLToPath(WORKER))) {
    const pipeline = new ReportPipeline(options.template);
    for (const batch of batches) for (const f of batch) deliver(summaryRecord(f, pipeline));
    return;
  }
  let next = 0;
  await new Promise<void>((resolve, reject) => {
    let alive = jobs;
    for (let w = 0; w < jobs; w++) {
      const worker = new Worker(WORKER, { workerData: { template: options.templateName } });
      const feed = () => worker.postMessage(next < batches.length ? batches[next++] : null);
      worker.on('message', (m: { records: SummaryRecord[] } | { ready: true }) => {
        if ('records' in m) m.records.forEach(deliver);
        feed();
      });
      worker.on('error', reject);
      worker.on('exit', () => {
        if (--alive === 0) resolve();
      });
    }
  });
}

/** 一批至少这么多份（一县一份时，几千条消息来回也费时间）。 */
const BATCH = 16;

/** 按文件夹分批，一批里按年份从早到晚（上一年度先检查，流水线记住它）；小的文件夹几个并成一批。 */
function byFolder(files: readonly string[]): string[][] {
  const map = new Map<string, string[]>();
  for (const f of files) map.set(dirname(f), [...(map.get(dirname(f)) ?? []), f]);
  const batches: string[][] = [];
  let current: string[] = [];
  for (const list of map.values()) {
    current.push(...list.sort());
    if (current.length >= BATCH) {
      batches.push(current);
      current = [];
    }
  }
  if (current.length) batches.push(current);
  return batches;
}
