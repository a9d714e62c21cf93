/**
 * 数一次命令里某些函数被调用了几次（解析 YAML、解析 Markdown、渲染……），不改产品代码：
 * 用 V8 的精确覆盖率（NODE_V8_COVERAGE，带调用次数）跑一遍不打包的命令行，再按文件和函数名汇总。
 * 用法：node dist/scripts/count-calls.js [--root <另一份构建好的 fzbg>] -- check data
 * 重构前后各量一次，比较同一条命令做了多少重复的工作。
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

interface FunctionCoverage {
  functionName: string;
  ranges: { startOffset: number; endOffset: number; count: number }[];
}
interface ScriptCoverage {
  url: string;
  functions: FunctionCoverage[];
}

/** 要数的函数：显示的名字 → [文件路径的结尾, 函数名, 同名函数多时它在源码里的开头]；几个候选时用第一个载入了的文件。 */
const WATCHED: Record<string, [string, string, string?][]> = {
  'YAML 解析（yaml.parseDocument）': [['yaml/dist/public-api.js', 'parseDocument']],
  'Markdown 解析（markdown-it parse）': [['markdown-it/dist/markdown-it.mjs', 'parse', 'parse(src, env) {']],
  // 新的 renderDocument 里调用 buildView：有 renderDocument 时只数它（见下面的"先到先用"）。
  '报告渲染（旧 buildView / 新 renderDocument）': [
    ['src/render/render-document.js', 'renderDocument'],
    ['src/render/build-view.js', 'buildView'],
  ],
  '版式合并（mergeLayout）': [
    ['src/template/layout.js', 'mergeLayout'],
    ['src/resolve/merge-layout.js', 'mergeLayout'],
  ],
  '正文求值（renderText）': [['src/render/render-text.js', 'renderText']],
};

export function countCalls(root: string, args: string[]): Record<string, number> {
  const dir = mkdtempSync(join(tmpdir(), 'fzbg-cov-'));
  const entry = join(root, 'dist/src/cli.js');
  spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const { run } = await import(${JSON.stringify('file://' + entry)}); process.exitCode = await run(${JSON.stringify(args)});`,
    ],
    {
      cwd: root,
      env: { ...process.env, NODE_V8_COVERAGE: dir },
      stdio: 'ignore',
    },
  );
  const counts: Record<string, number> = Object.fromEntries(Object.keys(WATCHED).map((k) => [k, 0]));
  const scripts = readdirSync(dir).flatMap((f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { result: ScriptCoverage[] }).result);
  for (const [label, targets] of Object.entries(WATCHED)) {
    const target = targets.find(([suffix]) => scripts.some((s) => s.url.endsWith(suffix)));
    if (!target) continue;
    const [suffix, name, opening] = target;
    for (const script of scripts.filter((s) => s.url.endsWith(suffix))) {
      const at = opening === undefined ? -1 : readFileSync(new URL(script.url), 'utf8').indexOf(opening);
      for (const fn of script.functions) {
        const start = fn.ranges[0]?.startOffset ?? -1;
        if (fn.functionName !== name || (at >= 0 && Math.abs(start - at) > 2)) continue;
        counts[label] = (counts[label] ?? 0) + (fn.ranges[0]?.count ?? 0);
      }
    }
  }
  rmSync(dir, { recursive: true, force: true });
  return counts;
}

const argv = process.argv.slice(2);
const rootAt = argv.indexOf('--root');
const root = rootAt >= 0 ? resolve(argv[rootAt + 1] ?? '.') : resolve('.');
const sep = argv.indexOf('--');
const args = sep >= 0 ? argv.slice(sep + 1) : ['check', 'data'];
console.log(`${root}: fzbg ${args.join(' ')}`);
for (const [k, v] of Object.entries(countCalls(root, args))) console.log(`  ${k}: ${v}`);
