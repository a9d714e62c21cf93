/**
 * 读一张交回的填报表：不靠文件名（常被改）、不靠工作表的次序和行号（部门会挪表、插行、加行），
 * 靠隐藏的登记表认出地区、年度、部门，靠表头的文字找列，每一行靠隐藏的"键"（没有时靠中文名）认出指标。
 */
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import ExcelJS from 'exceljs';
import { fileDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { HEADER, META_MARK, SIGN_LABELS, TITLE_PATTERN, UNIT_LABEL, type HeaderName } from '../forms/form-layout.js';
import type { CellInput } from './read-form-value.js';

/** 表里的一行数字（还没认出指标、没读数）。 */
export interface FormRow {
  /** 隐藏的"键"列（"行政复议.受理"），被删掉或不是 fzbg 的表时为空。 */
  key?: string;
  /** "指标"列的中文名，"领域"列。 */
  name: string;
  area: string;
  sheet: string;
  /** 本年数值的格子（"I7"）。 */
  cell: string;
  row: number;
  value: CellInput;
  approx: CellInput;
  scope: CellInput;
  note: string;
}

export interface ReturnedForm {
  file: string;
  地区?: string;
  年度?: number;
  部门?: string;
  /** 登记表里这张表要的项目（"组.字段"）。 */
  expected: string[];
  rows: FormRow[];
  /** 表里另写的话（没有数字、也不是指标的行，如"注：本表截至11月底"）。 */
  remarks: { where: string; text: string }[];
  signer: { 填表人?: string; 联系电话?: string; 填报日期?: string };
}

export type ReadFormResult = { ok: true; form: ReturnedForm } | { ok: false; diagnostics: Diagnostic[] };

const HEADER_SCAN_ROWS = 40;
const MAX_FORM_BYTES = 10 * 1024 * 1024;

export async function readReturnedForm(file: string): Promise<ReadFormResult> {
  const fail = (code: 'file/not-found' | 'collect/unreadable' | 'collect/not-a-form', message: string, fix: string): ReadFormResult => ({
    ok: false,
    diagnostics: [fileDiagnostic(code, file, message, { fix })],
  });
  let bytes: Buffer;
  try {
    // 一张填报表不过几十 KB：太大的不读（可能是选错了文件，也可能是解压后极大的"压缩炸弹"）
    if (statSync(file).size > MAX_FORM_BYTES) {
      return fail('collect/unreadable', `文件超过 ${MAX_FORM_BYTES / 1024 / 1024} MB，不像一张填报表，没有读。`, '检查是不是选错了文件。');
    }
    bytes = readFileSync(file);
  } catch {
    return fail('file/not-found', '找不到这个表格文件。', '检查路径是否写对。');
  }
  const ext = extname(file).toLowerCase();
  // .xlsx 是 zip（以 PK 开头）；旧的 .xls、WPS 的 .et 不是
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    const old = ext === '.xls' || ext === '.et' || (bytes[0] === 0xd0 && bytes[1] === 0xcf);
    return fail(
      'collect/unreadable',
      old ? `这是旧的 ${ext || '.xls'} 格式，fzbg 只读 .xlsx。` : '这不是 .xlsx 表格文件（可能是别的文件改了扩展名，或文件已损坏）。',
      '在 Excel 或 WPS 里打开，"另存为" Excel 工作簿（.xlsx）后再收。',
    );
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (e) {
    return fail(
      'collect/unreadable',
      `表格打不开（${e instanceof Error ? e.message : String(e)}）。`,
      '请部门在 Excel 或 WPS 里打开后重新存一次 .xlsx 再交。',
    );
  }
  const form: ReturnedForm = { file, expected: [], rows: [], remarks: [], signer: {} };
  let found = false;
  for (const ws of wb.worksheets) {
    if (readMeta(ws, form)) continue;
    if (readSheet(ws, form)) found = true;
  }
  if (!found) {
    return fail(
      'collect/not-a-form',
      `表里没有找到"${HEADER.name}"和"${HEADER.value}"的表头，不像 fzbg forms 出的填报表。`,
      '收 fzbg forms 生成、部门填好交回的表；表头一行不要删改。',
    );
  }
  return { ok: true, form };
}

/** 隐藏的登记表（第一格是"fzbg 填报表"）：地区、年度、部门、要的项目。是登记表时返回 true。 */
function readMeta(ws: ExcelJS.Worksheet, form: ReturnedForm): boolean {
  if (text(ws.getCell(1, 1).value) !== META_MARK) return false;
  let listing = false;
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const label = text(row.getCell(1).value);
    const value = text(row.getCell(2).value);
    if (listing) {
      if (label) form.expected.push(label);
    } else if (label === '地区' && value) form.地区 = value;
    else if (label === '年度' && /^\d{4}$/.test(value)) form.年度 = Number(value);
    else if (label === '部门' && value) form.部门 = value;
    else if (label === '项目') listing = true;
  });
  return true;
}

