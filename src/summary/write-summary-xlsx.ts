/**
 * 汇总的 .xlsx（exceljs 的流式写法：一行写完就压缩，几千个县也不占多少内存）。
 * 概览一张表；每组指标一张表（数字是真正的数，约数和口径用数字格式显示成"300余""96468（1—5月）"，
 * 排序、求和都照常；全市合计是 SUMIF 公式，改了数会跟着变）；自定义指标；问题统计和错误；说明。
 * 图：exceljs 写不了 Excel 的图表（它的第 141 号问题，至今没有），图在同名的 .html 里。
 */
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { REQUIRED_CONTENTS, type FigureCell, type SummaryModel } from './build-summary.js';

const HEAD_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
const TOTAL_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };

export async function summaryXlsx(m: SummaryModel, meta: { source: string; generated: string }): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  const wb = quietly(() => new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true }));
  wb.creator = 'fzbg';

  overviewSheet(wb, m);
  for (const g of m.groups) groupSheet(wb, g);
  if (m.custom.length) customSheet(wb, m);
  problemSheet(wb, m);
  notesSheet(wb, m, meta);
  await wb.commit();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

function sheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, name: string, header: string[], widths: number[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = header.map((h, i) => ({ header: h, width: widths[i] ?? 12 }));
  const row = ws.getRow(1);
  row.font = { bold: true };
  row.eachCell((c) => {
    c.fill = HEAD_FILL;
    c.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  });
  row.commit();
  return ws;
}

function overviewSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, m: SummaryModel): void {
  const header = [
    '地区',
    '年度',
    '报告',
    ...REQUIRED_CONTENTS.map((c) => c.kind),
    '成文日期',
    '发布截止',
    '按时',
    '错误',
    '警告',
    '主要问题',
    '文件',
  ];
  const ws = sheet(wb, '概览', header, [14, 7, 8, 9, 9, 9, 9, 7, 12, 12, 7, 7, 7, 60, 30]);
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
  for (const r of m.overview) {
    const contents = REQUIRED_CONTENTS.map((c, i) => (!r.readable ? '' : r.contents[i] ? '有' : c.required ? '缺' : '—'));
    ws.addRow([
      r.地区,
      r.年度,
      r.present ? (r.readable ? '有' : '读不了') : '未交',
      ...contents,
      r.成文日期 ?? '',
      r.截止 ?? '',
      r.onTime === undefined ? '' : r.onTime ? '是' : '否',
      r.present ? r.errors : '',
      r.present ? r.warnings : '',
      r.top.join('\n'),
      r.file ?? '',
    ]).commit();
  }
  ws.commit();
}

/** 约数和口径写进数字格式：格子里仍是数，显示成"300余"、"96468（1—5月）"。 */
function numberFormat(c: FigureCell): string {
  const suffix = `${c.约 ? '余' : ''}${c.口径 ? `（${c.口径.replace(/"/g, '')}）` : ''}`;
  return suffix ? `General"${suffix}"` : 'General';
}

function groupSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, g: SummaryModel['groups'][number]): void {
  const header = ['地区', '年度', ...g.fields.flatMap((f) => [`${f.title}（${f.unit}）`, '同比'])];
  const ws = sheet(wb, g.group.slice(0, 31), header, [14, 7, ...g.fields.flatMap(() => [14, 14])]);
  for (const r of g.rows) {
    const row = ws.addRow([r.地区, r.年度, ...r.cells.flatMap((c) => (c ? [c.值, c.yoy] : [null, null]))]);
    r.cells.forEach((c, i) => {
      if (c) row.getCell(3 + 2 * i).numFmt = numberFormat(c);
    });
    row.commit();
  }
  // 全市合计：每年一行，SUMIF 公式（结果也写上，不重算的阅读器照样看得到）
  const last = g.rows.length + 1;
  for (const t of g.totals) {
    const values: ExcelJS.CellValue[] = ['全市合计', t.年度];
    t.sums.forEach((s, i) => {
      const col = columnLetter(3 + 2 * i);
      values.push(s ? { formula: `SUMIF($B$2:$B$${last},${t.年度},${col}$2:${col}$${last})`, result: s.value } : null);
      values.push(s ? `${s.counties} 个县${s.approx || s.partial ? '，含约数或部分口径' : ''}` : null);
    });
    const row = ws.addRow(values);
    row.font = { bold: true };
    row.eachCell((c) => (c.fill = TOTAL_FILL));
    row.commit();
  }
  ws.commit();
}

function customSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, m: SummaryModel): void {
  const ws = sheet(wb, '自定义', ['地区', '年度', '名称', '数', '单位', '同比'], [14, 7, 30, 12, 8, 16]);
  for (const c of m.custom) {
    const row = ws.addRow([c.地区, c.年度, c.name, c.cell.值, c.unit, c.cell.yoy]);
    row.getCell(4).numFmt = numberFormat(c.cell);
    row.commit();
  }
  ws.commit();
}

function problemSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, m: SummaryModel): void {
  const codes = sheet(wb, '问题统计', ['代码', '严重程度', '含义', '条数', '报告份数'], [26, 9, 60, 8, 9]);
  for (const c of m.problemCodes) codes.addRow([c.code, c.severity === 'error' ? '错误' : '警告', c.meaning, c.count, c.reports]).commit();
  codes.commit();
  const errors = sheet(wb, '错误', ['地区', '年度', '文件', '行', '代码', '说明'], [14, 7, 36, 6, 24, 80]);
  for (const e of m.errors) errors.addRow([e.地区, e.年度, e.file, e.line, e.code, e.message]).commit();
  errors.commit();
}

function notesSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, m: SummaryModel, meta: { source: string; generated: string }): void {
  const ws = wb.addWorksheet('说明');
  ws.getColumn(1).width = 110;
  const lines = [
    `数据：${meta.source}（${m.counties.length} 个县），生成于 ${meta.generated}，由 fzbg summary 生成。`,
    `概览：每个县每年一行；${m.year} 年度没有交报告的县也列一行（"未交"）。规定的内容是《法治政府建设与责任落实督察工作规定》要求的五项，"其他"可以没有。`,
    '按时：成文日期在发布截止（模板的"发布截止"，默认下一年度 4 月 1 日）之前。错误、警告与 fzbg check 相同。',
    '各组的表：格子里是数，"余"（约数）和括号里的统计口径是数字格式，排序、求和照常。金额都换成了万元。',
    '同比：与同一个县上一年度的同一个数比；口径不同、约数、没有上一年度的不比（空着）。',
    '全市合计：每年一行，只加计数和金额（比率不加），是 SUMIF 公式。',
    '图：在同名的 .html 里（exceljs 不能写 Excel 图表）。',
  ];
  lines.forEach((t, i) => {
    const row = ws.getRow(i + 1);
    row.getCell(1).value = t;
    row.getCell(1).alignment = { wrapText: true };
    row.commit();
  });
  ws.commit();
}

/**
 * exceljs 的流式写法用的压缩库（archiver）把文字交给已经弃用的 new Buffer()；打包之后 Node 不再认得出它在
 * node_modules 里，会在办事员的终端上打出一条英文的 DeprecationWarning。第一次调用在构造时，Node 每个进程只提醒一次：
 * 只在构造这一下不显示弃用提醒。
 */
function quietly<T>(make: () => T): T {
  const before = process.noDeprecation;
  process.noDeprecation = true;
  try {
    return make();
  } finally {
    process.noDeprecation = before;
  }
}

function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}
