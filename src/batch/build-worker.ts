/**
 * 批量生成的工作线程：加载一次模板，然后一个接一个地生成主线程发来的文件，把结果发回去。
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ReportPipeline } from '../pipeline/report-pipeline.js';
import { loadTemplate } from '../template/load-template.js';
import { buildOne } from './build-one.js';

interface WorkerInput {
  template: string;
  outRoot: string;
  final: boolean;
}

const input = workerData as WorkerInput;
const loaded = loadTemplate(input.template);
if (!loaded.ok) throw new Error('工作线程读不了模板（主线程已经读过，不该发生）');
const pipeline = new ReportPipeline(loaded.template, { final: input.final, remember: 0 });
if (!parentPort) throw new Error('build-worker 只能作为工作线程运行');
const port = parentPort;
port.on('message', (file: string | null) => void buildNext(file));

async function buildNext(file: string | null): Promise<void> {
  if (file === null) {
    port.close();
    return;
  }
  port.postMessage(await buildOne(file, pipeline, input.outRoot, {}));
}
port.postMessage({ ready: true });
