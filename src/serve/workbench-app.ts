/**
 * 工作台的 HTTP 接口（hono）：先过门卫（guard.ts），再限请求大小，然后每个地址调 Workbench 的一件事。
 * 请求和回答都是 JSON（下载的 Word、PDF 是文件）；出错时回答 { message: 中文说明 }，决不把程序的堆栈给页面。
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { editorSchema } from './editor-schema.js';
import { guard, TOKEN_HEADER } from './guard.js';
import type { WebAssets } from './web-assets.js';
import type { Download, Outcome, Workbench } from './workbench.js';

/** 一份数据文件不超过 2 MB，JSON 包装后留些余量。 */
const MAX_BODY = 3 * 1024 * 1024;

export interface AppOptions {
  token: string;
  port: () => number;
  assets: WebAssets;
  /** 内部错误（程序的 bug）写到终端，页面只得到一句中文。 */
  onInternalError: (e: unknown) => void;
}

type Json = Record<string, unknown>;

function reply<T extends object>(c: Context, o: Outcome<T>): Response {
  if (!o.ok) return c.json({ message: o.message, ...(o.extra ?? {}) }, o.status);
  const { ok: _ok, ...rest } = o;
  return c.json(rest);
}

function download(c: Context, o: Outcome<{ download: Download }>): Response {
  if (!o.ok) return reply(c, o);
  const { bytes, name, type } = o.download;
  return c.body(Buffer.from(bytes), 200, {
    'content-type': type,
    'content-disposition': `attachment; filename="download"; filename*=UTF-8''${encodeURIComponent(name)}`,
  });
}

async function body(c: Context): Promise<Json | undefined> {
  try {
    const v: unknown = await c.req.json();
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined;
  } catch {
    return undefined;
  }
}

export function workbenchApp(bench: Workbench, options: AppOptions): Hono {
  const app = new Hono();
  app.use('*', guard(options.token, options.port));
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: MAX_BODY,
      onError: (c) => c.json({ message: '请求太大（超过 3 MB），没有处理。一份报告的数据不会这么大。' }, 413),
    }),
  );
  const post = (path: string, handle: (c: Context, b: Json) => Response | Promise<Response>) =>
    app.post(path, async (c) => {
      const b = await body(c);
      return b ? handle(c, b) : c.json({ message: '请求的格式不对（应为 JSON 对象）。' }, 400);
    });

  app.get('/', (c) => {
    const html = options.assets.html.replace('</head>', `<meta name="${TOKEN_HEADER}" content="${options.token}"></head>`);
    c.header(
      'content-security-policy',
      "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; frame-ancestors 'none'",
    );
    return c.html(html);
  });
  app.get('/app.js', (c) => c.body(options.assets.js, 200, { 'content-type': 'text/javascript; charset=utf-8' }));
  app.get('/favicon.ico', (c) => c.body(null, 204));
  app.get('/app.css', (c) => c.body(options.assets.css, 200, { 'content-type': 'text/css; charset=utf-8' }));

  app.get('/api/files', (c) => c.json({ folder: bench.folder.root, counties: bench.folder.list(), pdf: bench.pdfAvailable() }));
  app.get('/api/schema', (c) => c.json(editorSchema()));
  app.get('/api/file', (c) => reply(c, bench.open(c.req.query('file'))));
  app.get('/api/state', (c) => reply(c, bench.state(c.req.query('file'))));
  app.get('/api/history', (c) => reply(c, bench.history(c.req.query('file'))));
  app.get('/api/version', (c) => reply(c, bench.version(c.req.query('file'), c.req.query('id'))));
  post('/api/check', (c, b) => reply(c, bench.check(b.file, b.text)));
  post('/api/save', (c, b) => reply(c, bench.save(b.file, b.text, b.base)));
  post('/api/figure', (c, b) => reply(c, bench.figure(b.text, b.group, b.field, b.value)));
  post('/api/diff', (c, b) => reply(c, bench.diffHtml(b.file, b.text)));
  post('/api/next-year', (c, b) => reply(c, bench.nextYear(b.file)));
  post('/api/docx', async (c, b) => download(c, await bench.docx(b.file, b.text)));
  post('/api/pdf', async (c, b) => download(c, await bench.pdf(b.file, b.text)));
  post('/api/redline', async (c, b) => download(c, await bench.redline(b.file, b.text)));

  app.notFound((c) => c.json({ message: `没有这个地址：${c.req.path.slice(0, 100)}` }, 404));
  app.onError((e, c) => {
    options.onInternalError(e);
    return c.json({ message: 'fzbg 内部错误（这是程序的 bug，请把终端里显示的信息报告给维护者）。你的修改还在编辑器里，没有丢。' }, 500);
  });
  return app;
}
