'use strict';
/**
 * 加载打包好的命令行 dist/bundle/fzbg.js，带上 V8 的代码缓存（fzbg.js.cache，npm run build 时由
 * scripts/code-cache.ts 跑一遍样例后写出）：缓存里的函数已编译好，冷启动不必再解析这 3 MB 的代码。
 * 缓存与 Node 的版本不符时 V8 拒绝它，照常编译，只是慢一点。
 */
const { existsSync, readFileSync } = require('node:fs');
const { createRequire, wrap } = require('node:module');
const { dirname } = require('node:path');
const { Script } = require('node:vm');

function loadBundle(file, cacheFile = file + '.cache') {
  const cachedData = existsSync(cacheFile) ? readFileSync(cacheFile) : undefined;
  const script = new Script(wrap(readFileSync(file, 'utf8')), { filename: file, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  return { exports: module.exports, script };
}

module.exports = { loadBundle };
