#!/usr/bin/env node
// fzbg 的可执行入口：运行编译好的命令行，把退出码交给进程。
import { run } from '../dist/src/cli.js';

process.exitCode = await run(process.argv.slice(2));
