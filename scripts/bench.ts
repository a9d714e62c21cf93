/**
 * 基准测试（npm run bench）：同一次运行里并排、交替地量，取中位数，与对照比：
 *   1. 冷启动 fzbg build 一份样例  vs  pandoc 把这份样例的 .md 预览转成 .docx；
 *   2. 冷启动 fzbg check           vs  node -e 0（Node 本身的启动）；
 *   3. 进程内整条流水线（读、校验、渲染、打包）的吞吐：1 核、2 核，每秒几份；
 *   4. 批量生成 N 个县（默认 2,844，由 generate-counties 生成），墙钟时间和峰值内存。
 * 另外量优化前的写法作对照：不打包、不预编译的命令行；docx 库的写法。
 * 打印一张表，结果写到 out/bench.json。只量不判：数字不好也不失败。
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { generateCounties } from './generate-counties.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 11);
const N = Number(process.env.BENCH_COUNTIES ?? 2844);
const OUT = resolve('out/bench');
const SAMPLE = 'data/南昌县/2023.yaml';
const SAMPLES = [
  'data/泸西县/2020.yaml',
  'data/瀍河回族区/2021.yaml',
  'data/南昌县/2023.yaml',
  'data/清镇市/2015.yaml',
  'data/示例县/2023.yaml',
  'data/示例县/2024.yaml',
];
mkdirSync(OUT, { recursive: true });

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function timed(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): number {
  const t = performance.now();
  const r = spawnSync(cmd, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - t;
  if (r.status !== 0 && r.status !== null && cmd !== 'node') throw new Error(`${cmd} 失败：${r.stderr}`);
  return ms;
}

/** 几个命令交替着各跑 RUNS 次，返回各自的中位数（毫秒）。 */
function alternate(cases: Record<string, () => number>): Record<string, number> {
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
  for (const f of Object.values(cases)) f(); // 预热文件缓存
  for (let i = 0; i < RUNS; i++) for (const [k, f] of Object.entries(cases)) samples[k].push(f());
  return Object.fromEntries(Object.entries(samples).map(([k, xs]) => [k, median(xs)]));
}

const node = process.execPath;
const EXE = resolve('dist/fzbg-linux-x64');
const oldEnv = { ...process.env, FZBG_NO_PRECOMPILED: '1' };
const cliUnbundled = resolve('dist/scripts/../src/cli.js');
const unbundledEntry = join(OUT, 'unbundled-fzbg.mjs');
writeFileSync(
  unbundledEntry,
  `import { run } from ${JSON.stringify(cliUnbundled)};\nprocess.exitCode = await run(process.argv.slice(2));\n`,
);

// 1、2：冷启动
spawnSync(node, ['bin/fzbg.js', 'build', SAMPLE, '--out', join(OUT, 'cold')]);
const md = join(OUT, 'cold', '南昌县', '2023年度法治政府建设情况报告.md');
const cold = alternate({
  'fzbg build（冷启动）': () => timed(node, ['bin/fzbg.js', 'build', SAMPLE, '--out', join(OUT, 'cold')]),
  'fzbg build（不打包、不预编译）': () => timed(node, [unbundledEntry, 'build', SAMPLE, '--out', join(OUT, 'cold')], oldEnv),
  'pandoc .md → .docx': () => timed('pandoc', [md, '-o', join(OUT, 'pandoc.docx')]),
  // 单文件可执行程序（npm run dist 或 dist.js --linux 生成，带启动快照）：不经过 node 命令。
  'fzbg build（单文件程序 fzbg-linux-x64）': () => timed(EXE, ['build', SAMPLE, '--out', join(OUT, 'cold')]),
  'fzbg check（单文件程序 fzbg-linux-x64）': () => timed(EXE, ['check', SAMPLE]),
  'fzbg check（冷启动）': () => timed(node, ['bin/fzbg.js', 'check', SAMPLE]),
  'fzbg check（不打包、不预编译）': () => timed(node, [unbundledEntry, 'check', SAMPLE], oldEnv),
  'node -e 0': () => timed(node, ['-e', '0']),
});

// 3：进程内吞吐
async function throughput(threads: number, count: number, env: NodeJS.ProcessEnv): Promise<number> {
  const started = performance.now();
  await Promise.all(
    Array.from(
      { length: threads },
      () =>
        new Promise<void>((ok, fail) => {
          const w = new Worker(new URL('./bench-worker.js', import.meta.url), { workerData: { files: SAMPLES, count }, env });
          w.on('message', () => ok());
          w.on('error', fail);
        }),
    ),
  );
  return (threads * count) / ((performance.now() - started) / 1000);
}
const warm: Record<string, number> = {};
for (const [label, env] of [
  ['', process.env],
  ['（docx 库的写法）', { ...process.env, FZBG_DOCX_WRITER: 'library' }],
] as const) {
  warm[`1 核${label}`] = await throughput(1, 400, env);
  warm[`2 核${label}`] = await throughput(2, 400, env);
}

// 4：批量
const scale = resolve('out/scale');
rmSync(scale, { recursive: true, force: true });
generateCounties(N, scale);
function batch(label: string, env: NodeJS.ProcessEnv) {
  const out = join(OUT, 'scale-out');
  rmSync(out, { recursive: true, force: true });
  const t = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', node, 'bin/fzbg.js', 'build', scale, '--out', out], { env, encoding: 'utf8' });
  const seconds = (performance.now() - t) / 1000;
  const rssMb = Number(r.stderr.trim().split('\n').pop()) / 1024;
  return { label, seconds, perSecond: N / seconds, rssMb, summary: r.stderr.split('\n').find((l) => l.startsWith('完成')) };
}
const batches = [
  batch(`${N} 个县（${availableParallelism()} 核）`, process.env),
  batch(`${N} 个县，docx 库的写法`, { ...process.env, FZBG_DOCX_WRITER: 'library' }),
];

const pandoc = cold['pandoc .md → .docx'];
const nodeStart = cold['node -e 0'];
console.log('\nfzbg 基准测试（中位数，交替各 ' + RUNS + ' 次）\n');
console.log('| 项目 | 时间 | 对照 |');
console.log('|---|---|---|');
for (const [k, v] of Object.entries(cold)) {
  const ref = k.startsWith('fzbg build')
    ? `${(v / pandoc).toFixed(2)} × pandoc`
    : k.startsWith('fzbg check')
      ? `${(v / nodeStart).toFixed(2)} × node -e 0`
      : '';
  console.log(`| ${k} | ${v.toFixed(0)} 毫秒 | ${ref} |`);
}
for (const [k, v] of Object.entries(warm)) console.log(`| 进程内整条流水线，${k} | ${v.toFixed(0)} 份/秒 | |`);
for (const b of batches)
  console.log(`| 批量 ${b.label} | ${b.seconds.toFixed(1)} 秒，${b.perSecond.toFixed(0)} 份/秒 | 峰值内存 ${b.rssMb.toFixed(0)} MB |`);
writeFileSync('out/bench.json', JSON.stringify({ date: new Date().toISOString(), runs: RUNS, cold, warm, batches }, null, 2));
console.log('\n结果已写入 out/bench.json');
