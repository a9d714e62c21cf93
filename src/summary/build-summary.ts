/**
 * 汇总的内容（不读写文件）：由每份报告的记录算出
 *   - 概览：每个县每年一行（报告有没有、规定的五项内容、成文日期和发布截止、检查出的问题），
 *     要查的那一年（默认最新的年度）没交报告的县也列一行；
 *   - 每组指标一张表：每个县每年一行，每个数字和它的同比（与同一个县上一年度的比，规则同 compare/year-over-year），
 *     每年一行全市合计（只加计数和金额，比率不加；金额都换成万元）；
 *   - 自定义指标的清单，问题按代码的统计和全部错误。
 */
import { compareFigures, yearOverYearText } from '../compare/year-over-year.js';
import { CODES, isCode } from '../diagnostics/codes.js';
import { tidy, wanYuanPer } from '../forms/amount-unit.js';
import { Figure } from '../resolve/figure.js';
import { catalogue, type FigureKind } from '../schema/catalogue.js';
import { formatNumber } from '../text/format-number.js';
import type { RecordFigure, SummaryRecord } from './summary-record.js';

/** 《法治政府建设与责任落实督察工作规定》要求年度报告写的五项（第五项"其他"可以没有）。 */
export const REQUIRED_CONTENTS = [
  { kind: '工作情况', label: '主要举措和成效', required: true },
  { kind: '存在问题', label: '不足和原因', required: true },
  { kind: '履职情况', label: '主要负责人履职', required: true },
  { kind: '下步打算', label: '下一年度安排', required: true },
  { kind: '其他', label: '其他情况', required: false },
] as const;

interface OverviewRow {
  地区: string;
  年度: number;
  file?: string;
  /** 有报告文件（且读得出来）。 */
  present: boolean;
  readable: boolean;
  contents: boolean[];
  /** 必写的四项都有。 */
  complete: boolean;
  成文日期?: string;
  截止?: string;
  onTime?: boolean;
  errors: number;
  warnings: number;
  /** 最要紧的几条问题（错误在前）。 */
  top: string[];
}

export interface FigureCell {
  /** 金额已换成万元。 */
  值: number;
  约: boolean;
  口径?: string;
  text: string;
  /** 与上一年度比（"增长12.5%"、"提高0.5个百分点"、"与上年持平"），比不了时为空。 */
  yoy: string;
}

interface FieldColumn {
  field: string;
  title: string;
  unit: string;
  kind: FigureKind;
  /** 能加成全市合计：计数和金额（比率不能加）。 */
  additive: boolean;
}

interface GroupTotal {
  年度: number;
  /** 与 fields 对齐；不能加或没有数的为 undefined。 */
  sums: ({ value: number; counties: number; approx: boolean; partial: boolean } | undefined)[];
}

export interface GroupTable {
  group: string;
  title: string;
  fields: FieldColumn[];
  rows: { 地区: string; 年度: number; cells: (FigureCell | undefined)[] }[];
  totals: GroupTotal[];
}

export interface SummaryModel {
  /** 查交齐没有的那一年。 */
  year: number;
  years: number[];
  counties: string[];
  overview: OverviewRow[];
  groups: GroupTable[];
  custom: { 地区: string; 年度: number; name: string; cell: FigureCell; unit: string }[];
  problemCodes: { code: string; severity: string; meaning: string; count: number; reports: number }[];
  errors: { 地区: string; 年度: number; file: string; line: number; code: string; message: string }[];
}

const key = (region: string, year: number) => `${region}|${year}`;
const byChinese = (a: string, b: string) => a.localeCompare(b, 'zh');

