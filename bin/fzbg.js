#!/usr/bin/env node
// fzbg 的可执行入口：优先运行打包好的命令行（dist/bundle，带代码缓存，启动快），没有时运行 tsc 编译的 dist/src。
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

// 万一有没接住的异常（本不该有）：一句中文，不印调用栈（FZBG_DEBUG=1 时才印），退出码 3。
const fatal = (e) => {
  const message = e instanceof Error ? e.message : String(e);
  process.stderr.write(`fzbg 内部错误（这是程序的 bug，请把这段话报告给维护者）：${message.split('\n')[0]}\n`);
  if (process.env.FZBG_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`);
  process.exit(3);
};
process.on('uncaughtException', fatal);
process.on('unhandledRejection', fatal);
const bundle = fileURLToPath(new URL('../dist/bundle/fzbg.js', import.meta.url));
const { run } = existsSync(bundle)
  ? createRequire(import.meta.url)('./load-bundle.cjs').loadBundle(bundle).exports
  : await import('../dist/src/cli.js');
process.exitCode = await run(process.argv.slice(2));
