#!/usr/bin/env node
// fzbg 的可执行入口：优先运行打包好的命令行（dist/bundle，带代码缓存，启动快），没有时运行 tsc 编译的 dist/src。
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/bundle/fzbg.js', import.meta.url));
const { run } = existsSync(bundle)
  ? createRequire(import.meta.url)('./load-bundle.cjs').loadBundle(bundle).exports
  : await import('../dist/src/cli.js');
process.exitCode = await run(process.argv.slice(2));
