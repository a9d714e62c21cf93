/**
 * 基准测试（npm run bench）：同一次运行里并排、交替地量，取中位数，与对照比：
 *   1. 冷启动 fzbg build 一份样例  vs  pandoc 把这份样例的 .md 预览转成 .docx；
 *   2. 冷启动 fzbg check           vs  node -e 0（Node 本身的启动）；
 *   3. 进程内整条流水线（读、校验、渲染、打包）的吞吐：1 核、2 核，每秒几份；另用 docx 库写整份文档作对照；
 *   4. 批量生成 N 个县（默认 2,844，由 generate-counties 生成），墙钟时间和峰值内存；
 *   5. 工作台（fzbg serve）在浏览器里从按键到预览更新的时间，100 次的中位数和 95%（scripts/bench-serve.ts）。
 *   6. 预算以内最坏的输入（worst-inputs.ts）各自的时间和峰值内存，和 300 个县里混着 6 个失控的县的批量
 *      （健康的是否都生成、失控的是否都点了名、峰值内存）。
 *   7. 这 N 个县的汇总（fzbg summary：逐份检查，写 .xlsx 和 .html），墙钟时间和峰值内存。
 * 还量不打包、不预编译的命令行（临时拼一份没有 dist/generated 的安装）。
 * --peer <目录>：另一份构建好的 fzbg（如改动之前的提交，git worktree 出来后 npm ci && npm run build），
 * 每一项也量它，交替着量，打印"本次 ÷ 对照"。只量不判：数字不好也不失败。结果写到 out/bench.json。
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { at } from '../src/core/at.js';
import { generateCounties } from './generate-counties.js';
import { measureServeLatency } from './bench-serve.js';
import { batchWithRunaways, worstInputs } from './worst-inputs.js';

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
const peerAt = process.argv.indexOf('--peer');
const PEER = peerAt >= 0 ? resolve(process.argv[peerAt + 1] ?? '') : undefined;
if (PEER && !existsSync(join(PEER, 'bin/fzbg.js'))) throw new Error(`--peer ${PEER} 不是构建好的 fzbg`);
mkdirSync(OUT, { recursive: true });

const median = (xs: number[]) =>
  at(
    [...xs].sort((a, b) => a - b),
    Math.floor(xs.length / 2),
  );

function timed(cmd: string, args: string[]): number {
  const t = performance.now();
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - t;
  if (r.status !== 0 && r.status !== null && cmd !== process.execPath) throw new Error(`${cmd} 失败：${r.stderr.toString()}`);
  return ms;
}

/** 几个命令交替着各跑 RUNS 次，返回各自的中位数（毫秒）。 */
function alternate(cases: Record<string, () => number>): Record<string, number> {
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
  for (const f of Object.values(cases)) f(); // 预热文件缓存
  for (let i = 0; i < RUNS; i++) for (const [k, f] of Object.entries(cases)) samples[k]?.push(f());
  return Object.fromEntries(Object.entries(samples).map(([k, xs]) => [k, median(xs)]));
}

/** 不打包、不预编译的一份临时安装：tsc 编出的模块、没有 dist/generated（校验代码和文档部件在运行时生成）。 */
function unoptimisedInstall(): string {
  const dir = join(OUT, 'unoptimised');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'dist'), { recursive: true });
  cpSync('dist/src', join(dir, 'dist/src'), { recursive: true });
  cpSync('package.json', join(dir, 'package.json'));
  symlinkSync(resolve('templates'), join(dir, 'templates'));
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'fzbg.mjs'), `import { run } from './dist/src/cli.js';\nprocess.exitCode = await run(process.argv.slice(2));\n`);
  return join(dir, 'fzbg.mjs');
}

const node = process.execPath;
const cli = resolve('bin/fzbg.js');
const peerCli = PEER ? join(PEER, 'bin/fzbg.js') : undefined;
const unoptimised = unoptimisedInstall();
const EXE = resolve('dist/fzbg-linux-x64');

