/**
 * 一个部门的填报表（.xlsx，exceljs 写）：要填的数字（中文名、单位、类型、说明）、上年的值、
 * 本年数值和约数、口径、备注几栏；只有黄色的格子能填（工作表保护，不设密码），本年数值按类型做数据有效性
 * （计数是不小于 0 的整数，比率 0–100，金额是万元数）；表头写截止日期和联系人。
 * 隐藏的"键"列和隐藏的登记表让 collect 读回时不靠位置和文件名。
 */
import ExcelJS from 'exceljs';
import { chineseDate } from '../text/chinese-date.js';
import { COLUMN, formTitle, HEADER, HEADER_ROW, META_MARK, META_VERSION, SHEET, SIGN_LABELS, UNIT_LABEL } from './form-layout.js';
import type { DepartmentForm, FormItem } from './plan-forms.js';

export interface FormMeta {
  地区: string;
  年度: number;
  /** 交回的截止日期（2025-01-15）。 */
  截止: string;
  联系人?: string;
  /** 登记表里记下生成的时间（测试里固定）。 */
  生成: Date;
}

const FONT = '宋体';
const INPUT_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
const HEAD_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};
const WIDTHS: Record<keyof typeof HEADER, number> = {
  key: 18,
  order: 6,
  area: 16,
  name: 26,
  unit: 7,
  kind: 7,
  definition: 44,
  prior: 14,
  value: 14,
  approx: 8,
  scope: 12,
  note: 24,
};

/** 工作表保护：不设密码（部门真要改结构可以撤销保护），只防手误；能选格子、调行高。 */
const PROTECTION: Partial<ExcelJS.WorksheetProtection> = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatRows: true,
  formatColumns: false,
  formatCells: false,
  insertRows: false,
  deleteRows: false,
  insertColumns: false,
  deleteColumns: false,
  sort: false,
  autoFilter: false,
};

export async function writeFormWorkbook(form: DepartmentForm, meta: FormMeta): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'fzbg';
  wb.created = meta.生成;
  wb.modified = meta.生成;
  wb.title = `${formTitle(meta.地区, meta.年度)}（${form.部门}）`;
  await fillForm(wb.addWorksheet(SHEET.form, { properties: { tabColor: { argb: 'FFFFC000' } } }), form, meta);
  await fillGuide(wb.addWorksheet(SHEET.guide), meta);
  await fillMeta(wb.addWorksheet(SHEET.meta, { state: 'hidden' }), form, meta);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function fillForm(ws: ExcelJS.Worksheet, form: DepartmentForm, meta: FormMeta): Promise<void> {
  const last = COLUMN.note;
  for (const [name, col] of Object.entries(COLUMN) as [keyof typeof HEADER, number][]) ws.getColumn(col).width = WIDTHS[name];
  ws.getColumn(COLUMN.key).hidden = true;

  const line = (row: number, text: string, font: Partial<ExcelJS.Font>, from = COLUMN.order, to = last) => {
    ws.mergeCells(row, from, row, to);
    const cell = ws.getCell(row, from);
    cell.value = text;
    cell.font = { name: FONT, size: 11, ...font };
    cell.alignment = { vertical: 'middle', horizontal: font.bold ? 'center' : 'left', wrapText: true };
  };
  line(1, formTitle(meta.地区, meta.年度), { name: '黑体', size: 16, bold: true });
  ws.getRow(1).height = 30;
  line(2, `${UNIT_LABEL}${form.部门}`, { bold: false }, COLUMN.order, COLUMN.definition);
  line(2, `请于${chineseDate(meta.截止)}前交回`, { name: '黑体' }, COLUMN.prior, last);
  line(3, `联系人：${meta.联系人 ?? '＿＿＿＿＿＿　电话：＿＿＿＿＿＿'}（填表中有疑问请联系）`, {});
  line(
    4,
    `填法：只在黄色格子里填。本年数值只写数字，不写单位；比率写百分数（99.5），金额写万元数。` +
      `只有约数时照样写数字，"约数"一栏选"是"；只统计了部分月份的，在"统计口径"里写明（如 1—11月）。不要删改其他格子。`,
    { size: 10 },
  );
  ws.getRow(4).height = 42;

  const header = ws.getRow(HEADER_ROW);
  for (const [name, col] of Object.entries(COLUMN) as [keyof typeof HEADER, number][]) {
    const cell = header.getCell(col);
    cell.value = HEADER[name];
    cell.font = { name: FONT, size: 11, bold: true };
    cell.fill = HEAD_FILL;
    cell.border = THIN;
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  }
  header.height = 22;

  form.items.forEach((item, i) => writeItem(ws.getRow(HEADER_ROW + 1 + i), item, i + 1));

  // 表尾：填表人、联系电话、填报日期（能填）。
  const sign = ws.getRow(HEADER_ROW + form.items.length + 2);
  const labelled = (labelCol: number, label: string, inputCol: number) => {
    const l = sign.getCell(labelCol);
    l.value = label;
    l.font = { name: FONT, size: 11, bold: true };
    l.alignment = { horizontal: 'right' };
    const input = sign.getCell(inputCol);
    input.fill = INPUT_FILL;
    input.border = THIN;
    input.protection = { locked: false };
  };
  labelled(COLUMN.area, SIGN_LABELS.person, COLUMN.name);
  labelled(COLUMN.definition, SIGN_LABELS.phone, COLUMN.prior);
  labelled(COLUMN.value, SIGN_LABELS.date, COLUMN.approx);

  ws.views = [{ state: 'frozen', ySplit: HEADER_ROW, xSplit: 0 }];
  ws.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
  };
  await ws.protect('', PROTECTION);
}

