/**
 * 测试用的工作台：把样例数据复制到临时文件夹（测试改的是副本，决不碰 data/），在本进程里启动服务。
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWorkbench } from '../../src/serve/start-workbench.js';
import { loadTemplate } from '../../src/template/load-template.js';

export interface TestServer {
  url: string;
  origin: string;
  token: string;
  port: number;
  folder: string;
  internalErrors: unknown[];
  close(): Promise<void>;
}

/** 复制 data/ 里的几个县到临时文件夹。 */
export function copyData(regions: readonly string[]): string {
  const folder = mkdtempSync(join(tmpdir(), 'fzbg-serve-test-'));
  for (const r of regions) cpSync(join('data', r), join(folder, r), { recursive: true });
  return folder;
}

export async function startTestServer(folder: string, port?: number): Promise<TestServer> {
  const template = loadTemplate('标准');
  if (!template.ok) throw new Error('标准模板读不出来');
  const internalErrors: unknown[] = [];
  const started = await startWorkbench({
    folder,
    template: template.template,
    ...(port !== undefined ? { port } : {}),
    onInternalError: (e) => internalErrors.push(e),
  });
  if (!started.ok) throw new Error(started.message);
  const url = new URL(started.url);
  return {
    url: started.url,
    origin: url.origin,
    token: url.searchParams.get('token') ?? '',
    port: started.port,
    folder,
    internalErrors,
    close: started.close,
  };
}

export function removeFolder(folder: string): void {
  rmSync(folder, { recursive: true, force: true });
}
