/** 家族"正文的模板语言"：数据文件的文字里只许用一小套安全的写法，别的都拒绝（中文说明），不写出垃圾。 */
import type { Case } from './harness.js';
import { priorReport, report, type ReportParts } from './report.js';

/** 文字能写的：都应生成（退出码 0）。 */
const ALLOWED = [
  '{{年度}}年',
  '{{下一年度}}年、{{上一年度}}年',
  '{{地区}}',
  '共{{指标.行政复议.受理}}件',
  '{{同比 指标.行政复议.收到申请}}',
  '{{增减 指标.法律援助.案件}}',
  '上年{{上年 指标.行政复议.受理}}件',
  '{{> 行政复议}}',
  '\\{{年度}}照写',
  '{{#if 指标.行政复议.受理}}有受理。{{/if}}',
  '{{#if 指标.行政复议.受理}}有{{else}}无{{/if}}受理。',
  '{{!-- 注释 --}}有注释',
];

/** 文字不能写的：都应被拒绝（退出码 1，中文说明），文档里决不出现它们的结果。 */
const FORBIDDEN = [
  '{{this}}',
  '{{@root}}',
  '{{@root.指标.行政复议.受理}}',
  '{{lookup 指标 "toString"}}',
  '{{lookup this "constructor"}}',
  '{{log "完成：生成 99 份，失败 0 份"}}',
  '{{constructor}}',
  '{{指标.constructor}}',
  '{{指标.行政复议.受理.constructor}}',
  '{{__proto__}}',
  '{{#each 指标}}{{@key}}{{/each}}',
  '{{#each 指标}}{{#each this}}{{#each ../this}}很长{{/each}}{{/each}}{{/each}}',
  '{{#with 指标}}{{行政复议.受理}}{{/with}}',
  '{{#unless 年度}}x{{/unless}}',
  '{{井号 50000000}}',
  '{{helperMissing}}',
  '{{blockHelperMissing 1}}',
  '{{> 行政复议 this}}',
  '{{> 行政复议 指标=@root}}',
  '{{> (lookup . "地区")}}',
  '{{#*inline "x"}}y{{/inline}}{{> x}}',
  '{{{{raw}}}}x{{{{/raw}}}}',
  '{{../年度}}',
  '{{年度.length}}',
  '{{同比 "字"}}',
  '{{同比 指标.行政复议.受理 指标.法律援助.案件 1 2 3}}',
  '{{#同比 指标.行政复议.受理}}块{{/同比}}',
  '{{#if this}}x{{/if}}',
  '{{#if (lookup 指标 "constructor")}}x{{/if}}',
  '{{年度 指标}}',
];

const POSITIONS: ((t: string) => ReportParts)[] = [
  (t) => ({ 导语: `本县${t}。` }),
  (t) => ({ 章标题: `工作${t}` }),
  (t) => ({ 内容: `全年${t}。` }),
  (t) => ({ 要点: `一项${t}。` }),
];
const POSITION_NAMES = ['导语', '章标题', '事项内容', '要点'];

const GARBAGE = /\[object Object\]|function |=>|native code|\bundefined\b|\bnull\b/;

function mdClean(ctx: { read(rel: string): string | undefined }): string[] {
  const md = ctx.read('out/测试县/2023年度法治政府建设情况报告.md');
  if (md === undefined) return [];
  const m = GARBAGE.exec(md);
  return m ? [`.md 里有垃圾 ${JSON.stringify(m[0])}`] : [];
}

/** scale 1（npm test）：导语和要点两处；更大时四处都试。 */
export function textCases(scale = 1): Case[] {
  const cases: Case[] = [];
  for (const [pi, at] of POSITIONS.entries()) {
    if (scale <= 1 && (pi === 1 || pi === 2)) continue;
    for (const t of ALLOWED) {
      cases.push({
        family: 'text-language',
        name: `允许 ${POSITION_NAMES[pi]} ${t}`,
        files: { 'data/测试县/2023.yaml': report(at(t)), 'data/测试县/2022.yaml': priorReport() },
        argv: ['build', 'data/测试县/2023.yaml'],
        exit: [0],
        budgetMs: 15_000,
        check: mdClean,
      });
    }
    for (const t of FORBIDDEN) {
      cases.push({
        family: 'text-language',
        name: `拒绝 ${POSITION_NAMES[pi]} ${t}`,
        files: { 'data/测试县/2023.yaml': report(at(t)), 'data/测试县/2022.yaml': priorReport() },
        argv: ['build', 'data/测试县/2023.yaml'],
        exit: [1],
        budgetMs: 15_000,
        check: (ctx) => {
          const problems = mdClean(ctx);
          const err = ctx.results[0]?.stderr ?? '';
          if (!/\[ref\/[a-z-]+\]/.test(err)) problems.push(`没有用 ref/… 代码说明：${err.slice(0, 200)}`);
          if (/完成：生成 99 份/.test(ctx.results[0]?.stdout ?? '')) problems.push('数据里的文字印到了终端上');
          return problems;
        },
      });
    }
  }
  return cases;
}
