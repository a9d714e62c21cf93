/**
 * 家族"冲突与竞争"、"批量"：决不覆盖——同一批里两个同地区同年度的文件、同时运行的两个 import 或 new；
 * 一个坏县（死掉或超时的工作线程）不拖垮整批。
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Case, CaseContext, Entry } from './harness.js';
import { IMPORT_TEXT } from './family-paths.js';
import { report } from './report.js';

const exitsOf = (ctx: CaseContext) => ctx.results.map((r) => r.exit).sort();

export function raceCases(scale = 1): Case[] {
  const cases: Case[] = [];
  cases.push({
    family: 'races',
    name: '两个文件夹里同地区同年度的文件',
    files: { 'data/甲/2023.yaml': report({ 导语: '甲的导语。' }), 'data/乙/2023.yaml': report({ 导语: '乙的导语。' }) },
    argv: ['build', 'data', '--jobs', '2'],
    exit: [1],
    budgetMs: 20_000,
    check: (ctx) => {
      // 先生成完的那份写出，后到的报错（不覆盖）；两份并行生成，哪份先到不一定。
      const md = ctx.read('out/测试县/2023年度法治政府建设情况报告.md') ?? '';
      const problems: string[] = [];
      const kept = md.includes('甲的导语') ? '甲' : md.includes('乙的导语') ? '乙' : undefined;
      if (!kept) problems.push('两份都没有生成');
      const err = ctx.results[0]?.stderr ?? '';
      const loser = kept === '甲' ? '乙' : '甲';
      if (!new RegExp(`data/${loser}/2023\\.yaml:.*file/collision`).test(err)) problems.push(`没有指出冲突的文件 data/${loser}/2023.yaml`);
      return problems;
    },
  });
  cases.push({
    family: 'races',
    name: '四个文件夹里两两同名（含文件名不同的写法）',
    files: {
      'data/甲/2023.yaml': report({ 导语: '甲。' }),
      'data/乙/2023.yml': report({ 导语: '乙。' }),
      'data/丙/2023.yaml': report({ 地区: '丙县', 导语: '丙。' }),
      'data/丁/2023.yaml': report({ 地区: '丙县', 导语: '丁。' }),
    },
    argv: ['build', 'data', '--jobs', '2'],
    exit: [1],
    budgetMs: 20_000,
    check: (ctx) => {
      const problems: string[] = [];
      const err = ctx.results[0]?.stderr ?? '';
      if (!/(甲。|乙。)/.test(ctx.read('out/测试县/2023年度法治政府建设情况报告.md') ?? '')) problems.push('测试县一份也没有生成');
      if (!/(丙。|丁。)/.test(ctx.read('out/丙县/2023年度法治政府建设情况报告.md') ?? '')) problems.push('丙县一份也没有生成');
      if ((err.match(/file\/collision/g) ?? []).length !== 2) problems.push('应报出两处冲突');
      return problems;
    },
  });
  const rounds = 4 * scale;
  for (let i = 0; i < rounds; i++) {
    cases.push({
      family: 'races',
      name: `同时两个 import（第 ${i + 1} 轮）`,
      files: { 'r.txt': IMPORT_TEXT },
      argv: ['import', 'r.txt'],
      parallel: 2,
      exit: [0, 1],
      outputs: ['data/'],
      budgetMs: 20_000,
      check: (ctx) => (exitsOf(ctx).join() === '0,1' ? [] : [`两个 import 的退出码是 ${exitsOf(ctx).join('、')}，应一个成功一个"已存在"`]),
    });
    cases.push({
      family: 'races',
      name: `同时两个 new（第 ${i + 1} 轮）`,
      files: { 'data/测试县/2023.yaml': report() },
      argv: ['new', '测试县', '2024'],
      parallel: 2,
      exit: [0, 1],
      outputs: ['data/测试县/2024.yaml', 'data/report.schema.json'],
      budgetMs: 20_000,
      check: (ctx) => (exitsOf(ctx).join() === '0,1' ? [] : [`两个 new 的退出码是 ${exitsOf(ctx).join('、')}，应一个成功一个"已存在"`]),
    });
    cases.push({
      family: 'races',
      name: `同时两个 build 同一个县（第 ${i + 1} 轮）`,
      files: { 'data/测试县/2023.yaml': report() },
      argv: ['build', 'data/测试县/2023.yaml'],
      parallel: 2,
      exit: [0],
      budgetMs: 20_000,
    });
  }
  cases.push({
    family: 'races',
    name: 'import 已有的文件（不覆盖）',
    files: { 'r.txt': IMPORT_TEXT, 'data/测试县/2023.yaml': '# 办事员的文件\n' },
    argv: ['import', 'r.txt'],
    exit: [1],
    outputs: [],
    mayReplace: [],
    budgetMs: 15_000,
  });
  cases.push({
    family: 'races',
    name: 'new 已有的文件（不覆盖）',
    files: { 'data/测试县/2023.yaml': report(), 'data/测试县/2024.yaml': '# 办事员的文件\n' },
    argv: ['new', '测试县', '2024'],
    exit: [1],
    outputs: [],
    mayReplace: [],
    budgetMs: 15_000,
  });
  return cases;
}

/** 批量：几个失控的县混在健康的县里。 */
export function batchCases(scale = 1): Case[] {
  const counties = scale > 1 ? 300 : 40;
  const runawayEvery = scale > 1 ? 60 : 13;
  const files: Record<string, Entry> = {};
  const bad: string[] = [];
  for (let i = 0; i < counties; i++) {
    const region = `批量${i}县`;
    const runaway = i % runawayEvery === 5;
    if (runaway) bad.push(region);
    files[`data/${region}/2023.yaml`] = report({
      地区: region,
      ...(runaway
        ? { 导语: i % 2 ? '{{井号 50000000}}' : '{{#if 指标.行政复议.受理}}'.repeat(10_000) + '深' + '{{/if}}'.repeat(10_000) }
        : {}),
    });
  }
  const healthy = counties - bad.length;
  const check = (ctx: CaseContext) => {
    const problems: string[] = [];
    const out = join(ctx.work, 'out');
    const built = existsSync(out) ? readdirSync(out).filter((r) => existsSync(join(out, r, '2023年度法治政府建设情况报告.docx'))) : [];
    if (built.length !== healthy) problems.push(`生成了 ${built.length} 份，健康的有 ${healthy} 份`);
    const err = ctx.results[0]?.stderr ?? '';
    for (const b of bad) if (!err.includes(b)) problems.push(`没有指出失控的 ${b}`);
    return problems;
  };
  const cases: Case[] = [
    {
      family: 'batch',
      name: `${counties} 个县里 ${bad.length} 个失控（--jobs 2）`,
      files,
      argv: ['build', 'data', '--jobs', '2'],
      exit: [1],
      budgetMs: scale > 1 ? 240_000 : 90_000,
      heapMb: 2048,
      check,
    },
  ];
  // 一个县超过时间预算：工作线程被换掉，其余照样生成（把预算调小，让正常的大文件超时）
  const slow: Record<string, Entry> = {};
  for (let i = 0; i < 8; i++) slow[`data/慢${i}县/2023.yaml`] = report({ 地区: `慢${i}县` });
  // 慢3县：合法但大（490 个事项、约 2 MB），生成要两三秒，超过调小了的 1.5 秒预算。
  slow['data/慢3县/2023.yaml'] = report({ 地区: '慢3县' }).replace(
    /事项:\n[\s\S]*?(?=\n {2}- 类别: 履职)/,
    '事项:\n' +
      Array.from(
        { length: 4900 },
        (_, i) => `      - {标题: 第${i}项, 内容: "${'法治政府建设'.repeat(18)}{{年度}}{{指标.行政复议.受理}}"}`,
      ).join('\n'),
  );
  cases.push({
    family: 'batch',
    name: '一个县超过时间预算（工作线程被换掉）',
    files: slow,
    argv: ['build', 'data', '--jobs', '2'],
    env: { FZBG_COUNTY_SECONDS: '1.5' },
    exit: [1],
    budgetMs: 60_000,
    check: (ctx) => {
      const problems: string[] = [];
      for (let i = 0; i < 8; i++)
        if (i !== 3 && !ctx.read(`out/慢${i}县/2023年度法治政府建设情况报告.md`)) problems.push(`慢${i}县没有生成`);
      if (!/慢3县/.test(ctx.results[0]?.stderr ?? '')) problems.push('没有指出超时的慢3县');
      return problems;
    },
  });
  return cases;
}