function writeItem(row: ExcelJS.Row, item: FormItem, order: number): void {
  const fixed: [number, string | number | undefined][] = [
    [COLUMN.key, item.key],
    [COLUMN.order, order],
    [COLUMN.area, item.领域],
    [COLUMN.name, item.标题],
    [COLUMN.unit, item.单位],
    [COLUMN.kind, item.类型 === '自定义' ? '数量' : item.类型],
    [COLUMN.definition, item.说明],
    [COLUMN.prior, item.上年],
  ];
  for (const [col, value] of fixed) {
    const cell = row.getCell(col);
    if (value !== undefined) cell.value = value;
    cell.font = { name: FONT, size: 10 };
    cell.border = THIN;
    cell.alignment = { vertical: 'middle', wrapText: col === COLUMN.definition || col === COLUMN.name };
  }
  for (const col of [COLUMN.value, COLUMN.approx, COLUMN.scope, COLUMN.note]) {
    const cell = row.getCell(col);
    cell.fill = INPUT_FILL;
    cell.border = THIN;
    cell.font = { name: FONT, size: 11 };
    cell.protection = { locked: false };
  }
  const value = row.getCell(COLUMN.value);
  value.dataValidation = valueValidation(item);
  value.numFmt = item.类型 === '计数' ? '0' : 'General';
  // 提示里带上这一项的名称：每个格子的有效性各不相同，exceljs 就不会把它们并成相互重叠的区域
  // （它按文字排序地址，J10 排在 J6 前面，会写出 J10:J28 和 J6:J28 两段）。
  row.getCell(COLUMN.approx).dataValidation = {
    type: 'list',
    allowBlank: true,
    formulae: ['"是,否"'],
    showInputMessage: true,
    promptTitle: item.标题.slice(0, 32),
    prompt: '只有约数（如"300余"）时选"是"',
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: '约数',
    error: '选"是"或"否"（准数可以不填）。',
  };
  row.height = 30;
}

/** 本年数值的数据有效性：按类型限定，提示里说清楚单位和写法。 */
function valueValidation(item: FormItem): ExcelJS.DataValidation {
  const common = {
    allowBlank: true,
    showErrorMessage: true,
    showInputMessage: true,
    errorStyle: 'stop',
    promptTitle: item.标题.slice(0, 32),
  };
  if (item.类型 === '计数') {
    return {
      ...common,
      type: 'whole',
      operator: 'greaterThanOrEqual',
      formulae: [0],
      errorTitle: '应为整数',
      error: `请填不小于 0 的整数（单位${item.单位}，不写单位）。约数照样写数字，"约数"一栏选"是"。`,
      prompt: `整数，单位${item.单位}`,
    };
  }
  if (item.类型 === '比率') {
    return {
      ...common,
      type: 'decimal',
      operator: 'between',
      formulae: [0, 100],
      errorTitle: '应为百分数',
      error: '请填 0 到 100 之间的数，如 99.5（不写 %）。',
      prompt: '百分数，0 到 100，不写 %',
    };
  }
  return {
    ...common,
    type: 'decimal',
    operator: 'greaterThanOrEqual',
    formulae: [0],
    errorTitle: item.类型 === '金额' ? '应为万元数' : '应为数字',
    error:
      item.类型 === '金额' ? '请填万元数（不小于 0，可以有小数，不写"万元"）。' : `请填不小于 0 的数（单位${item.单位 || '见说明'}）。`,
    prompt: item.类型 === '金额' ? '万元，可以有小数' : `数字，单位${item.单位 || '见说明'}`,
  };
}

async function fillGuide(ws: ExcelJS.Worksheet, meta: FormMeta): Promise<void> {
  ws.getColumn(1).width = 100;
  const lines = [
    '填表说明',
    `1. 这张表收集${meta.地区}${meta.年度}年度法治政府建设年度报告要用的数字，请在"${SHEET.form}"表的黄色格子里填写，${chineseDate(meta.截止)}前交回。`,
    '2. 本年数值只写数字，不写单位。计数写整数；比率写百分数（如 99.5，不写 %）；金额写万元数（可以有小数）。',
    '3. 只有大概的数（如"300余场次"）时写 300，"约数"一栏选"是"。',
    '4. 只统计了部分时间或范围的（如只到 11 月底），在"统计口径"里写明"1—11月"；整年的空着。',
    '5. 需要说明的（如数字的来源、与上年口径不同的原因），写在"备注"里。',
    '6. 上年数值是去年报告里的数，供对照；与今年差得多时请在备注里说一句。',
    '7. 表是保护的（没有密码），只防误改。请不要改动别的格子、不要删行；要补充的内容写在表下面或备注里。',
    '8. 表格可以改文件名，用 Excel、WPS 或 LibreOffice 填都可以，存成 .xlsx 交回。',
  ];
  lines.forEach((text, i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.value = text;
    cell.font = { name: i === 0 ? '黑体' : FONT, size: i === 0 ? 14 : 11, bold: i === 0 };
    cell.alignment = { wrapText: true, vertical: 'middle' };
  });
  await ws.protect('', PROTECTION);
}

/** 隐藏的登记表：认出地区、年度、部门和这张表要的项目（读回时报告"还没填"的依据）。 */
async function fillMeta(ws: ExcelJS.Worksheet, form: DepartmentForm, meta: FormMeta): Promise<void> {
  const rows: (string | number)[][] = [
    [META_MARK, META_VERSION],
    ['地区', meta.地区],
    ['年度', meta.年度],
    ['部门', form.部门],
    ['截止', meta.截止],
    ['生成时间', meta.生成.toISOString()],
    ['项目', form.items.length],
    ...form.items.map((item) => [item.key, item.标题]),
  ];
  rows.forEach((r, i) => {
    ws.getRow(i + 1).values = r;
  });
  await ws.protect('', PROTECTION);
}
