/**
 * 批量生成：把文件分给几个工作线程（默认用满所有核），一次只发一个文件给空闲的线程；线程只生成内容，
 * 主线程一份一份地写（同一批里两个文件的地区和年度相同时不互相覆盖），结果一到就交给 onResult，不攒在内存里。
 *
 * 一个县不拖垮整批：工作线程有堆的上限（LIMITS.workerHeapMb），一个县有时间的上限（countySeconds()）；
 * 线程死了（内存用尽、栈溢出）或超时，就结束它、换一个新的，这个县记为失败（budget/county），其余照样生成。
 * 找不到工作线程的代码（如测试直接跑 TypeScript 源码）或只有一个文件时，在本线程里生成。
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { countySeconds, LIMITS } from '../core/limits.js';
import { ReportPipeline } from '../pipeline/report-pipeline.js';
import type { Template } from '../template/load-template.js';
import { failed, produceOne, writeProduced, type BatchItemResult, type ProducedItem } from './build-one.js';

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
  const claims = new Map<string, string>();
  let done = 0;
  const finish = (item: ProducedItem) => options.onResult(writeProduced(item, options.outRoot, claims), ++done, files.length);
  if (jobs === 1 || files.length < 4 || !existsSync(fileURLToPath(WORKER))) {
    const pipeline = new ReportPipeline(options.template, { final: options.final === true, remember: 0 });
    for (const f of files) finish(await produceOne(f, pipeline, options.outRoot, { keepWarnings: files.length === 1 }));
    return;
  }
  await new WorkerPool(files, jobs, options, finish).run();
}

/** 几个工作线程：每个一次一个文件；死掉或超时的换掉。 */
class WorkerPool {
  private next = 0;
  private running = 0;
  /** 还没拿到文件就死掉的线程数：多了说明线程本身起不来，剩下的文件都记为失败，不再无休止地换。 */
  private stillborn = 0;
  private resolve: () => void = () => undefined;
  private readonly limitMs: number;

  constructor(
    private readonly files: readonly string[],
    private readonly jobs: number,
    private readonly options: BatchOptions,
    private readonly finish: (item: ProducedItem) => void,
  ) {
    this.limitMs = countySeconds() * 1000;
  }

  run(): Promise<void> {
    return new Promise((resolve) => {
      this.resolve = resolve;
      for (let i = 0; i < this.jobs; i++) this.start();
    });
  }

  private start(): void {
    if (this.next >= this.files.length) {
      if (this.running === 0) this.resolve();
      return;
    }
    this.running++;
    const worker = new Worker(WORKER, {
      workerData: { template: this.options.templateName, outRoot: this.options.outRoot, final: this.options.final === true },
      // 只限老生代时 V8 按它推出的新生代偏小，垃圾回收多做了约两成的 CPU（2,844 个县：用户时间 28—32 秒，对照 20—24 秒）；
      // 新生代给回约默认的大小（24 MB）就回到 24—26 秒。再大反而更慢（64 MB：40 秒）。
      resourceLimits: { maxOldGenerationSizeMb: LIMITS.workerHeapMb, maxYoungGenerationSizeMb: 24, stackSizeMb: 8 },
    });
    let current: string | undefined;
    let timer: NodeJS.Timeout | undefined;
    let ended = false;
    let fed = false;
    const end = (why?: string) => {
      if (ended) return;
      ended = true;
      if (timer) clearTimeout(timer);
      if (current !== undefined && why !== undefined) this.finish(failed(current, 'budget/county', why, BUDGET_FIX));
      else if (!fed && ++this.stillborn > 3)
        while (this.next < this.files.length) {
          const f = this.files[this.next++];
          if (f !== undefined) this.finish(failed(f, 'internal/bug', 'fzbg 内部错误（请报告）：批量生成的工作线程起不来。'));
        }
      current = undefined;
      this.running--;
      void worker.terminate();
      // 换一个新的线程接着做剩下的文件
      this.start();
    };
    const feed = () => {
      if (timer) clearTimeout(timer);
      if (this.next >= this.files.length) {
        current = undefined;
        worker.postMessage(null);
        return;
      }
      current = this.files[this.next++];
      fed = true;
      worker.postMessage(current);
      timer = setTimeout(() => end(`生成这一份超过了 ${countySeconds()} 秒的预算，已停下（其余的照样生成）。`), this.limitMs);
    };
    worker.on('message', (m: ProducedItem | { ready: true }) => {
      if (ended) return;
      if (!('ready' in m)) {
        current = undefined;
        this.finish(m);
      }
      feed();
    });
    worker.on('error', (e) => {
      const oom = (e as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
      end(
        oom
          ? `生成这一份用的内存超过了 ${LIMITS.workerHeapMb} MB 的预算，已停下（其余的照样生成）。`
          : '生成这一份时工作线程意外结束（其余的照样生成）。',
      );
    });
    worker.on('exit', () => end(current === undefined ? undefined : '生成这一份时工作线程意外结束（其余的照样生成）。'));
  }
}

const BUDGET_FIX = '这份数据大得不像一份报告（或写法让工作量成倍放大）：用 fzbg check 看它，把过长、过多的部分拆开或删掉。';
