/**
 * 谁也进不来，什么也没写：没有令牌、别的 Host、数据文件夹以外的路径、10 MB 的请求——每一种都被拒绝，
 * 给出中文说明，磁盘上的文件一个字节不变，也没有多出以前的版本。
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyData, removeFolder, startTestServer, type TestServer } from './support/workbench-server.js';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/** 原样的 HTTP 请求（fetch 不让改 Host 头）。 */
function send(
  port: number,
  {
    method = 'GET',
    path = '/',
    headers = {},
    body,
  }: { method?: string; path?: string; headers?: Record<string, string>; body?: string | Buffer },
  host = '127.0.0.1',
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host, port, method, path, headers: { host: `127.0.0.1:${port}`, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    if (body !== undefined) req.end(body);
    else req.end();
  });
}

let server: TestServer;
let file: string;
let original: Buffer;
const outside = join(tmpdir(), `fzbg-outside-${process.pid}.yaml`);
const outsideText = '地区: 别处\n';

beforeAll(async () => {
  const folder = copyData(['示例县']);
  file = join(folder, '示例县', '2024.yaml');
  original = readFileSync(file);
  writeFileSync(outside, outsideText);
  // 数据文件夹里一个指到外面的符号链接
  mkdirSync(join(folder, '别处'));
  symlinkSync(outside, join(folder, '别处', '2023.yaml'));
  server = await startTestServer(folder);
});
afterAll(async () => {
  await server.close();
  removeFolder(server.folder);
  removeFolder(outside);
});

const api = (token = server.token) => ({ 'x-fzbg-token': token, 'content-type': 'application/json' });
const saveBody = (f: string) => JSON.stringify({ file: f, text: '地区: 被改了\n', base: 'x' });

/** 磁盘上什么也没变：文件一样，没有以前的版本，外面的文件也一样。 */
function nothingWritten(): void {
  expect(readFileSync(file)).toEqual(original);
  expect(existsSync(join(server.folder, '示例县', '.fzbg-历史'))).toBe(false);
  expect(readFileSync(outside, 'utf8')).toBe(outsideText);
}

describe('令牌', () => {
  it('没有令牌：页面和接口都拒绝，说怎样打开', async () => {
    const page = await send(server.port, { path: '/' });
    expect(page.status).toBe(401);
    expect(page.text).toContain('fzbg serve');
    const files = await send(server.port, { path: '/api/files' });
    expect(files.status).toBe(401);
    expect(JSON.parse(files.text).message).toMatch(/令牌/);
    const save = await send(server.port, {
      method: 'POST',
      path: '/api/save',
      headers: { 'content-type': 'application/json' },
      body: saveBody('示例县/2024.yaml'),
    });
    expect(save.status).toBe(401);
    nothingWritten();
  });

  it('令牌不对：拒绝', async () => {
    expect((await send(server.port, { path: '/?token=abc' })).status).toBe(401);
    const save = await send(server.port, { method: 'POST', path: '/api/save', headers: api('abc'), body: saveBody('示例县/2024.yaml') });
    expect(save.status).toBe(401);
    nothingWritten();
  });

  it('Cookie 只管页面：接口还要令牌头（别的网页带着 Cookie 也发不出请求）', async () => {
    const cookie = `fzbg_token=${server.token}`;
    expect((await send(server.port, { path: '/', headers: { cookie } })).status).toBe(200);
    const save = await send(server.port, {
      method: 'POST',
      path: '/api/save',
      headers: { cookie, 'content-type': 'application/json' },
      body: saveBody('示例县/2024.yaml'),
    });
    expect(save.status).toBe(401);
    nothingWritten();
  });

  it('第一次带令牌打开：写 Cookie（HttpOnly、SameSite=Strict），跳到不带令牌的地址', async () => {
    const r = await send(server.port, { path: `/?token=${server.token}` });
    expect(r.status).toBe(302);
    expect(r.headers.location).toBe('/');
    expect(String(r.headers['set-cookie'])).toMatch(new RegExp(`^fzbg_token=${server.token}; HttpOnly; SameSite=Strict; Path=/`));
  });
});

