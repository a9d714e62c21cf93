/**
 * 工作台接口的几件事（浏览器测试之外）：检查给出预览和每块的行、表单填错的数字说清楚、
 * 生成 PDF（LibreOffice）、有错误时不生成 Word、新建下一年不覆盖、命令行 serve 的参数。
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../src/cli.js';
import { captureIo } from './support/capture-io.js';
import { copyData, removeFolder, startTestServer, type TestServer } from './support/workbench-server.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer(copyData(['示例县', '南昌县']));
});
afterAll(async () => {
  await server.close();
  removeFolder(server.folder);
});

async function post(path: string, body: unknown): Promise<Response> {
  return fetch(`${server.origin}${path}`, {
    method: 'POST',
    headers: { 'x-fzbg-token': server.token, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

const sample = (f: string) => readFileSync(join(server.folder, f), 'utf8');

describe('工作台的接口', () => {
  it('检查南昌县：12 页预览，每一块有来源的行，没有问题', async () => {
    const r = (await (await post('/api/check', { file: '南昌县/2023.yaml', text: sample('南昌县/2023.yaml') })).json()) as {
      result: { ok: boolean; problems: unknown[]; preview: { pages: string[] }; blockLines: number[] };
    };
    expect(r.result.ok).toBe(true);
    expect(r.result.problems).toEqual([]);
    expect(r.result.preview.pages).toHaveLength(12);
    const lines = sample('南昌县/2023.yaml').split('\n');
    // 第一块是标题，来自"标题:"那一行
    expect(lines[(r.result.blockLines[0] ?? 0) - 1]).toMatch(/^标题:/);
  });

  it('表单填了不合类型的数字：说清楚，文字不变', async () => {
    const text = sample('示例县/2024.yaml');
    const bad = await post('/api/figure', { text, group: '行政复议', field: '受理', value: 6.5 });
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { message: string }).message).toMatch(/计数，应为整数/);
    const rate = await post('/api/figure', { text, group: '人民调解', field: '成功率', value: 120 });
    expect(((await rate.json()) as { message: string }).message).toMatch(/0 到 100/);
  });

  it('数据有错误：不生成 Word，说有几个错误', async () => {
    const text = sample('示例县/2024.yaml').replace('受理: 66', '受理: 66件');
    const r = await post('/api/docx', { file: '示例县/2024.yaml', text });
    expect(r.status).toBe(422);
    expect(((await r.json()) as { message: string }).message).toMatch(/还有 1 个错误/);
  });

  it('生成 PDF：LibreOffice 转出的 PDF', async () => {
    const r = await post('/api/pdf', { file: '示例县/2024.yaml', text: sample('示例县/2024.yaml') });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/pdf');
    expect(decodeURIComponent(r.headers.get('content-disposition') ?? '')).toContain('2024年度法治政府建设情况报告.pdf');
    expect(
      Buffer.from(await r.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  }, 120_000);

  it('新建下一年：第二次不覆盖（409，指向已有的文件）；没有上一年度的不能比较', async () => {
    const first = await post('/api/next-year', { file: '南昌县/2023.yaml' });
    expect(await first.json()).toEqual({ file: '南昌县/2024.yaml' });
    const made = sample('南昌县/2024.yaml');
    const again = await post('/api/next-year', { file: '南昌县/2023.yaml' });
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ file: '南昌县/2024.yaml' });
    expect(sample('南昌县/2024.yaml')).toBe(made);
    const diff = await post('/api/diff', { file: '南昌县/2023.yaml', text: sample('南昌县/2023.yaml') });
    expect(diff.status).toBe(404);
    expect(((await diff.json()) as { message: string }).message).toMatch(/没有上一年度的文件（2022.yaml）/);
  });

  it('没有内部错误', () => {
    expect(server.internalErrors).toEqual([]);
  });
});

describe('fzbg serve 的命令行', () => {
  it('数据文件夹不存在、端口写错：说清楚，不启动', async () => {
    const io = captureIo();
    expect(await run(['serve', 'no-such-folder', '--no-open'], io)).toBe(1);
    expect(io.stderr).toContain('找不到数据文件夹 no-such-folder');
    const io2 = captureIo();
    expect(await run(['serve', 'data', '--port', '99999', '--no-open'], io2)).toBe(2);
    expect(io2.stderr).toContain('--port 应为 1 到 65535 之间的整数');
  });

  it('端口被占用：说换一个', async () => {
    const io = captureIo();
    expect(await run(['serve', server.folder, '--port', String(server.port), '--no-open'], io)).toBe(1);
    expect(io.stderr).toContain(`端口 ${server.port} 已经被别的程序占用`);
    expect(existsSync(join(server.folder, '示例县', '.fzbg-历史'))).toBe(false);
  });
});
