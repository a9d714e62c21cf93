#!/usr/bin/env node
// fzbg 的可执行入口：优先运行打包好的命令行（dist/bundle，启动快），没有时运行 tsc 编译的 dist/src。
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/bundle/fzbg.js', import.meta.url);
const { run } = await import(existsSync(bundle) ? bundle.href : '../dist/src/cli.js');
process.exitCode = await run(process.argv.slice(2));
