/**
 * 网页的文件（scripts/bundle-web.ts 用 esbuild 打成的 index.html、app.js、app.css，不用 CDN，离线可用）：
 * 从 fzbg 的安装目录 dist/web/ 读，启动时读一次。
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../paths.js';

export interface WebAssets {
  html: string;
  js: string;
  css: string;
}

export type WebAssetsResult = { ok: true; assets: WebAssets } | { ok: false; message: string };

export function webAssets(dir = join(packageRoot(), 'dist', 'web')): WebAssetsResult {
  const files = ['index.html', 'app.js', 'app.css'].map((n) => join(dir, n));
  if (!files.every((f) => existsSync(f))) return { ok: false, message: `找不到工作台的网页文件（${dir}）：请先运行 npm run build。` };
  const [html, js, css] = files.map((f) => readFileSync(f, 'utf8'));
  return { ok: true, assets: { html: html ?? '', js: js ?? '', css: css ?? '' } };
}
