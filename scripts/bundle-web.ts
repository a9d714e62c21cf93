/**
 * 工作台的网页（web/）打成 dist/web/：index.html、app.js（CodeMirror 等都打进去，不用 CDN，离线可用）、app.css。
 * fzbg serve 从这里读（src/serve/web-assets.ts）。
 */
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';

export async function bundleWeb(outdir = 'dist/web'): Promise<void> {
  mkdirSync(outdir, { recursive: true });
  await build({
    entryPoints: { app: 'web/main.ts' },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['chrome109', 'edge109', 'firefox115'],
    minify: true,
    outdir,
    logLevel: 'warning',
    legalComments: 'none',
  });
  await build({ entryPoints: { app: 'web/app.css' }, bundle: true, minify: true, outdir, logLevel: 'warning' });
  copyFileSync('web/index.html', `${outdir}/index.html`);
}
