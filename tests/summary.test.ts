/**
 * fzbg summary：样例和几百个生成的县——各组数字表与数据文件里的数字逐个相等（网页和 .xlsx 都从同一份汇总来，
 * .xlsx 读回来核对），同比按 compare/year-over-year 的规则，合计只加计数和金额；概览的内容、截止、缺交；网页自成一体。
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateCounties } from '../scripts/generate-counties.js';
import { run } from '../src/cli.js';
import { findDataFiles } from '../src/pipeline/find-data-files.js';
import { catalogue } from '../src/schema/catalogue.js';
import type { SummaryModel } from '../src/summary/build-summary.js';
import { makeSummary, type SummaryOutput } from '../src/summary/make-summary.js';
import { captureIo } from './support/capture-io.js';
import { standardTemplate } from './support/build-in-memory.js';
import { xlsxProblems } from './support/xlsx-validate.js';

type Raw = number | null | { 值: number | null; 约?: boolean; 口径?: string; 单位?: string };

/** 数据文件里的全部目录数字（金额换成万元）：地区|年度|组.字段 → 值。 */
function figuresInFiles(paths: string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const file of findDataFiles(paths).files) {
    const data = parse(readFileSync(file, 'utf8'));
    for (const [group, fields] of Object.entries((data.指标 ?? {}) as Record<string, Record<string, Raw>>)) {
      if (group === '自定义') continue;
      for (const [field, raw] of Object.entries(fields)) {
        const v = typeof raw === 'number' || raw === null ? { 值: raw } : raw;
        if (v.值 === null) continue;
        const factor = catalogue[group]!.字段[field]!.类型 === '金额' && v.单位 === '亿元' ? 10000 : 1;
        out.set(`${data.地区}|${data.年度}|${group}.${field}`, Number((v.值 * factor).toFixed(6)));
      }
    }
  }
  return out;
}

function figuresInModel(m: SummaryModel): Map<string, number> {
  const out = new Map<string, number>();
  for (const g of m.groups)
    for (const r of g.rows) r.cells.forEach((c, i) => c && out.set(`${r.地区}|${r.年度}|${g.group}.${g.fields[i]!.field}`, c.值));
  return out;
}

/** .xlsx 读回来：每组一张表，表头"中文名（单位）"对回字段。 */
async function figuresInXlsx(bytes: Uint8Array, m: SummaryModel): Promise<{ figures: Map<string, number>; totals: Map<string, number> }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const figures = new Map<string, number>();
  const totals = new Map<string, number>();
  for (const g of m.groups) {
    const ws = wb.getWorksheet(g.group)!;
    ws.eachRow((row, n) => {
      if (n === 1) return;
      const region = row.getCell(1).text;
      const year = Number(row.getCell(2).value);
      g.fields.forEach((f, i) => {
        const v = row.getCell(3 + 2 * i).value;
        if (v === null) return;
        if (region === '全市合计') totals.set(`${year}|${g.group}.${f.field}`, (v as { result: number }).result);
        else figures.set(`${region}|${year}|${g.group}.${f.field}`, v as number);
      });
    });
  }
  return { figures, totals };
}

