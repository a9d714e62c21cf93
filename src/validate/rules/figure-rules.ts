/**
 * 数字之间的关系：部分不超过整体；写出的比率与它的分子分母相符（差 0.1 个百分点以内）。
 * 约数（约: true）不作比较；两个数字的口径不同也不作比较。
 */
import { problem, type Problem } from '../../diagnostics/diagnostic.js';
import { catalogue } from '../../schema/catalogue.js';
import { figureGroups, type FigureGroups } from '../../schema/figure-types.js';
import { didYouMean } from '../../text/did-you-mean.js';
import { meantReference } from '../../text/malformed-reference.js';
import type { Rule } from './rule.js';

type Ref = `${string}.${string}`;

/** 整体 ≥ 各部分之和。 */
export const PART_OF: readonly { whole: Ref; parts: readonly Ref[] }[] = [
  { whole: '行政复议.收到申请', parts: ['行政复议.受理'] },
  { whole: '行政复议.收到申请', parts: ['行政复议.不予受理'] },
  { whole: '行政复议.收到申请', parts: ['行政复议.受理', '行政复议.不予受理'] },
  { whole: '行政复议.收到申请', parts: ['行政复议.调解和解'] },
  { whole: '行政复议.受理', parts: ['行政复议.办结'] },
  { whole: '行政复议.受理', parts: ['行政复议.撤销', '行政复议.维持'] },
  { whole: '行政应诉.案件', parts: ['行政应诉.办结'] },
  { whole: '行政应诉.案件', parts: ['行政应诉.败诉'] },
  { whole: '人民调解.调处纠纷', parts: ['人民调解.调处成功'] },
];

/** 比率 = 分子 ÷ 分母 × 100。 */
const RATES: readonly { rate: Ref; numerator: Ref; denominator: Ref }[] = [
  { rate: '人民调解.成功率', numerator: '人民调解.调处成功', denominator: '人民调解.调处纠纷' },
];

const RATE_TOLERANCE = 0.1;

const split = (ref: Ref): [string, string] => {
  const [g = '', f = ''] = ref.split('.');
  return [g, f];
};

function lookup(figures: FigureGroups, ref: Ref): { 值: number; 约: boolean; 口径: string | undefined } | undefined {
  const [g, f] = split(ref);
  const v = figures[g]?.[f];
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'number') return { 值: v, 约: false, 口径: undefined };
  return v.值 === null ? undefined : { 值: v.值, 约: v.约 === true, 口径: v.口径 };
}

const title = (ref: Ref) => {
  const [g, f] = split(ref);
  return catalogue[g]?.字段[f]?.标题 ?? f;
};
const path = (ref: Ref) => ['指标', ...split(ref)];

export const partsWithinWhole: Rule = ({ report }) => {
  const figures = figureGroups(report);
  const out: Problem[] = [];
  for (const { whole, parts } of PART_OF) {
    const w = lookup(figures, whole);
    const ps = parts.map((p) => lookup(figures, p)).filter((p) => p !== undefined);
    if (!w || ps.length !== parts.length) continue;
    if (w.约 || ps.some((p) => p.约)) continue;
    if (ps.some((p) => p.口径 !== w.口径)) continue;
    const sum = ps.reduce((n, p) => n + p.值, 0);
    if (sum > w.值) {
      const partText = parts.map((p, i) => `${title(p)} ${ps[i]?.值 ?? ''}`).join(' + ');
      out.push(
        problem(
          'figure/part-exceeds-whole',
          path(parts.at(-1) ?? whole),
          `${partText}${parts.length > 1 ? ` = ${sum}` : ''}，超过了${title(whole)} ${w.值}。`,
          { fix: `部分不能大于整体：检查这几个数字是否填反或多写了一位。` },
        ),
      );
    }
  }
  return out;
};

export const ratesMatchCounts: Rule = ({ report }) => {
  const figures = figureGroups(report);
  const out: Problem[] = [];
  for (const { rate, numerator, denominator } of RATES) {
    const r = lookup(figures, rate);
    const n = lookup(figures, numerator);
    const d = lookup(figures, denominator);
    if (!r || !n || !d || r.约 || n.约 || d.约 || d.值 === 0) continue;
    if (n.口径 !== d.口径 || r.口径 !== d.口径) continue;
    const computed = (n.值 / d.值) * 100;
    if (Math.abs(computed - r.值) > RATE_TOLERANCE + 1e-9) {
      out.push(
        problem(
          'figure/rate-mismatch',
          path(rate),
          `${title(rate)}写的是 ${r.值}%，按${title(numerator)} ${n.值} ÷ ${title(denominator)} ${d.值} 算是 ${computed.toFixed(2)}%。`,
          { fix: `核对比率或分子分母（允许相差 ${RATE_TOLERANCE} 个百分点）。` },
        ),
      );
    }
  }
  return out;
};

/** 在"指标"里写了、正文却没有用到的数字（没写备注说明为什么留着）。 */
const NO_HELPERS: ReadonlySet<string> = new Set();

export const unusedFigures: Rule = ({ report }) => {
  const used = new Set<string>();
  const scan = (v: unknown): void => {
    if (typeof v === 'string')
      // 名字被空格拆开的引用（{{ 指标. 行政复议.受理 }}）已报了一条，按它想写的那个数字算"用到了"。
      for (const m of v
        .replace(/\{\{([^{}]*)\}\}/g, (_, inside: string) => `{{${meantReference(inside, NO_HELPERS)}}}`)
        .matchAll(/指标\.([^\s.{}，。；：、（）]+)\.([^\s.{}，。；：、（）]+)/g))
        used.add(`${m[1]}.${m[2]}`);
    else if (Array.isArray(v)) v.forEach(scan);
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) if (k !== '指标') scan(x);
  };
  scan(report);
  const partials = JSON.stringify(report).match(/\{\{>\s*[^}]+\}\}/g);
  if (partials) return []; // 标准语句里引用了哪些数字要看模板，这里不猜
  const groups = figureGroups(report);
  // 引用写错了名字（{{指标.法律援助.咨询人次}}，有的是"咨询"）：那条"不存在"已经报了，它最像的那个数字不再报"没有用到"。
  for (const ref of [...used]) {
    const [g = '', f = ''] = ref.split('.');
    const groupName = groups[g] ? g : didYouMean(g, Object.keys(groups));
    const group = groupName === undefined ? undefined : groups[groupName];
    if (!group) continue;
    const field = group[f] !== undefined ? f : didYouMean(f, Object.keys(group));
    if (field !== undefined) used.add(`${groupName}.${field}`);
  }
  const out: Problem[] = [];
  for (const [g, fields] of Object.entries(groups)) {
    for (const [f, v] of Object.entries(fields ?? {})) {
      if (used.has(`${g}.${f}`) || (typeof v === 'object' && v !== null && v.备注)) continue;
      out.push(
        problem('figure/unused', ['指标', g, f], `指标"${g}.${f}"正文里没有用到。`, {
          fix: `在正文里用 {{指标.${g}.${f}}} 写出它，或删掉；要留着作比较就写个备注说明。`,
          at: { key: true },
        }),
      );
    }
  }
  return out;
};
