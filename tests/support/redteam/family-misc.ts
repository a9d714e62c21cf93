/** 家族"残留"（Ctrl-C、被杀掉、过期的临时文件）和"随机变异"（在一份好的数据里随处插进恶意的片段）。 */
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { Case } from './harness.js';
import { report, rng } from './report.js';

const BIG = report({ 内容: '字'.repeat(600_000) });

export function debrisCases(): Case[] {
  const cases: Case[] = [];
  for (const [i, ms] of [150, 400, 700].entries()) {
    cases.push({
      family: 'debris',
      name: `Ctrl-C 在第 ${ms} 毫秒（写一份大文件时）`,
      files: { 'data/测试县/2023.yaml': BIG },
      argv: ['build', 'data/测试县/2023.yaml'],
      exit: [0, 1, 130],
      signalAfterMs: ms,
      signal: i === 2 ? 'SIGTERM' : 'SIGINT',
      budgetMs: 15_000,
    });
  }
  cases.push({
    family: 'debris',
    name: '县一直出错时也清掉过期的临时文件',
    files: {
      'data/测试县/2023.yaml': report({ 导语: '{{指标.没有.这个}}' }),
      'out/测试县/.2023年度法治政府建设情况报告.docx.tmp-999999-abcd': 'x'.repeat(100_000),
      'out/测试县/.2023年度法治政府建设情况报告.md.tmp-999998-abcd': 'x',
    },
    argv: ['build', 'data/测试县/2023.yaml'],
    exit: [1],
    mayDelete: ['out/测试县/.2023'],
    budgetMs: 15_000,
    check: (ctx) => (ctx.read('out/测试县/.2023年度法治政府建设情况报告.docx.tmp-999999-abcd') === undefined ? [] : ['过期的临时文件还在']),
  });
  const loBefore = () => readdirSync(tmpdir()).filter((n) => n.startsWith('fzbg-lo-')).length;
  let before = 0;
  cases.push({
    family: 'debris',
    name: 'build --pdf 被杀掉：不留 LibreOffice、不留临时文件夹、不碰用户的 dconf',
    files: {
      'data/测试县/2023.yaml': report(),
      'home/.cache/dconf/user': 'DCONF',
    },
    argv: ['build', 'data/测试县/2023.yaml', '--pdf'],
    env: { HOME: '{root}/work/home' },
    exit: [0, 1],
    signalAfterMs: 1_500,
    signal: 'SIGTERM',
    budgetMs: 30_000,
    mayReplace: ['out/'],
    check: () => {
      const after = loBefore();
      return after > before ? [`/tmp 里多了 ${after - before} 个 fzbg-lo- 文件夹`] : [];
    },
  });
  cases.push({
    family: 'debris',
    name: 'build --pdf 不改写用户的 ~/.cache/dconf/user',
    files: { 'data/测试县/2023.yaml': report(), 'home/.cache/dconf/user': 'DCONF' },
    argv: ['build', 'data/测试县/2023.yaml', '--pdf'],
    env: { HOME: '{root}/work/home' },
    exit: [0, 1],
    budgetMs: 60_000,
    outputs: ['out/'],
  });
  before = loBefore();
  return cases;
}

/** 插进好数据里的恶意片段。 */
const SNIPPETS = [
  '{{this}}',
  '{{@root}}',
  '{{#each 指标}}x{{/each}}',
  '{{log "x"}}',
  '{{lookup 指标 "constructor"}}',
  '{{井号 99999999}}',
  '{{> 行政复议 this}}',
  '{{',
  '}}',
  '{{{',
  '\\{{',
  '：',
  '\t',
  ': ',
  '&a ',
  '*a',
  '!!binary ',
  '\u0000',
  '\u001b[2J',
  '\u202e',
  '\ufffe',
  '\ud800',
  '[[[[[[[[[[',
  '{a: {b: {c:',
  '- - - -',
  '"',
  "'",
  '#',
  '---\n',
  '%YAML 1.1\n',
  '<<: *a\n',
  '__proto__: 1\n',
  '9'.repeat(400),
];

export function fuzzCases(count: number): Case[] {
  const base = report();
  const cases: Case[] = [];
  const next = rng(20240601);
  for (let i = 0; i < count; i++) {
    let text = base;
    const edits = 1 + Math.floor(next() * 3);
    const used: string[] = [];
    for (let e = 0; e < edits; e++) {
      const snippet = SNIPPETS[Math.floor(next() * SNIPPETS.length)] ?? '';
      const at = Math.floor(next() * text.length);
      text = text.slice(0, at) + snippet + text.slice(at);
      used.push(`${JSON.stringify(snippet.slice(0, 12))}@${at}`);
    }
    cases.push({
      family: 'fuzz',
      name: `变异 ${i + 1}：${used.join(' ')}`,
      files: { 'data/测试县/2023.yaml': text },
      argv: [i % 2 ? 'check' : 'build', 'data/测试县/2023.yaml'],
      exit: [0, 1],
      budgetMs: 15_000,
      check: (ctx) => {
        const md = ctx.read('out/测试县/2023年度法治政府建设情况报告.md');
        return md !== undefined && /\[object Object\]|function |native code/.test(md) ? ['.md 里有垃圾'] : [];
      },
    });
  }
  return cases;
}