describe('Host 头与来源（DNS 重绑定、CSRF）', () => {
  it('别的 Host：页面和接口都拒绝', async () => {
    const host = `evil.example:${server.port}`;
    const page = await send(server.port, { path: `/?token=${server.token}`, headers: { host } });
    expect(page.status).toBe(403);
    expect(page.text).toContain('不接受这个地址');
    const save = await send(server.port, {
      method: 'POST',
      path: '/api/save',
      headers: { ...api(), host },
      body: saveBody('示例县/2024.yaml'),
    });
    expect(save.status).toBe(403);
    nothingWritten();
  });

  it('别的网站发来的请求（Origin、Sec-Fetch-Site）：拒绝', async () => {
    const a = await send(server.port, {
      method: 'POST',
      path: '/api/save',
      headers: { ...api(), origin: 'http://evil.example' },
      body: saveBody('示例县/2024.yaml'),
    });
    expect(a.status).toBe(403);
    const b = await send(server.port, { path: '/api/files', headers: { ...api(), 'sec-fetch-site': 'cross-site' } });
    expect(b.status).toBe(403);
    nothingWritten();
  });

  it('只听 127.0.0.1：127.0.0.2 上连不上', async () => {
    await expect(send(server.port, { path: '/' }, '127.0.0.2')).rejects.toThrow(/ECONNREFUSED/);
  });
});

describe('数据文件夹以外的路径', () => {
  const paths = [
    '../示例县/2024.yaml',
    '示例县/../../etc/passwd.yaml',
    '/etc/passwd',
    '示例县\\2024.yaml',
    '示例县/.fzbg-历史/2024.yaml',
    '别处/2023.yaml',
  ];

  it.each(paths)('读 %s：拒绝', async (p) => {
    const r = await send(server.port, { path: `/api/file?file=${encodeURIComponent(p)}`, headers: api() });
    expect(r.status).toBe(403);
    expect(JSON.parse(r.text).message).toMatch(/不在数据文件夹里|数据文件夹以外|只能打开数据文件/);
    expect(r.text).not.toContain('地区: 别处');
  });

  it.each(paths)('存 %s：拒绝，什么也没写', async (p) => {
    const r = await send(server.port, { method: 'POST', path: '/api/save', headers: api(), body: saveBody(p) });
    expect(r.status).toBe(403);
    nothingWritten();
  });

  it('以前的版本的名字里带 ..：找不到', async () => {
    const r = await send(server.port, {
      path: `/api/version?file=${encodeURIComponent('示例县/2024.yaml')}&id=${encodeURIComponent('../2023.yaml')}`,
      headers: api(),
    });
    expect(r.status).toBe(404);
  });

  it('新建下一年也只在数据文件夹里：符号链接指到外面的不认', async () => {
    const r = await send(server.port, {
      method: 'POST',
      path: '/api/next-year',
      headers: api(),
      body: JSON.stringify({ file: '别处/2023.yaml' }),
    });
    expect(r.status).toBe(403);
    expect(readdirSync(join(server.folder, '别处'))).toEqual(['2023.yaml']);
  });
});

describe('请求大小', () => {
  it('10 MB 的请求：413，什么也没写', async () => {
    const text = '# ' + 'x'.repeat(10 * 1024 * 1024);
    const r = await send(server.port, {
      method: 'POST',
      path: '/api/save',
      headers: api(),
      body: JSON.stringify({ file: '示例县/2024.yaml', text, base: 'x' }),
    });
    expect(r.status).toBe(413);
    expect(JSON.parse(r.text).message).toMatch(/请求太大/);
    nothingWritten();
  });

  it('不是 JSON 的请求：400，说格式不对', async () => {
    const r = await send(server.port, { method: 'POST', path: '/api/save', headers: api(), body: '{"file": ' });
    expect(r.status).toBe(400);
    expect(JSON.parse(r.text).message).toMatch(/格式不对/);
    nothingWritten();
  });

  it('被拒绝的请求都没有引起内部错误', () => {
    expect(server.internalErrors).toEqual([]);
  });
});