export function buildSummary(records: readonly SummaryRecord[], options: { year?: number } = {}): SummaryModel {
  const readable = records.filter((r) => r.readable || Number.isFinite(r.年度));
  const years = [...new Set(readable.map((r) => r.年度).filter(Number.isFinite))].sort((a, b) => a - b);
  const year = options.year ?? years.at(-1) ?? new Date().getFullYear() - 1;
  const counties = [...new Set(records.map((r) => r.地区))].sort(byChinese);
  const index = new Map<string, SummaryRecord>();
  for (const r of records) if (r.readable && !index.has(key(r.地区, r.年度))) index.set(key(r.地区, r.年度), r);

  // 1. 概览
  const overview: OverviewRow[] = records.map(overviewRow);
  const reported = new Set(records.filter((r) => r.年度 === year).map((r) => r.地区));
  for (const c of counties) {
    if (!reported.has(c)) {
      overview.push({
        地区: c,
        年度: year,
        present: false,
        readable: false,
        contents: [],
        complete: false,
        errors: 0,
        warnings: 0,
        top: [],
      });
    }
  }
  overview.sort((a, b) => b.年度 - a.年度 || byChinese(a.地区, b.地区));

  // 2. 每组指标
  const sorted = records.filter((r) => r.readable).sort((a, b) => byChinese(a.地区, b.地区) || a.年度 - b.年度);
  const groups: GroupTable[] = [];
  for (const [group, spec] of Object.entries(catalogue)) {
    const fields: FieldColumn[] = Object.entries(spec.字段)
      .filter(([field]) => sorted.some((r) => r.指标[group]?.[field]))
      .map(([field, f]) => ({
        field,
        title: f.标题,
        unit: f.类型 === '金额' ? '万元' : f.单位,
        kind: f.类型,
        additive: f.类型 !== '比率',
      }));
    if (!fields.length) continue;
    const rows = sorted
      .filter((r) => fields.some((c) => r.指标[group]?.[c.field]))
      .map((r) => ({
        地区: r.地区,
        年度: r.年度,
        cells: fields.map((c) => cellOf(r.指标[group]?.[c.field], index.get(key(r.地区, r.年度 - 1))?.指标[group]?.[c.field], c.kind)),
      }));
    groups.push({ group, title: spec.标题, fields, rows, totals: totalsOf(rows, fields) });
  }

  // 3. 自定义指标
  const custom = sorted.flatMap((r) =>
    Object.entries(r.指标.自定义 ?? {}).map(([name, f]) => ({
      地区: r.地区,
      年度: r.年度,
      name,
      unit: f.单位 ?? '',
      cell: cellOf(f, index.get(key(r.地区, r.年度 - 1))?.指标.自定义?.[name], undefined) ?? emptyCell(f),
    })),
  );

  // 4. 问题
  const codes = new Map<string, { severity: string; count: number; reports: Set<string> }>();
  const errors: SummaryModel['errors'] = [];
  for (const r of records) {
    for (const p of r.problems) {
      const c = codes.get(p.code) ?? { severity: p.severity, count: 0, reports: new Set<string>() };
      c.count++;
      c.reports.add(r.file);
      codes.set(p.code, c);
      if (p.severity === 'error') errors.push({ 地区: r.地区, 年度: r.年度, file: r.file, line: p.line, code: p.code, message: p.message });
    }
  }
  const problemCodes = [...codes]
    .map(([code, c]) => ({
      code,
      severity: c.severity,
      meaning: isCode(code) ? CODES[code].meaning : '',
      count: c.count,
      reports: c.reports.size,
    }))
    .sort((a, b) => (a.severity === b.severity ? b.count - a.count : a.severity === 'error' ? -1 : 1));
  return { year, years, counties, overview, groups, custom, problemCodes, errors };
}

function overviewRow(r: SummaryRecord): OverviewRow {
  const contents = REQUIRED_CONTENTS.map((c) => r.类别.includes(c.kind));
  const errors = r.problems.filter((p) => p.severity === 'error');
  const warnings = r.problems.length - errors.length;
  const top = [...errors, ...r.problems.filter((p) => p.severity === 'warning')].slice(0, 3).map((p) => `${p.code}：${p.message}`);
  return {
    地区: r.地区,
    年度: r.年度,
    file: r.file,
    present: true,
    readable: r.readable,
    contents,
    complete: r.readable && REQUIRED_CONTENTS.every((c, i) => !c.required || contents[i] === true),
    ...(r.成文日期 ? { 成文日期: r.成文日期 } : {}),
    ...(r.截止 ? { 截止: r.截止 } : {}),
    ...(r.成文日期 && r.截止 ? { onTime: r.成文日期 < r.截止 } : {}),
    errors: errors.length,
    warnings,
    top,
  };
}

/** 金额换成万元（写了"单位: 亿元"的乘一万）；别的不动。 */
function normalised(f: RecordFigure, kind: FigureKind | undefined): RecordFigure {
  if (kind !== '金额') return f;
  const per = wanYuanPer(f.单位);
  return per === undefined ? f : { ...f, 值: tidy(f.值 * per), 单位: '万元' };
}

function cellOf(
  current: RecordFigure | undefined,
  previous: RecordFigure | undefined,
  kind: FigureKind | undefined,
): FigureCell | undefined {
  if (!current) return undefined;
  const c = normalised(current, kind);
  const spec = kind ? { 类型: kind, 单位: c.单位 ?? '' } : undefined;
  const figure = (f: RecordFigure) => new Figure({ 值: f.值, 约: f.约, ...(f.口径 ? { 口径: f.口径 } : {}) }, spec);
  const cmp = previous ? compareFigures(figure(c), figure(normalised(previous, kind))) : undefined;
  return {
    值: c.值,
    约: c.约,
    ...(c.口径 ? { 口径: c.口径 } : {}),
    text: `${formatNumber(c.值)}${c.约 ? '余' : ''}${c.口径 ? `（${c.口径}）` : ''}`,
    yoy: cmp ? yearOverYearText(cmp).replace(/^同比/, '') : '',
  };
}

function emptyCell(f: RecordFigure): FigureCell {
  return { 值: f.值, 约: f.约, text: formatNumber(f.值), yoy: '' };
}

function totalsOf(rows: GroupTable['rows'], fields: FieldColumn[]): GroupTotal[] {
  const years = [...new Set(rows.map((r) => r.年度))].sort((a, b) => a - b);
  return years.map((年度) => ({
    年度,
    sums: fields.map((f, i) => {
      if (!f.additive) return undefined;
      const cells = rows.filter((r) => r.年度 === 年度).flatMap((r) => (r.cells[i] ? [r.cells[i]] : []));
      if (!cells.length) return undefined;
      return {
        value: tidy(cells.reduce((n, c) => n + c.值, 0)),
        counties: cells.length,
        approx: cells.some((c) => c.约),
        partial: cells.some((c) => c.口径 !== undefined),
      };
    }),
  }));
}
