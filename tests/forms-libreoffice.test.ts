/**
 * 真实的客户端：县里也有用 LibreOffice 的。fzbg forms 出的表 LibreOffice 打得开、另存得了（soffice --convert-to xlsx），
 * 另存后的表里数据有效性、工作表保护、隐藏的键和登记表都还在；部门填好、经 LibreOffice 另存的表，collect 照样收对。
 */
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { run } from '../src/cli.js';
import { findSoffice } from '../src/pdf/find-soffice.js';
import { captureIo } from './support/capture-io.js';
import { draftWorkspace, formFiles, openForm, rowsByKey, saveForm } from './support/fill-form.js';

const exec = promisify(execFile);
let ws: Awaited<ReturnType<typeof draftWorkspace>>;
let forms: Map<string, string>;
const lo = mkdtempSync(join(tmpdir(), 'fzbg-xlsx-lo-'));
let converted: Map<string, string>;
let stderr = '';

beforeAll(async () => {
  const soffice = findSoffice();
  expect(soffice, '没有 LibreOffice：运行 bash scripts/install-tools.sh').toBeDefined();
  ws = await draftWorkspace();
  expect(await run(['forms', ws.draft, '--out', ws.out], captureIo())).toBe(0);
  forms = formFiles(ws.out);
  // 部门填好的一份（文字的数、约数、口径）
  const filled = await openForm(forms.get('司法局')!);
  const rows = rowsByKey(filled);
  rows.get('行政复议.收到申请')!.getCell(9).value = 81;
  rows.get('行政复议.受理')!.getCell(9).value = '72';
  rows.get('普法.宣传活动')!.getCell(9).value = '约400';
  rows.get('行政复议.办结')!.getCell(9).value = 65;
  rows.get('行政复议.办结')!.getCell(11).value = '1-11月';
  rows.get('人民调解.成功率')!.getCell(9).value = 99;
  const filledFile = join(ws.dir, '司法局-填好.xlsx');
  await saveForm(filled, filledFile);
  const inputs = [...forms.values(), filledFile].map((f, i) => {
    const copy = join(ws.dir, `form${i}-${basename(f)}`);
    copyFileSync(f, copy);
    return copy;
  });
  const profile = mkdtempSync(join(tmpdir(), 'fzbg-xlsx-profile-'));
  const r = await exec(
    soffice!,
    [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'xlsx',
      '--outdir',
      lo,
      ...inputs,
    ],
    { timeout: 240_000 },
  );
  stderr = r.stderr;
  converted = new Map(inputs.map((f) => [f, join(lo, basename(f))]));
}, 300_000);

describe('LibreOffice 里的填报表', () => {
  it('每张表都打得开、另存得了（没有报错）', () => {
    // 只有 LibreOffice 自己找不到 Java 的那句提醒（与表无关）
    const other = stderr.split('\n').filter((l) => l.trim() !== '' && !l.includes('javaldx'));
    expect(other).toEqual([]);
    for (const out of converted.values()) expect(existsSync(out), out).toBe(true);
  });

  it('另存后数据有效性、工作表保护、隐藏的键列和登记表都还在', async () => {
    const out = [...converted.values()][0]!;
    const files = unzipSync(readFileSync(out));
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    expect(sheet).toMatch(/<sheetProtection [^>]*sheet="(1|true)"/);
    // LibreOffice 写的属性次序与 exceljs 不同：逐个看
    const validations = [...sheet.matchAll(/<dataValidation ([^>]*)>/g)].map((m) => m[1]!);
    const at = (ref: string) => validations.find((v) => v.includes(`sqref="${ref}"`)) ?? '';
    expect(at('I6')).toContain('type="whole"');
    expect(at('I6')).toContain('operator="greaterThanOrEqual"');
    expect(at('I8')).toContain('type="decimal"');
    expect(at('J6')).toContain('type="list"');
    expect(validations).toHaveLength(46);
    const firstColumn = [...sheet.matchAll(/<col ([^>]*)\/>/g)].map((m) => m[1]!).find((c) => / min="1"/.test(` ${c}`)) ?? '';
    expect(firstColumn).toMatch(/hidden="(1|true)"/);
    const workbook = strFromU8(files['xl/workbook.xml']!);
    expect(workbook).toMatch(/<sheet name="fzbg"[^>]*state="hidden"/);
    const wb = await openForm(out);
    expect(rowsByKey(wb).size).toBeGreaterThan(20);
  });

  it('经 LibreOffice 另存的填好的表，collect 收对', async () => {
    const filled = [...converted.values()].at(-1)!;
    const io = captureIo();
    expect(await run(['collect', filled, '--data', ws.data], io), io.stderr).toBe(0);
    const figures = parse(readFileSync(ws.draft, 'utf8')).指标;
    expect(figures.行政复议.收到申请).toBe(81);
    expect(figures.行政复议.受理).toBe(72);
    expect(figures.普法.宣传活动).toEqual({ 值: 400, 约: true });
    expect(figures.行政复议.办结).toEqual({ 值: 65, 口径: '1—11月' });
    expect(figures.人民调解.成功率).toBe(99);
    expect(io.stdout).toContain('司法局：填了 5 项，写入 5 项');
  });
});