describe('样例的汇总', () => {
  let out: SummaryOutput;
  beforeAll(async () => {
    out = await makeSummary(['data'], { template: standardTemplate(), templateName: '标准', now: new Date(2025, 3, 1) });
  });

  it('各组数字表与数据文件里的数字逐个相等；.xlsx 读回来也相等', async () => {
    const expected = figuresInFiles(['data']);
    expect(expected.size).toBeGreaterThan(150);
    expect(figuresInModel(out.model)).toEqual(expected);
    const xlsx = await figuresInXlsx(out.xlsx, out.model);
    expect(xlsx.figures).toEqual(expected);
    expect(expected.get('南昌县|2023|人民调解.涉及金额')).toBe(11650); // 1.165 亿元
  });

  it('同比：与同一个县上一年度比，规则同 year-over-year；约数不比', () => {
    const g = out.model.groups.find((x) => x.group === '行政复议')!;
    const row = g.rows.find((r) => r.地区 === '示例县' && r.年度 === 2024)!;
    const cell = (field: string) => row.cells[g.fields.findIndex((f) => f.field === field)]!;
    expect(cell('收到申请')).toMatchObject({ 值: 74, yoy: '增长27.6%' }); // 58 → 74
    const mediation = out.model.groups.find((x) => x.group === '人民调解')!;
    const m = mediation.rows.find((r) => r.地区 === '示例县' && r.年度 === 2024)!;
    expect(m.cells[mediation.fields.findIndex((f) => f.field === '成功率')]!.yoy).toBe('提高0.5个百分点');
    const law = out.model.groups.find((x) => x.group === '普法')!;
    const p = law.rows.find((r) => r.地区 === '示例县' && r.年度 === 2024)!;
    expect(p.cells[law.fields.findIndex((f) => f.field === '宣传活动')]).toMatchObject({ text: '320余', yoy: '' });
    // 两年都有、都是准数、口径相同（上年不是 0）的，每个都有同比；最早的一年都没有
    for (const group of out.model.groups) {
      const now = group.rows.find((r) => r.地区 === '示例县' && r.年度 === 2024);
      const before = group.rows.find((r) => r.地区 === '示例县' && r.年度 === 2023);
      now?.cells.forEach((c, k) => {
        const b = before?.cells[k];
        const comparable = c && b && !c.约 && !b.约 && c.口径 === b.口径 && b.值 !== 0;
        expect(c?.yoy ?? '', `${group.group}.${group.fields[k]!.field}`).toSatisfy((y: string) => (comparable ? y !== '' : y === ''));
      });
      expect(before?.cells.every((c) => !c || c.yoy === '') ?? true).toBe(true);
    }
  });

  it('全市合计：每年只加计数和金额，比率不加；.xlsx 里是 SUMIF 公式，结果相同', async () => {
    const g = out.model.groups.find((x) => x.group === '人民调解')!;
    const t2023 = g.totals.find((t) => t.年度 === 2023)!;
    const i = (f: string) => g.fields.findIndex((x) => x.field === f);
    expect(t2023.sums[i('调处纠纷')]).toMatchObject({ value: 3257 + 1286, counties: 2 });
    expect(t2023.sums[i('成功率')]).toBeUndefined();
    const xlsx = await figuresInXlsx(out.xlsx, out.model);
    expect(xlsx.totals.get('2023|人民调解.调处纠纷')).toBe(3257 + 1286);
    expect(xlsx.totals.has('2023|人民调解.成功率')).toBe(false);
  });

  it('概览：每个县每年一行，最新的年度没交的县列出；五项内容、成文日期和发布截止', () => {
    const { overview, year } = out.model;
    expect(year).toBe(2024);
    expect(
      overview
        .filter((r) => r.年度 === 2024 && !r.present)
        .map((r) => r.地区)
        .sort(),
    ).toEqual(['南昌县', '泸西县', '清镇市', '瀍河回族区'].sort());
    const qz = overview.find((r) => r.地区 === '清镇市' && r.年度 === 2015)!;
    expect(qz).toMatchObject({
      present: true,
      contents: [true, true, false, true, false],
      complete: false,
      成文日期: '2015-12-02',
      截止: '2016-04-01',
      onTime: true,
    });
    const nc = overview.find((r) => r.地区 === '南昌县' && r.年度 === 2023)!;
    expect(nc).toMatchObject({ complete: true, errors: 0, 截止: '2024-04-01' });
    expect(overview.filter((r) => r.present)).toHaveLength(6);
  });

  it('网页自成一体：没有外部的脚本、样式、图片和字体；图是 SVG；每个县都在', () => {
    const { html } = out;
    expect(html).not.toMatch(/<(script|link|img|iframe)\b/i);
    expect(html).not.toMatch(/(src|href)\s*=|url\(|@import/i);
    expect((html.match(/<svg /g) ?? []).length).toBeGreaterThan(16);
    for (const c of out.model.counties) expect(html).toContain(c);
    expect(html).toContain('各年度报告情况');
    expect(html).toContain('全市合计');
  });
});

describe('几百个生成的县', () => {
  it('各组数字表与数据文件里的数字逐个相等', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fzbg-scale-'));
    generateCounties(240, dir);
    const out = await makeSummary([dir], { template: standardTemplate(), templateName: '标准' });
    expect(out.files).toBe(240);
    const expected = figuresInFiles([dir]);
    expect(figuresInModel(out.model)).toEqual(expected);
    expect((await figuresInXlsx(out.xlsx, out.model)).figures).toEqual(expected);
    expect(out.model.overview.filter((r) => r.present)).toHaveLength(240);
  }, 120_000);
});

describe('fzbg summary 命令', () => {
  it('写出 .xlsx 和 .html，打印各年度的情况', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'fzbg-sum-'));
    const io = captureIo();
    expect(await run(['summary', 'data', '--out', outDir, '--year', '2023'], io)).toBe(0);
    expect(io.stdout).toContain('汇总了 5 个县的 6 份报告');
    expect(io.stdout).toContain('2023 年度：已交 2 个县，未交 3 个');
    expect(readFileSync(join(outDir, '法治政府建设年度报告汇总.html'), 'utf8')).toContain('<svg');
    expect(await xlsxProblems(join(outDir, '法治政府建设年度报告汇总.xlsx'))).toBe('');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(join(outDir, '法治政府建设年度报告汇总.xlsx')) as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['概览', '行政复议', '人民调解', '问题统计', '说明']));
  });

  it('命令行写错、没有数据文件：说清楚', async () => {
    const io = captureIo();
    expect(await run(['summary', 'data', '--year', '今年'], io)).toBe(2);
    expect(io.stderr).toContain('--year 应为四位数字');
    const empty = mkdtempSync(join(tmpdir(), 'fzbg-empty-'));
    const io2 = captureIo();
    expect(await run(['summary', empty, '--out', join(empty, 'out')], io2)).toBe(1);
    expect(io2.stderr).toContain('没有找到数据文件');
  });
});
