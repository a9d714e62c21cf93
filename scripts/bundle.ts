/**
 * 把命令行打成一个 CommonJS 文件（esbuild）：启动时不必逐个解析、加载上百个模块文件，
 * 依赖的库全部打进去，所以装好的包不需要 node_modules（npm install -g 只装 fzbg 一个包）。
 * 一个文件而不是按命令拆开：bin/fzbg.js 用 V8 的代码缓存加载它（scripts/code-cache.ts），
 * 缓存里已经编译好的函数不必再解析，整个文件比拆开的几块加载得还快；各命令仍按需初始化（import() 变成延迟的 require）。
 * 同一个文件也是单文件可执行程序（scripts/dist.ts）的主脚本。
 * 输出 dist/bundle/fzbg.js、dist/bundle/build-worker.js（批量生成的工作线程）。
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { bundleWeb } from './bundle-web.js';

const OUT = 'dist/bundle';
rmSync(OUT, { recursive: true, force: true });

await build({
  entryPoints: { fzbg: 'src/cli.ts', 'build-worker': 'src/batch/build-worker.ts', 'summary-worker': 'src/summary/summary-worker.ts' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  outdir: OUT,
  // 源码按 ESM 写，用 import.meta.url 找自己的位置；CommonJS 里换成本文件的 URL（在可执行程序里是程序本身）。
  define: { 'import.meta.url': '__fzbgModuleUrl' },
  banner: { js: "var __fzbgModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
  legalComments: 'none',
});
// package.json 的 "type": "module" 会让 .js 按 ESM 读；这一层说明它们是 CommonJS。
writeFileSync(join(OUT, 'package.json'), '{ "type": "commonjs" }\n');

// 预编译的 Ajv 校验代码 require 了 ajv 的几个运行时小模块：把它们打进去，装好的包里没有 ajv 也能加载。
for (const name of ['report-validator.cjs', 'layout-validator.cjs']) {
  const file = join('dist/generated', name);
  await build({
    entryPoints: [file],
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    outfile: file,
    allowOverwrite: true,
    logLevel: 'warning',
    legalComments: 'none',
  });
}
await bundleWeb();
console.log('已打包到 dist/bundle/，工作台的网页到 dist/web/');
