/**
 * 与工作台服务说话：每个请求带上令牌头（令牌在页面的 <meta> 里，服务只把页面给带着 Cookie 的人）。
 * 出错时抛出 ApiError，带服务给的中文说明；连不上时说"工作台已停止"。
 */
const token = document.querySelector<HTMLMetaElement>('meta[name="x-fzbg-token"]')?.content ?? '';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly body: Record<string, unknown>,
  ) {
    super(message);
  }
}

async function send(path: string, init: RequestInit = {}): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(path, { ...init, headers: { 'x-fzbg-token': token, 'content-type': 'application/json', ...init.headers } });
  } catch {
    throw new ApiError('连不上工作台：终端里的 fzbg serve 可能已经停止。你的修改还保存在浏览器里。', 0, {});
  }
  if (res.ok) return res;
  let body: Record<string, unknown> = {};
  try {
    body = (await res.json()) as Record<string, unknown>;
  } catch {
    // 不是 JSON：用状态码说
  }
  throw new ApiError(typeof body.message === 'string' ? body.message : `工作台回答了错误（${res.status}）。`, res.status, body);
}

export async function getJson<T>(path: string, query: Record<string, string> = {}): Promise<T> {
  const q = new URLSearchParams(query).toString();
  return (await (await send(q ? `${path}?${q}` : path)).json()) as T;
}

export async function postJson<T>(path: string, body: unknown): Promise<T> {
  return (await (await send(path, { method: 'POST', body: JSON.stringify(body) })).json()) as T;
}

/** 下载文件（Word、PDF）：服务按 Content-Disposition 给出文件名。 */
export async function postDownload(path: string, body: unknown): Promise<{ blob: Blob; name: string }> {
  const res = await send(path, { method: 'POST', body: JSON.stringify(body) });
  const header = res.headers.get('content-disposition') ?? '';
  const name = decodeURIComponent(/filename\*=UTF-8''([^;]+)/.exec(header)?.[1] ?? 'download');
  return { blob: await res.blob(), name };
}

export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
