/**
 * 谁也进不来：工作台只听 127.0.0.1，可同一台电脑上别的用户、同一个浏览器里别的网页也连得上它。
 *   - Host 头只能是 127.0.0.1:端口 或 localhost:端口：挡住 DNS 重绑定（坏网站的域名临时解析到 127.0.0.1）。
 *   - 令牌：启动时随机生成，只印在终端的地址里。第一次带着 ?token= 打开时写进 Cookie（HttpOnly、SameSite=Strict），
 *     再跳到不带令牌的地址；页面和静态文件要这个 Cookie。
 *   - /api/ 的每个请求还要 X-Fzbg-Token 头（页面从自己的 HTML 里读到令牌再带上）：别的网页发不出带这个头的请求
 *     （跨源时浏览器先问，本服务不答应），表单提交、<img> 也带不上，挡住 CSRF。
 *   - 跨源来的请求（Origin、Sec-Fetch-Site 不是本站）一律不收。
 * 被挡下的请求都得到一句中文说明，什么也不读、不写。
 */
import { timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';

const TOKEN_COOKIE = 'fzbg_token';
export const TOKEN_HEADER = 'x-fzbg-token';

function same(a: string | undefined, b: string): boolean {
  if (a === undefined) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function cookie(c: Context, name: string): string | undefined {
  const header = c.req.header('cookie') ?? '';
  for (const part of header.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return undefined;
}

const refuse = (c: Context, status: 401 | 403, message: string) =>
  c.req.path.startsWith('/api/') ? c.json({ message }, status) : c.text(message, status);

/** port()：服务实际听的端口（启动后才知道）。 */
export function guard(token: string, port: () => number): MiddlewareHandler {
  return async (c, next) => {
    const host = c.req.header('host') ?? '';
    if (host !== `127.0.0.1:${port()}` && host !== `localhost:${port()}`)
      return refuse(
        c,
        403,
        `不接受这个地址（Host: ${host.slice(0, 100)}）：工作台只能用 fzbg serve 打印的 http://127.0.0.1:${port()}/ 打开。`,
      );
    const origin = c.req.header('origin');
    const site = c.req.header('sec-fetch-site');
    if ((origin !== undefined && origin !== `http://${host}`) || (site !== undefined && site !== 'same-origin' && site !== 'none'))
      return refuse(c, 403, '不接受别的网站发来的请求。');
    const url = new URL(c.req.url);
    const given = url.searchParams.get('token') ?? undefined;
    if (c.req.method === 'GET' && c.req.path === '/' && given !== undefined) {
      if (!same(given, token)) return refuse(c, 401, '地址里的令牌不对：请用 fzbg serve 在终端里打印的地址打开。');
      c.header('set-cookie', `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`);
      return c.redirect('/', 302);
    }
    const ok = c.req.path.startsWith('/api/') ? same(c.req.header(TOKEN_HEADER), token) : same(cookie(c, TOKEN_COOKIE), token);
    if (!ok) return refuse(c, 401, '没有令牌：请用 fzbg serve 在终端里打印的地址（带 ?token=…）打开工作台。');
    await next();
    c.header('x-content-type-options', 'nosniff');
    c.header('referrer-policy', 'no-referrer');
    c.header('cache-control', 'no-store');
  };
}