// 1、2：冷启动
spawnSync(node, [cli, 'build', SAMPLE, '--out', join(OUT, 'cold')]);
const md = join(OUT, 'cold', '南昌县', '2023年度法治政府建设情况报告.md');
const coldCases: Record<string, () => number> = {
  'fzbg build（冷启动）': () => timed(node, [cli, 'build', SAMPLE, '--out', join(OUT, 'cold')]),
  'fzbg build（不打包、不预编译）': () => timed(node, [unoptimised, 'build', SAMPLE, '--out', join(OUT, 'cold')]),
  'pandoc .md → .docx': () => timed('pandoc', [md, '-o', join(OUT, 'pandoc.docx')]),
  // 单文件可执行程序（npm run dist 或 dist.js --linux 生成，带启动快照）：不经过 node 命令。
  'fzbg build（单文件程序 fzbg-linux-x64）': () => timed(EXE, ['build', SAMPLE, '--out', join(OUT, 'cold')]),
  'fzbg check（单文件程序 fzbg-linux-x64）': () => timed(EXE, ['check', SAMPLE]),
  'fzbg check（冷启动）': () => timed(node, [cli, 'check', SAMPLE]),
  'fzbg check（不打包、不预编译）': () => timed(node, [unoptimised, 'check', SAMPLE]),
  'node -e 0': () => timed(node, ['-e', '0']),
};
if (peerCli) {
  coldCases['对照 fzbg build（冷启动）'] = () => timed(node, [peerCli, 'build', SAMPLE, '--out', join(OUT, 'cold-peer')]);
  coldCases['对照 fzbg check（冷启动）'] = () => timed(node, [peerCli, 'check', SAMPLE]);
}
const cold = alternate(coldCases);

// 3：进程内吞吐（各线程各自把几份样例反复走完整流程）
async function throughput(worker: string, threads: number, count: number, writer?: 'library'): Promise<number> {
  const started = performance.now();
  await Promise.all(
    Array.from(
      { length: threads },
      () =>
        new Promise<void>((ok, fail) => {
          const w = new Worker(worker, { workerData: { files: SAMPLES, count, ...(writer ? { writer } : {}) } });
          w.on('message', () => ok());
          w.on('error', fail);
        }),
    ),
  );
  return (threads * count) / ((performance.now() - started) / 1000);
}
const worker = resolve('dist/scripts/bench-worker.js');
const warm: Record<string, number> = {};
for (const threads of [1, 2]) {
  warm[`${threads} 核`] = await throughput(worker, threads, 400);
  if (PEER) warm[`${threads} 核（对照）`] = await throughput(join(PEER, 'dist/scripts/bench-worker.js'), threads, 400);
  warm[`${threads} 核（docx 库写整份文档）`] = await throughput(worker, threads, 400, 'library');
}

// 4：批量
const scale = resolve('out/scale');
rmSync(scale, { recursive: true, force: true });
generateCounties(N, scale);
function batch(label: string, bin: string) {
  const out = join(OUT, 'scale-out');
  rmSync(out, { recursive: true, force: true });
  const t = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', node, bin, 'build', scale, '--out', out], { encoding: 'utf8' });
  const seconds = (performance.now() - t) / 1000;
  const rssMb = Number(r.stderr.trim().split('\n').pop()) / 1024;
  return { label, seconds, perSecond: N / seconds, rssMb, summary: r.stderr.split('\n').find((l) => l.startsWith('完成')) };
}
const batches = [batch(`${N} 个县（${availableParallelism()} 核）`, cli)];
if (peerCli) batches.push(batch(`${N} 个县（对照）`, peerCli));

// 6：预算以内最坏的输入，和混着失控的县的批量
const peak = (args: string[]) => {
  const t = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', node, cli, ...args], { encoding: 'utf8' });
  return {
    status: r.status,
    seconds: (performance.now() - t) / 1000,
    rssMb: Number(r.stderr.trim().split('\n').pop()) / 1024,
    stderr: r.stderr,
  };
};
const worstDir = join(OUT, 'worst');
rmSync(worstDir, { recursive: true, force: true });
const worst = worstInputs(worstDir).map((w) => ({ label: w.label, ...peak(w.args), stderr: undefined }));
const runawayDir = join(worstDir, 'batch');
const mixed = batchWithRunaways(runawayDir, 300, 6);
const mixedRun = peak(['build', runawayDir, '--out', join(worstDir, 'batch-out'), '--jobs', '2']);
const mixedBuilt =
  mixed.healthy - mixedRun.stderr.split('\n').filter((l) => l.includes('未生成') && !mixed.bad.some((b) => l.includes(b))).length;
