/**
 * 指标表单的内容：目录里的每个数字（和文件里的自定义指标），今年的值、上年的值、它们写出的同比和增减。
 * 比较用正文里 {{同比 …}}、{{增减 …}} 的同一套函数（compare/year-over-year.ts），比不了时说为什么。
 * 今年的数据直接从文件读出的数据里取（文件有别的错误时表单照样能用）。
 */
import { changeText, compareFigures, yearOverYearText } from '../compare/year-over-year.js';
import { Figure } from '../resolve/figure.js';
import type { FigureValue } from '../schema/figure-types.js';
import { catalogue, fieldSpec } from '../schema/catalogue.js';
import { formatNumber } from '../text/format-number.js';

export interface FigureRow {
  field: string;
  title: string;
  unit: string;
  kind: string;
  /** 今年的值：数字；null 为待填；undefined 为文件里没有这一项。 */
  value?: number | null;
  /** 约数、口径、写法（表单里只显示，要改在左边的文件里改）。 */
  notes: string[];
  /** 上年的写法。 */
  prior?: string;
  /** "同比增长27.6%，增加16件"，或比不了的原因。 */
  sentence: string;
  comparable: boolean;
}

export interface FigureGroupRows {
  group: string;
  title: string;
  rows: FigureRow[];
}

type Groups = Record<string, Record<string, unknown> | undefined>;

function groupsOf(data: unknown): Groups {
  const figures = data !== null && typeof data === 'object' ? (data as Record<string, unknown>)['指标'] : undefined;
  return figures !== null && typeof figures === 'object' ? (figures as Groups) : {};
}

/** 文件里写的一个数字 → Figure；写法不对（文字、缺"值"）的不算。 */
function figureOf(raw: unknown, group: string, field: string): Figure | undefined {
  const spec = fieldSpec(group, field);
  if (raw === null || typeof raw === 'number') return new Figure(raw, spec);
  if (raw !== null && typeof raw === 'object' && Object.hasOwn(raw, '值')) {
    const v = (raw as { 值: unknown }).值;
    if (v === null || typeof v === 'number') return new Figure(raw as FigureValue, spec);
  }
  return undefined;
}

function row(group: string, field: string, title: string, kind: string, current: Groups, prior: Groups | undefined): FigureRow {
  const raw = current[group]?.[field];
  const present = current[group] !== undefined && Object.hasOwn(current[group] ?? {}, field);
  const now = present ? figureOf(raw, group, field) : undefined;
  const last = prior && Object.hasOwn(prior[group] ?? {}, field) ? figureOf(prior[group]?.[field], group, field) : undefined;
  const unit = now?.单位 ?? last?.单位 ?? fieldSpec(group, field)?.单位 ?? '';
  const notes = now ? [now.约 ? '约数' : '', now.口径 ? `口径：${now.口径}` : '', now.写法 ? `写法：${now.写法}` : ''].filter(Boolean) : [];
  const cmp = compareFigures(now, last);
  const sentence = !prior
    ? '没有上一年度的文件，不比较。'
    : cmp.ok
      ? [yearOverYearText(cmp), changeText(cmp, unit === '%' ? '' : unit)].filter(Boolean).join('，')
      : `不比较：${cmp.reason}。`;
  return {
    field,
    title,
    unit,
    kind,
    ...(present ? { value: now ? now.值 : null } : {}),
    notes,
    ...(last && last.值 !== null ? { prior: last.toString() } : {}),
    sentence,
    comparable: cmp.ok,
  };
}

/** data：今年文件读出的数据；prior：上一年度的数据（没有上一年度时为 undefined）。 */
export function figureRows(data: unknown, prior: unknown): FigureGroupRows[] {
  const current = groupsOf(data);
  const last = prior === undefined ? undefined : groupsOf(prior);
  const out: FigureGroupRows[] = Object.entries(catalogue).map(([group, spec]) => ({
    group,
    title: spec.标题,
    rows: Object.entries(spec.字段).map(([field, f]) => row(group, field, f.标题, f.类型, current, last)),
  }));
  const custom = new Set([...Object.keys(current['自定义'] ?? {}), ...Object.keys(last?.['自定义'] ?? {})]);
  if (custom.size)
    out.push({
      group: '自定义',
      title: '自定义指标',
      rows: [...custom].map((field) => row('自定义', field, field, '自定义', current, last)),
    });
  return out;
}

/** 表单里填的值是否合这个数字的类型：计数是非负整数，比率 0–100，金额和自定义是非负数。 */
export function checkFigureValue(group: string, field: string, value: number | null): string | undefined {
  if (value === null) return undefined;
  if (!Number.isFinite(value) || value < 0) return '应为不小于 0 的数字。';
  if (group === '自定义') return undefined;
  const spec = fieldSpec(group, field);
  if (!spec) return `目录里没有"${group}.${field}"这个指标。`;
  if (spec.类型 === '计数' && !Number.isInteger(value)) return `"${spec.标题}"是计数，应为整数，写成了 ${formatNumber(value)}。`;
  if (spec.类型 === '比率' && value > 100) return `"${spec.标题}"是百分数，应在 0 到 100 之间。`;
  return undefined;
}
