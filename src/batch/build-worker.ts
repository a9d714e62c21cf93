/**
 * 批量生成的工作线程：加载一次模板，然后一个接一个地生成主线程发来的文件，把内容（.md、.docx）发回去，由主线程写。
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ReportPipeline } from '../pipeline/report-pipeline.js';
import { loadTemplate } from '../template/load-template.js';
import { produceOne } from './build-one.js';

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
  const item = await produceOne(file, pipeline, input.outRoot, {});
  // .docx 的字节转交（不复制）；它常是一个大 ArrayBuffer 里的一段，先拷成自己的。
  const docx = item.docx ? new Uint8Array(item.docx) : undefined;
  port.postMessage({ ...item, ...(docx ? { docx } : {}) }, docx ? [docx.buffer] : []);
}
port.postMessage({ ready: true });
