/** 测试用：像部门那样填 fzbg forms 出的表（exceljs 打开、按隐藏的键找行、填数、改名另存）。 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { run } from '../../src/cli.js';
import { captureIo } from './capture-io.js';

export async function openForm(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ExcelJS.Buffer);
  return wb;
}

export async function saveForm(wb: ExcelJS.Workbook, file: string): Promise<void> {
  writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
}

/** "填报"表里每个指标的行（按隐藏的键）。 */
export function rowsByKey(wb: ExcelJS.Workbook): Map<string, ExcelJS.Row> {
  const ws = wb.getWorksheet('填报');
  if (!ws) throw new Error('没有"填报"表');
  const rows = new Map<string, ExcelJS.Row>();
  ws.eachRow((row, n) => {
    // LibreOffice 另存的表里文字是富文本（按字体分段）
    const v = row.getCell(1).value;
    const key = v && typeof v === 'object' && 'richText' in v ? v.richText.map((r) => r.text).join('') : v;
    if (n > 5 && typeof key === 'string' && key.includes('.')) rows.set(key, row);
  });
  return rows;
}

/** 一个临时的工作目录：data/示例县 的两年，加上 fzbg new 做出的 2025 年草稿（数字都空着，上年的值在注释里）。 */
export async function draftWorkspace(): Promise<{ dir: string; data: string; draft: string; out: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'fzbg-forms-'));
  const data = join(dir, 'data');
  mkdirSync(data, { recursive: true });
  cpSync('data/示例县', join(data, '示例县'), { recursive: true });
  cpSync('data/report.schema.json', join(data, 'report.schema.json'));
  const io = captureIo();
  const code = await run(['new', '示例县', '2025', '--data', data], io);
  if (code !== 0) throw new Error(`fzbg new 失败：${io.stderr}`);
  return { dir, data, draft: join(data, '示例县', '2025.yaml'), out: join(dir, 'out') };
}

/** fzbg forms 出的表：部门 → 文件。 */
export function formFiles(out: string, region = '示例县'): Map<string, string> {
  const dir = join(out, region, '填报表');
  return new Map(readdirSync(dir).map((f) => [/（(.+)）\.xlsx$/.exec(f)?.[1] ?? f, join(dir, f)]));
}
