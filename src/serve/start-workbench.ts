/**
 * 启动工作台：只听 127.0.0.1；端口先试由数据文件夹算出的固定端口（同一个文件夹每次是同一个地址，
 * 浏览器里没保存的修改按地址存放，重启后还找得到），被占了再让系统给一个空闲的；--port 给定时只用它。
 */
import { createAdaptorServer } from '@hono/node-server';
import { createHash, randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Template } from '../template/load-template.js';
import { webAssets } from './web-assets.js';
import { workbenchApp } from './workbench-app.js';
import { Workbench } from './workbench.js';

export interface WorkbenchOptions {
  folder: string;
  template: Template;
  /** 不给时先试固定端口，再用空闲端口。 */
  port?: number;
  onInternalError: (e: unknown) => void;
}

export type Started = { ok: true; url: string; port: number; close: () => Promise<void> } | { ok: false; message: string };

/** 由数据文件夹的路径算出的端口（20000–29999）。 */
function preferredPort(root: string): number {
  return 20000 + (createHash('sha256').update(root).digest().readUInt32BE(0) % 10000);
}

function listen(server: Server, port: number): Promise<number | NodeJS.ErrnoException> {
  return new Promise((resolve) => {
    const onError = (e: NodeJS.ErrnoException) => resolve(e);
    server.once('error', onError);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

export async function startWorkbench(options: WorkbenchOptions): Promise<Started> {
  const assets = webAssets();
  if (!assets.ok) return assets;
  const bench = new Workbench(options.folder, options.template);
  const token = randomBytes(24).toString('base64url');
  let port = 0;
  const app = workbenchApp(bench, { token, port: () => port, assets: assets.assets, onInternalError: options.onInternalError });
  const server = createAdaptorServer({ fetch: app.fetch }) as Server;
  const tries = options.port !== undefined ? [options.port] : [preferredPort(bench.folder.root), 0];
  let last: NodeJS.ErrnoException | undefined;
  for (const p of tries) {
    const r = await listen(server, p);
    if (typeof r === 'number') {
      port = r;
      return {
        ok: true,
        url: `http://127.0.0.1:${port}/?token=${token}`,
        port,
        close: () =>
          new Promise<void>((resolve) => {
            server.close(() => resolve());
            server.closeAllConnections();
          }),
      };
    }
    last = r;
  }
  return {
    ok: false,
    message:
      last?.code === 'EADDRINUSE'
        ? `端口 ${options.port ?? ''} 已经被别的程序占用：换一个 --port，或不写 --port 让 fzbg 自己找。`
        : `工作台启动不了：${last?.message ?? '未知原因'}`,
  };
}
