/**
 * 为 dist/bundle/fzbg.js 写 V8 代码缓存（npm run build 的最后一步）：在本进程里加载它，
 * 把 check、build 各跑一遍样例（输出到临时文件夹，信息不打印），再把此时已编译的函数存成 fzbg.js.cache。
 * bin/fzbg.js 加载时带上它，冷启动省掉解析和编译（见 bin/load-bundle.cjs）。
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Script } from 'node:vm';

const BUNDLE = resolve('dist/bundle/fzbg.js');
const SAMPLE = 'data/南昌县/2023.yaml';

type Run = (argv: string[], io: unknown) => Promise<number>;
const { loadBundle } = createRequire(import.meta.url)(resolve('bin/load-bundle.cjs')) as {
  loadBundle: (file: string, cacheFile?: string) => { exports: { run: Run }; script: Script };
};
// 不带旧缓存加载，免得把上一次构建的缓存再存一遍。
const { exports, script } = loadBundle(BUNDLE, join(tmpdir(), 'fzbg-no-cache'));
const quiet = { out: () => undefined, err: () => undefined, isTTY: false, isStdoutTTY: false, write: () => undefined };
const out = mkdtempSync(join(tmpdir(), 'fzbg-code-cache-'));
try {
  for (const argv of [
    ['check', SAMPLE],
    ['build', SAMPLE, '--out', out],
  ]) {
    const code = await exports.run(argv, quiet);
    if (code !== 0) throw new Error(`写代码缓存时 fzbg ${argv.join(' ')} 失败（退出码 ${code}）`);
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
writeFileSync(`${BUNDLE}.cache`, script.createCachedData());
console.log('已写入代码缓存 dist/bundle/fzbg.js.cache');
