/**
 * 批量生成：把文件分给几个工作线程（默认用满所有核），一次只发一个文件给空闲的线程，
 * 结果一到就交给 onResult，不攒在内存里——内存不随县的个数增长。
 * 找不到工作线程的代码（如测试直接跑 TypeScript 源码）或只有一两个文件时，在本线程里依次生成。
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ReportPipeline } from '../pipeline/report-pipeline.js';
import type { Template } from '../template/load-template.js';
import { buildOne, type BatchItemResult } from './build-one.js';

export interface BatchOptions {
  template: Template;
  templateName: string;
  outRoot: string;
  jobs?: number;
  final?: boolean;
  onResult: (r: BatchItemResult, done: number, total: number) => void;
}

const WORKER = new URL('./build-worker.js', import.meta.url);

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

export async function buildBatch(files: readonly string[], options: BatchOptions): Promise<void> {
  const jobs = Math.max(1, Math.min(options.jobs ?? defaultJobs(), files.length));
  const single = files.length === 1;
  if (jobs === 1 || files.length < 4 || !existsSync(fileURLToPath(WORKER))) {
    let done = 0;
    const pipeline = new ReportPipeline(options.template, { final: options.final === true, remember: 0 });
    for (const f of files) options.onResult(await buildOne(f, pipeline, options.outRoot, { keepWarnings: single }), ++done, files.length);
    return;
  }
  let next = 0;
  let done = 0;
  await new Promise<void>((resolve, reject) => {
    let alive = jobs;
    for (let w = 0; w < jobs; w++) {
      const worker = new Worker(WORKER, {
        workerData: { template: options.templateName, outRoot: options.outRoot, final: options.final === true },
      });
      const feed = () => worker.postMessage(next < files.length ? files[next++] : null);
      worker.on('message', (m: BatchItemResult | { ready: true }) => {
        if (!('ready' in m)) options.onResult(m, ++done, files.length);
        feed();
      });
      worker.on('error', reject);
      worker.on('exit', () => {
        if (--alive === 0) resolve();
      });
    }
  });
}
