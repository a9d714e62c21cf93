/**
 * fzbg forms：每个部门一张 .xlsx——分工（目录的默认、模板 部门.yaml 的改动）、上年的值、
 * 隐藏的键和登记表、工作表保护（只有填数的格子能改）、数据有效性（看 .xlsx 里的 XML）、截止日期和联系人。
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../src/cli.js';
import { departmentOf, loadDepartmentSettings } from '../src/forms/department-settings.js';
import { catalogue } from '../src/schema/catalogue.js';
import { captureIo } from './support/capture-io.js';
import { draftWorkspace, formFiles, openForm, rowsByKey } from './support/fill-form.js';
import { xlsxProblems } from './support/xlsx-validate.js';

let ws: Awaited<ReturnType<typeof draftWorkspace>>;
let forms: Map<string, string>;
let stdout = '';

beforeAll(async () => {
  ws = await draftWorkspace();
  const io = captureIo();
  const code = await run(['forms', ws.draft, '--out', ws.out, '--contact', '县司法局 张三 0791-85712345', '--deadline', '2026-01-10'], io);
  expect(code, io.stderr).toBe(0);
  stdout = io.stdout;
  forms = formFiles(ws.out);
});

describe('fzbg forms 出的表', () => {
  it('每个部门一张：草稿里的每个数字都在且只在一个部门的表里，按目录的分工', async () => {
    expect([...forms.keys()].sort()).toEqual(['司法局', '市场监督管理局', '政府办公室', '组织部'].sort());
    const draft = readFileSync(ws.draft, 'utf8');
    const seen = new Map<string, string>();
    for (const [dept, file] of forms) for (const key of rowsByKey(await openForm(file)).keys()) seen.set(key, dept);
    const figures = (await import('yaml')).parse(draft).指标 as Record<string, Record<string, unknown>>;
    const keys = Object.entries(figures).flatMap(([g, fs]) => Object.keys(fs).map((f) => `${g}.${f}`));
    expect([...seen.keys()].sort()).toEqual(keys.sort());
    expect(seen.get('行政执法.双随机检查')).toBe('市场监督管理局');
    expect(seen.get('学法.常务会议学法')).toBe('政府办公室');
    expect(seen.get('学法.专题培训班')).toBe('组织部');
    expect(seen.get('行政复议.收到申请')).toBe('司法局');
    expect(stdout).toContain('4 张填报表');
    expect(stdout).toContain('2026年1月10日');
  });

  it('每一行：中文名、单位、类型、说明、上年的值（约数写"余"），填数的格子空着', async () => {
    const rows = rowsByKey(await openForm(forms.get('司法局')!));
    const row = rows.get('行政复议.收到申请')!;
    expect(row.getCell(4).value).toBe('收到行政复议申请');
    expect(row.getCell(5).value).toBe('件');
    expect(row.getCell(6).value).toBe('计数');
    expect(row.getCell(7).text).toContain('不小于 0 的整数');
    expect(row.getCell(8).value).toBe(74); // 2024 年的值
    expect(row.getCell(9).value).toBeNull();
    expect(rows.get('普法.宣传活动')!.getCell(8).value).toBe('320余');
    expect(rows.get('人民调解.成功率')!.getCell(6).value).toBe('比率');
  });

  it('表头有标题、填报单位、截止日期和联系人；登记表是隐藏的，记着地区、年度、部门和项目', async () => {
    const wb = await openForm(forms.get('市场监督管理局')!);
    const sheet = wb.getWorksheet('填报')!;
    const head = [1, 2, 3].map((r) => sheet.getCell(r, 2).text + ' ' + sheet.getCell(r, 8).text).join(' ');
    expect(head).toContain('示例县2025年度法治政府建设数据填报表');
    expect(head).toContain('填报单位：市场监督管理局');
    expect(head).toContain('请于2026年1月10日前交回');
    expect(head).toContain('联系人：县司法局 张三 0791-85712345');
    const meta = wb.getWorksheet('fzbg')!;
    expect(meta.state).toBe('hidden');
    expect(meta.getCell('B2').value).toBe('示例县');
    expect(meta.getCell('B3').value).toBe(2025);
    expect(meta.getCell('B4').value).toBe('市场监督管理局');
    expect(meta.getCell('A8').value).toBe('行政执法.双随机检查');
    expect(sheet.getColumn(1).hidden).toBe(true);
  });

  it('XML：工作表保护、只有填数的格子不锁定、数据有效性（整数 ≥ 0、百分数 0–100、约数是/否），每个部件都是合格的 XML', () => {
    const files = unzipSync(readFileSync(forms.get('司法局')!));
    for (const [name, bytes] of Object.entries(files)) {
      if (name.endsWith('.xml') || name.endsWith('.rels')) expect(XMLValidator.validate(strFromU8(bytes)), name).toBe(true);
    }
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    expect(sheet).toMatch(/<sheetProtection [^>]*sheet="1"/);
    const validations = [...sheet.matchAll(/<dataValidation (.*?)>(.*?)<\/dataValidation>/g)].map((m) => ({ attrs: m[1]!, body: m[2]! }));
    const at = (ref: string) => validations.filter((v) => v.attrs.includes(`sqref="${ref}"`));
    expect(at('I6')).toHaveLength(1); // 开展督察督导：计数
    expect(at('I6')[0]!.attrs).toMatch(/type="whole"/);
    expect(at('I6')[0]!.attrs).toMatch(/operator="greaterThanOrEqual"/);
    expect(at('I6')[0]!.attrs).toMatch(/errorStyle="stop"/);
    expect(at('I6')[0]!.body).toBe('<formula1>0</formula1>');
    expect(at('I8')[0]!.attrs).toMatch(/type="decimal"/); // 问题办结率：比率，between 是默认的运算
    expect(at('I8')[0]!.body).toBe('<formula1>0</formula1><formula2>100</formula2>');
    expect(at('J6')[0]!.attrs).toMatch(/type="list"/);
    expect(at('J6')[0]!.body).toBe('<formula1>&quot;是,否&quot;</formula1>');
    // 每个填数的格子都有，区域互不重叠（重叠的有效性 Excel 会要求修复）
    const refs = validations.flatMap((v) => /sqref="([^"]+)"/.exec(v.attrs)![1]!.split(' '));
    expect(new Set(refs).size).toBe(refs.length);
    expect(refs.every((r) => !r.includes(':'))).toBe(true);
    expect(refs.filter((r) => r.startsWith('I'))).toHaveLength(23);
    expect(refs.filter((r) => r.startsWith('J'))).toHaveLength(23);
    // 填数的格子（本年数值、约数、口径、备注）用不锁定的样式，别的格子锁定
    const styles = strFromU8(files['xl/styles.xml']!);
    const xfs = [...(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '').matchAll(/<xf [\s\S]*?(?:\/>|<\/xf>)/g)].map(
      (m) => m[0],
    );
    const styleOf = (ref: string) => Number(new RegExp(`<c r="${ref}" s="(\\d+)"`).exec(sheet)?.[1]);
    const unlocked = (ref: string) => /<protection locked="0"/.test(xfs[styleOf(ref)] ?? '');
    expect(['I6', 'J6', 'K6', 'L6'].map(unlocked)).toEqual([true, true, true, true]);
    expect(['D6', 'H6', 'A6'].map(unlocked)).toEqual([false, false, false]);
  });

  it('Open XML SDK 的校验器（Excel 依据的同一套规则）查每张表：没有问题', async () => {
    const found = await Promise.all([...forms.values()].map((f) => xlsxProblems(f)));
    expect(found).toEqual([...forms.values()].map(() => ''));
  });

  it('数据有效性按类型：比率那一行是 0–100，计数那一行是整数', async () => {
    const rows = rowsByKey(await openForm(forms.get('司法局')!));
    expect(rows.get('人民调解.成功率')!.getCell(9).dataValidation).toMatchObject({
      type: 'decimal',
      operator: 'between',
      formulae: [0, 100],
    });
    expect(rows.get('行政复议.受理')!.getCell(9).dataValidation).toMatchObject({
      type: 'whole',
      operator: 'greaterThanOrEqual',
      formulae: [0],
    });
  });

  it('--all：目录里这些部门的全部字段都出', async () => {
    const io = captureIo();
    const out = join(ws.dir, 'out-all');
    expect(await run(['forms', ws.draft, '--out', out, '--all'], io)).toBe(0);
    const all = formFiles(out);
    const audit = rowsByKey(await openForm(all.get('审计局')!));
    expect([...audit.keys()]).toEqual(Object.keys(catalogue.审计!.字段).map((f) => `审计.${f}`));
    expect(io.stderr).toContain('表头的联系人空着');
  });
});

describe('模板的 部门.yaml', () => {
  function templateWith(text: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'fzbg-tpl-'));
    cpSync('templates/标准', dir, { recursive: true });
    writeFileSync(join(dir, '部门.yaml'), text);
    return dir;
  }

  it('标准模板带的 部门.yaml 只有说明（都注释着），分工就是目录的默认', () => {
    const settings = loadDepartmentSettings('templates/标准');
    expect(settings).toEqual({ ok: true, settings: { 分工: new Map(), 默认部门: '司法局' } });
  });

  it('按组、按字段改分工，写截止日子和联系人', async () => {
    const tpl = templateWith(
      '分工:\n  行政复议: 行政复议局\n  行政执法.双随机检查: 综合行政执法局\n报送截止: "01-05"\n联系人: 依法治县办 李四\n',
    );
    const settings = loadDepartmentSettings(tpl);
    expect(settings.ok).toBe(true);
    if (!settings.ok) return;
    expect(departmentOf('行政复议', '受理', settings.settings)).toBe('行政复议局');
    expect(departmentOf('行政执法', '双随机检查', settings.settings)).toBe('综合行政执法局');
    expect(departmentOf('行政执法', '案卷评查', settings.settings)).toBe('司法局');
    expect(departmentOf('自定义', '直播普法活动', settings.settings)).toBe('司法局');
    const io = captureIo();
    const out = join(ws.dir, 'out-tpl');
    expect(await run(['forms', ws.draft, '--out', out, '--template', tpl], io)).toBe(0);
    const made = formFiles(out);
    expect([...made.keys()]).toContain('行政复议局');
    expect([...made.keys()]).toContain('综合行政执法局');
    expect(io.stdout).toContain('2026年1月5日');
    const head = (await openForm(made.get('行政复议局')!)).getWorksheet('填报')!.getCell('B3').value;
    expect(head).toContain('依法治县办 李四');
  });

  it('写错了：指出文件、行和改法，不出表', async () => {
    const tpl = templateWith('分工:\n  行政服议: 行政复议局\n  行政执法.双随机: 市场监管\n报送截止: 1月5日\n');
    const io = captureIo();
    expect(await run(['forms', ws.draft, '--out', join(ws.dir, 'bad'), '--template', tpl], io)).toBe(1);
    expect(io.stderr).toContain('部门.yaml:2:3 错误 [template/invalid] 分工里的"行政服议"不是指标的组。');
    expect(io.stderr).toContain('是不是"行政复议"？');
    expect(io.stderr).toContain('部门.yaml:3:3 错误');
    expect(io.stderr).toContain('是不是"行政执法.双随机检查"？');
    expect(io.stderr).toContain('报送截止写成了"1月5日"');
  });

  it('数据文件有错误、命令行写错：不出表，说清楚', async () => {
    const bad = join(ws.dir, 'data', '示例县', '2026.yaml');
    writeFileSync(bad, readFileSync(ws.draft, 'utf8').replace('年度: 2025', '年度: 2026年'));
    const io = captureIo();
    expect(await run(['forms', bad, '--out', join(ws.dir, 'bad2')], io)).toBe(1);
    expect(io.stderr).toContain('[schema/type]');
    expect(io.stderr).toContain('没有生成填报表');
    const io2 = captureIo();
    expect(await run(['forms', ws.draft, '--deadline', '明年1月'], io2)).toBe(2);
    expect(io2.stderr).toContain('--deadline 应写成 2025-01-15');
  });
});
