/**
 * npm run pack：做出要发布、要 npm install -g 的 fzbg-<版本>.tgz（写到 dist/）。
 * 包里只有 package.json 的 files 列出的东西（打包好的命令行、预编译的部件、模板、README），
 * 运行时不依赖任何别的包：库都已打进 dist/bundle，所以装的时候不下载别的包、不报 EBADENGINE。
 * 先把这些放进 dist/package/ 再打包，包里的 package.json 去掉 scripts、devDependencies：
 * 装好的包没有 prepare 之类的脚本（新版 npm 会对带安装脚本的包提出警告），也不列出只有开发时用的包。
 * 在 npm run build 之后运行（npm run pack 会先构建）。
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

interface Manifest {
  name: string;
  version: string;
  files: string[];
  [key: string]: unknown;
}

/** 打包，返回 .tgz 的绝对路径。 */
export function packFzbg(root = resolve('.'), dest = resolve(root, 'dist')): string {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Manifest;
  const stage = join(root, 'dist', 'package');
  rmSync(stage, { recursive: true, force: true });
  mkdirSync(stage, { recursive: true });
  for (const entry of manifest.files) {
    const from = join(root, entry);
    if (!existsSync(from)) throw new Error(`要打包的 ${entry} 不存在：先运行 npm run build。`);
    cpSync(from, join(stage, entry), { recursive: true });
  }
  // 只留装的人用得着的字段。private 也去掉：这个包本来就是给 npm install -g 的。
  const { scripts: _s, devDependencies: _d, overrides: _o, private: _p, ...published } = manifest;
  writeFileSync(join(stage, 'package.json'), JSON.stringify(published, null, 2) + '\n');
  mkdirSync(dest, { recursive: true });
  const out = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dest], {
    cwd: stage,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const [info] = JSON.parse(out) as { filename: string }[];
  if (!info) throw new Error('npm pack 没有输出文件名');
  return join(dest, info.filename);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve('dist/scripts/pack.js')) {
  console.log(`已打包：${packFzbg()}`);
}