/** 一张工作表：找表头，读表头以下的每一行。没有表头（说明页、部门自己加的表）时返回 false。 */
function readSheet(ws: ExcelJS.Worksheet, form: ReturnedForm): boolean {
  const columns = findHeader(ws);
  if (!columns) {
    readTitle(ws, form, HEADER_SCAN_ROWS);
    return false;
  }
  readTitle(ws, form, columns.headerRow);
  const cellOf = (row: ExcelJS.Row, name: HeaderName): ExcelJS.Cell | undefined => {
    const col = columns.byName.get(name);
    return col === undefined ? undefined : row.getCell(col);
  };
  for (let r = columns.headerRow + 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    if (readSigner(row, form)) continue;
    const value = cellOf(row, 'value');
    const name = text(cellOf(row, 'name')?.value);
    const key = text(cellOf(row, 'key')?.value);
    const input = value ? cellInput(value) : { value: null };
    const hasValue = input.value !== null && !(typeof input.value === 'string' && input.value.trim() === '');
    if (!key && !name && !hasValue) {
      // 没有指标、没有数字的行：部门写的附注照样带回来，不丢
      const words = rowText(row);
      if (words) form.remarks.push({ where: `${ws.name}!${r}行`, text: words });
      continue;
    }
    form.rows.push({
      ...(key ? { key } : {}),
      name,
      area: text(cellOf(row, 'area')?.value),
      sheet: ws.name,
      cell: value?.address ?? `第${r}行`,
      row: r,
      value: input,
      approx: cellInput(cellOf(row, 'approx')),
      scope: cellInput(cellOf(row, 'scope')),
      note: text(cellOf(row, 'note')?.value),
    });
  }
  return true;
}

/** 表头：同一行里有"指标"和"本年数值"（或"本年…"），各列按文字对上。 */
function findHeader(ws: ExcelJS.Worksheet): { headerRow: number; byName: Map<HeaderName, number> } | undefined {
  const wanted = Object.entries(HEADER) as [HeaderName, string][];
  for (let r = 1; r <= Math.min(ws.rowCount, HEADER_SCAN_ROWS); r++) {
    const byName = new Map<HeaderName, number>();
    ws.getRow(r).eachCell((cell, col) => {
      const t = text(cell.value).replace(/\s+/g, '');
      const hit = wanted.find(
        ([name, label]) => t === label || (name === 'value' && /^本年/.test(t)) || (name === 'scope' && t === '口径'),
      );
      if (hit && !byName.has(hit[0])) byName.set(hit[0], col);
    });
    if (byName.has('name') && byName.has('value')) return { headerRow: r, byName };
  }
  return undefined;
}

/** 登记表丢了时（内容被复制进了新的工作簿）：由标题认地区和年度，由"填报单位："认部门。 */
function readTitle(ws: ExcelJS.Worksheet, form: ReturnedForm, rows: number): void {
  for (let r = 1; r <= Math.min(rows, ws.rowCount); r++) {
    ws.getRow(r).eachCell((cell) => {
      const t = text(cell.value).replace(/\s+/g, '');
      const title = TITLE_PATTERN.exec(t);
      if (title && form.地区 === undefined) {
        form.地区 = title[1];
        form.年度 = Number(title[2]);
      }
      if (t.startsWith(UNIT_LABEL) && form.部门 === undefined && t.length > UNIT_LABEL.length) form.部门 = t.slice(UNIT_LABEL.length);
    });
  }
}

/** 表尾"填表人、联系电话、填报日期"：值在标签右边第一个有字的格子。是这一行时返回 true。 */
function readSigner(row: ExcelJS.Row, form: ReturnedForm): boolean {
  const labels: [string, keyof ReturnedForm['signer']][] = [
    [SIGN_LABELS.person, '填表人'],
    [SIGN_LABELS.phone, '联系电话'],
    [SIGN_LABELS.date, '填报日期'],
  ];
  let seen = false;
  const cells: { col: number; text: string }[] = [];
  row.eachCell((cell, col) => cells.push({ col, text: text(cell.value) }));
  cells.forEach((c, i) => {
    const label = labels.find(([l]) => c.text.replace(/[：:\s]/g, '') === l);
    if (!label) return;
    seen = true;
    const next = cells.slice(i + 1).find((x) => x.text !== '');
    if (next && !labels.some(([l]) => next.text.replace(/[：:\s]/g, '') === l)) form.signer[label[1]] = next.text;
  });
  return seen;
}

function rowText(row: ExcelJS.Row): string {
  const parts: string[] = [];
  row.eachCell((cell) => {
    const t = text(cell.value);
    if (t) parts.push(t);
  });
  return parts.join(' ');
}

/** exceljs 的格子值 → 数字、文字、布尔、日期或空（公式取结果，富文本连起来）。 */
function cellInput(cell: ExcelJS.Cell | undefined): CellInput {
  if (!cell) return { value: null };
  const percent = typeof cell.numFmt === 'string' && cell.numFmt.includes('%');
  return { value: plain(cell.value), ...(percent ? { percent } : {}) };
}

function plain(v: ExcelJS.CellValue): CellInput['value'] {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean' || v instanceof Date) return v;
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('formula' in v || 'sharedFormula' in v) {
    const result = (v as { result?: unknown }).result;
    if (typeof result === 'number' || typeof result === 'string' || typeof result === 'boolean' || result instanceof Date) return result;
    return null;
  }
  if ('text' in v && typeof v.text === 'string') return v.text;
  if ('error' in v) return String(v.error);
  return null;
}

function text(v: ExcelJS.CellValue): string {
  const p = plain(v);
  if (p === null) return '';
  if (p instanceof Date) return p.toISOString().slice(0, 10);
  return String(p).trim();
}