const mixedNamed = mixed.bad.filter((b) => mixedRun.stderr.includes(b)).length;

// 5：工作台，浏览器里按键到预览更新
const serve = await measureServeLatency(100);

// 7：汇总（对照的构建没有 summary 命令，只量本次的）
function summary() {
  const out = join(OUT, 'summary');
  rmSync(out, { recursive: true, force: true });
  const t = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', node, cli, 'summary', scale, '--out', out], { encoding: 'utf8' });
  const seconds = (performance.now() - t) / 1000;
  if (r.status !== 0) throw new Error(`fzbg summary 失败：${r.stderr}`);
  const rssMb = Number(r.stderr.trim().split('\n').pop()) / 1024;
  return { label: `汇总 ${N} 个县（${availableParallelism()} 核）`, seconds, perSecond: N / seconds, rssMb };
}
const summaries = [summary()];

const pandoc = cold['pandoc .md → .docx'] ?? NaN;
const nodeStart = cold['node -e 0'] ?? NaN;
const ratio = (v: number, peer: number | undefined) => (peer === undefined ? '' : `，本次 ÷ 对照 ${(v / peer).toFixed(3)}`);
console.log(`\nfzbg 基准测试（中位数，交替各 ${RUNS} 次${PEER ? `；对照：${PEER}` : ''}）\n`);
console.log('| 项目 | 结果 | 比较 |');
console.log('|---|---|---|');
for (const [k, v] of Object.entries(cold)) {
  const against = k.includes('build')
    ? `${(v / pandoc).toFixed(2)} × pandoc`
    : k.includes('check')
      ? `${(v / nodeStart).toFixed(2)} × node -e 0`
      : '';
  const peer = k.startsWith('fzbg') && !k.includes('不打包') ? cold[`对照 ${k}`] : undefined;
  console.log(`| ${k} | ${v.toFixed(0)} 毫秒 | ${against}${ratio(v, peer)} |`);
}
for (const [k, v] of Object.entries(warm)) {
  const peer = k.endsWith('核') ? warm[`${k}（对照）`] : undefined;
  console.log(`| 进程内整条流水线，${k} | ${v.toFixed(0)} 份/秒 | ${peer ? `本次 ÷ 对照 ${(v / peer).toFixed(3)}` : ''} |`);
}
for (const b of batches) {
  console.log(`| 批量 ${b.label} | ${b.seconds.toFixed(1)} 秒，${b.perSecond.toFixed(0)} 份/秒 | 峰值内存 ${b.rssMb.toFixed(0)} MB |`);
}
console.log(
  `| 工作台：按键到预览更新（${serve.edits} 次，南昌县 2023） | 中位数 ${serve.medianMs.toFixed(0)} 毫秒 | 95% ${serve.p95Ms.toFixed(0)} 毫秒，最长 ${serve.maxMs.toFixed(0)} 毫秒（目标：中位数 150 毫秒以内） |`,
);
for (const b of summaries) {
  console.log(`| ${b.label} | ${b.seconds.toFixed(1)} 秒，${b.perSecond.toFixed(0)} 份/秒 | 峰值内存 ${b.rssMb.toFixed(0)} MB |`);
}
for (const w of worst)
  console.log(`| 最坏的输入：${w.label} | ${w.seconds.toFixed(1)} 秒（退出码 ${w.status}） | 峰值内存 ${w.rssMb.toFixed(0)} MB |`);
console.log(
  `| 300 个县里 6 个失控（--jobs 2） | ${mixedRun.seconds.toFixed(1)} 秒；健康的 ${mixed.healthy} 份生成 ${mixedBuilt} 份，失控的点名 ${mixedNamed}/6 | 峰值内存 ${mixedRun.rssMb.toFixed(0)} MB |`,
);
const mixedResult = { seconds: mixedRun.seconds, rssMb: mixedRun.rssMb, healthy: mixed.healthy, built: mixedBuilt, named: mixedNamed };
writeFileSync(
  'out/bench.json',
  JSON.stringify(
    { date: new Date().toISOString(), runs: RUNS, peer: PEER, cold, warm, batches, serve, summaries, worst, mixed: mixedResult },
    null,
    2,
  ),
);
console.log('\n结果已写入 out/bench.json');
