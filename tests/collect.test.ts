/**
 * fzbg collect：像部门那样填表（文字的数、全角、"约300"、"1-11月"、改名、挪工作表、换行的次序、删掉隐藏的键、
 * 表下加行），收回数据文件：每个数写到对的地方，注释和别的行不变，来源写在旁边；
 * 与已有的值不同的不改（--force 才改，旧值留在注释里）；读不了的、两张表不一致的、检查出错的都说清楚。
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type ExcelJS from 'exceljs';
import { run } from '../src/cli.js';
import { captureIo } from './support/capture-io.js';
import { draftWorkspace, formFiles, openForm, rowsByKey, saveForm } from './support/fill-form.js';

type Fill = string | number | { value: string | number; approx?: string; scope?: string; note?: string };

/** 司法局填的（各种写法）和读回来应得的值。 */
const JUSTICE: Record<string, [Fill, unknown]> = {
  '督察.督导': ['１２', 12],
  '督察.发现问题': [20, 20],
  '督察.办结率': ['95%', 95],
  '重大行政决策.事项': ['5个', 5],
  '重大行政决策.合法性审查': [70, 70],
  '法律顾问.列席会议': ['约50', { 值: 50, 约: true }],
  '行政执法.执法培训': [6, 6],
  '行政执法.培训人次': ['1,200', 1200],
  '行政执法.案卷评查': [230, 230],
  '行政复议.收到申请': [80, 80],
  '行政复议.受理': [70, 70],
  '行政复议.办结': [
    { value: 60, scope: '1-11月', note: '12月的还在统计' },
    { 值: 60, 口径: '1—11月' },
  ],
  '行政复议.调解和解': [10, 10],
  '行政应诉.案件': [21, 21],
  '行政应诉.出庭应诉率': [100, 100],
  '人民调解.调处纠纷': [1400, 1400],
  '人民调解.调处成功': [1390, 1390],
  '人民调解.成功率': ['99.3', 99.3],
  '法律援助.案件': [300, 300],
  '法律援助.咨询': ['5000余人次', { 值: 5000, 约: true }],
  '普法.宣传活动': [
    { value: 350, approx: '是' },
    { 值: 350, 约: true },
  ],
  '普法.法律明白人': [1000, 1000],
  '自定义.行政复议咨询受理点': [13, { 值: 13, 单位: '个' }],
};

const OFFICE: Record<string, [Fill, unknown]> = {
  '学法.常务会议学法': [10, 10],
  '政务公开.主动公开': ['3,600', 3600],
  // 数填到了"约数"一栏：不收，提醒填错了列
  '政务公开.依申请公开': [{ value: '', approx: '88' }, null],
  '政务公开.答复率': ['无', null],
  '人大建议政协提案.人大建议': [40, 40],
  '人大建议政协提案.政协提案': [75, 75],
  '人大建议政协提案.满意率': ['１００', 100],
};

function fill(rows: Map<string, ExcelJS.Row>, values: Record<string, [Fill, unknown]>): void {
  for (const [key, [v]] of Object.entries(values)) {
    const row = rows.get(key);
    if (!row) throw new Error(`表里没有 ${key}`);
    const f = typeof v === 'object' ? v : { value: v };
    row.getCell(9).value = f.value;
    if (f.approx) row.getCell(10).value = f.approx;
    if (f.scope) row.getCell(11).value = f.scope;
    if (f.note) row.getCell(12).value = f.note;
  }
}

/** 两行整行对调（部门排过序）。 */
function swapRows(a: ExcelJS.Row, b: ExcelJS.Row): void {
  for (let c = 1; c <= 12; c++) {
    const x = a.getCell(c).value;
    a.getCell(c).value = b.getCell(c).value;
    b.getCell(c).value = x;
  }
}

let ws: Awaited<ReturnType<typeof draftWorkspace>>;
let forms: Map<string, string>;
let justiceFile: string;
let officeFile: string;
let original: string;

beforeAll(async () => {
  ws = await draftWorkspace();
  original = readFileSync(ws.draft, 'utf8');
  const io = captureIo();
  expect(await run(['forms', ws.draft, '--out', ws.out], io), io.stderr).toBe(0);
  forms = formFiles(ws.out);

  // 司法局：文字的数、全角、约数、口径；删掉一行的隐藏键；两行对调；挪工作表、加一张自己的表；表下加行；改文件名
  const justice = await openForm(forms.get('司法局')!);
  const rows = rowsByKey(justice);
  fill(rows, JUSTICE);
  rows.get('行政复议.受理')!.getCell(1).value = null;
  swapRows(rows.get('行政复议.收到申请')!, rows.get('法律援助.案件')!);
  const sheet = justice.getWorksheet('填报')!;
  const signRow = sheet.rowCount;
  sheet.getRow(signRow).getCell(4).value = '王五';
  sheet.getRow(signRow).getCell(8).value = '0791-88886666';
  sheet.getRow(signRow + 2).getCell(2).value = '注：以上数据截至2025年12月20日';
  sheet.getRow(signRow + 3).getCell(4).value = '网格员法治培训';
  sheet.getRow(signRow + 3).getCell(9).value = 45;
  const ledger = justice.addWorksheet('原始台账');
  ledger.getCell('A1').value = '部门自己的台账，不是填报表';
  // exceljs 按 orderNo 排工作表（类型里没有写它）：自己的台账放第一，说明第二，"填报"挪到后面
  (ledger as unknown as { orderNo: number }).orderNo = -2;
  (justice.getWorksheet('填表说明') as unknown as { orderNo: number }).orderNo = -1;
  justiceFile = join(ws.dir, '司法局2025年报表（已审核）.xlsx');
  await saveForm(justice, justiceFile);

  // 政府办公室：有的空着、有的写"无"
  const office = await openForm(forms.get('政府办公室')!);
  fill(rowsByKey(office), OFFICE);
  officeFile = join(ws.dir, '政府办.xlsx');
  await saveForm(office, officeFile);
});

describe('收表：部门填回来的表', () => {
  let io: ReturnType<typeof captureIo>;
  let code: number;
  let after: string;

  beforeAll(async () => {
    io = captureIo();
    code = await run(['collect', justiceFile, officeFile, '--data', ws.data], io);
    after = readFileSync(ws.draft, 'utf8');
  });

  it('每个数写到对的地方（文字的数、全角、约数、口径都读对了），空着的还空着', () => {
    expect(code, io.stderr).toBe(0);
    const figures = parse(after).指标;
    for (const [key, [, expected]] of Object.entries({ ...JUSTICE, ...OFFICE })) {
      const [g, f] = key.split('.');
      expect(figures[g!][f!], key).toEqual(expected);
    }
    expect(figures.行政执法.双随机检查).toBeNull(); // 市场监督管理局还没交
    expect(figures.学法.专题培训班).toBeNull(); // 组织部还没交
  });

  it('原来的注释都在，来源（部门和格子）写在每个数旁边；"指标"以外的行一个字符不变', () => {
    for (const comment of original.match(/#.*$/gm) ?? []) expect(after).toContain(comment);
    expect(after).toMatch(/^ {4}督导: 12 +# 上年：10；来源：司法局 填报!I6$/m);
    // 对调过的行：收到申请在原来"法律援助.案件"那一行
    expect(after).toMatch(/^ {4}收到申请: 80 +# 上年：74；来源：司法局 填报!I24$/m);
    expect(after).toMatch(/^ {4}办结: \{值: 60, 口径: 1—11月\} +# 上年：63；来源：司法局 填报!I17；部门备注：12月的还在统计$/m);
    expect(after).toMatch(/^ {6}值: 350 +# 上年：320余；来源：司法局 填报!I26$/m);
    expect(after).toMatch(/^ {4}主动公开: 3600 +# 上年：3512；来源：政府办公室 填报!I7$/m);
    const cut = (t: string) => t.slice(t.indexOf('\n导语:'));
    expect(cut(after)).toBe(cut(original));
    expect(after.slice(0, after.indexOf('指标:'))).toBe(original.slice(0, original.indexOf('指标:')));
  });

  it('原文件留了备份；写的是完整的新文件', () => {
    const backups = readdirSync(dirname(ws.draft)).filter((f) => f.startsWith('2025.yaml.') && f.endsWith('.bak'));
    expect(backups).toHaveLength(1);
    expect(readFileSync(join(dirname(ws.draft), backups[0]!), 'utf8')).toBe(original);
    expect(readdirSync(dirname(ws.draft)).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  it('报告每个部门交了什么、谁填的、没填什么、表里另写的话；还没交的部门；还空着的数字', () => {
    expect(io.stdout).toContain('收了 2 张表');
    expect(io.stdout).toContain('司法局（王五，0791-88886666）：填了 23 项，写入 23 项（司法局2025年报表（已审核）.xlsx）');
    expect(io.stdout).toContain('行政复议.受理 = 70  ← 填报!I16');
    expect(io.stdout).toContain('政府办公室：填了 5 项，写入 5 项');
    expect(io.stdout).toContain('没有填：受理政府信息公开申请、依申请公开答复率（无）');
    expect(io.stdout).toContain('表里另写的话（填报!32行）：注：以上数据截至2025年12月20日');
    expect(io.stdout).toContain('还没交表的部门：市场监督管理局（1 项）、组织部（1 项）');
    expect(io.stdout).toMatch(/还空着的数字 4 个：.*市场监督管理局：""双随机"抽查"|还空着的数字 4 个/);
    expect(io.stdout).toContain('已写入');
    // 数填在"约数"一栏：提醒填错了列，不收
    expect(io.stderr).toMatch(
      /政府办\.xlsx:\d+:9 警告 \[collect\/misplaced\] .*受理政府信息公开申请的"本年数值"空着，"约数"一栏却填了"88"/,
    );
    // 认不出的一行有数：提醒，不收
    expect(io.stderr).toContain(`${justiceFile}:33:9 警告 [collect/unknown-row]`);
    expect(io.stderr).toContain('"网格员法治培训"不是目录里的指标');
  });

  it('写进去的文件照样通过 check', async () => {
    const check = captureIo();
    expect(await run(['check', ws.draft], check)).toBe(0);
  });

  it('再收一次同样的表：都与文件里的相同，文件不动', async () => {
    const again = captureIo();
    expect(await run(['collect', justiceFile, officeFile, '--data', ws.data], again)).toBe(0);
    expect(again.stdout).toContain('与文件里相同 23 项');
    expect(again.stdout).toContain('没有要写入的新数字，文件没有动');
    expect(readFileSync(ws.draft, 'utf8')).toBe(after);
  });

  it('部门改了数再交：不加 --force 不改，报出冲突；加了才改，旧值留在注释里', async () => {
    const office = await openForm(officeFile);
    rowsByKey(office).get('政务公开.主动公开')!.getCell(9).value = 3700;
    const changed = join(ws.dir, '政府办（更正）.xlsx');
    await saveForm(office, changed);
    const before = readFileSync(ws.draft);
    const first = captureIo();
    expect(await run(['collect', changed, '--data', ws.data], first)).toBe(1);
    expect(first.stderr).toMatch(
      /2025\.yaml:\d+:\d+ 错误 \[collect\/conflict\] 主动公开政府信息：文件里已有 3600，政府办公室（填报!I7）填的是 3700，没有改写。/,
    );
    expect(first.stderr).toContain('加 --force');
    expect(readFileSync(ws.draft)).toEqual(before);
    const forced = captureIo();
    expect(await run(['collect', changed, '--data', ws.data, '--force'], forced)).toBe(0);
    expect(forced.stderr).toContain('警告 [collect/conflict]');
    const now = readFileSync(ws.draft, 'utf8');
    expect(now).toMatch(/^ {4}主动公开: 3700 +# 上年：3512；原为 3600；来源：政府办公室 填报!I7$/m);
    expect(parse(now).指标.政务公开.主动公开).toBe(3700);
  });
});

describe('收表：出问题的表', () => {
  async function freshDraft() {
    const w = await draftWorkspace();
    const io = captureIo();
    expect(await run(['forms', w.draft, '--out', w.out], io)).toBe(0);
    return { ...w, forms: formFiles(w.out) };
  }

  it('读不了的数不收、指到表的行列；部分大于整体照 check 的规则报错；--dry-run 不写文件', async () => {
    const w = await freshDraft();
    const wb = await openForm(w.forms.get('司法局')!);
    const rows = rowsByKey(wb);
    rows.get('行政复议.收到申请')!.getCell(9).value = 50;
    rows.get('行政复议.受理')!.getCell(9).value = 70;
    rows.get('督察.督导')!.getCell(9).value = '见附件';
    const file = join(w.dir, 'a.xlsx');
    await saveForm(wb, file);
    const before = readFileSync(w.draft);
    const dry = captureIo();
    expect(await run(['collect', file, '--data', w.data, '--dry-run'], dry)).toBe(1);
    expect(dry.stdout).toContain('--dry-run：没有写文件（要写入 2 个数字）');
    expect(readFileSync(w.draft)).toEqual(before);
    const io = captureIo();
    expect(await run(['collect', file, '--data', w.data], io)).toBe(1);
    expect(io.stderr).toContain(
      `${file}:6:9 错误 [collect/bad-value] 司法局的表"填报"I6：开展督察督导填的是"见附件"，读不出数字，没有收。`,
    );
    expect(io.stderr).toMatch(/2025\.yaml:\d+:\d+ 错误 \[figure\/part-exceeds-whole\] 受理行政复议案件 70，超过了收到行政复议申请 50。/);
    expect(parse(readFileSync(w.draft, 'utf8')).指标.督察.督导).toBeNull();
  });

  it('两张表给同一项填了不同的数：哪个也不写', async () => {
    const w = await freshDraft();
    const a = await openForm(w.forms.get('司法局')!);
    rowsByKey(a).get('行政复议.收到申请')!.getCell(9).value = 80;
    await saveForm(a, join(w.dir, '第一次.xlsx'));
    rowsByKey(a).get('行政复议.收到申请')!.getCell(9).value = 85;
    await saveForm(a, join(w.dir, '第二次.xlsx'));
    const io = captureIo();
    expect(await run(['collect', join(w.dir, '第一次.xlsx'), join(w.dir, '第二次.xlsx'), '--data', w.data], io)).toBe(1);
    expect(io.stderr).toContain(
      '[collect/disagree] 收到行政复议申请：司法局（填报!I15）填 80，司法局（填报!I15）填 85，不一致，都没有写。',
    );
    expect(parse(readFileSync(w.draft, 'utf8')).指标.行政复议.收到申请).toBeNull();
  });

  it('不是 .xlsx、不是填报表、登记和标题都没了：说清楚，数据文件不动', async () => {
    const w = await freshDraft();
    const xls = join(w.dir, '旧格式.xls');
    writeFileSync(xls, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    const other = await openForm(w.forms.get('组织部')!);
    other.removeWorksheet(other.getWorksheet('填报')!.id);
    await saveForm(other, join(w.dir, '别的表.xlsx'));
    // 登记表删掉、标题也改了：认不出是哪个县哪一年
    const bare = await openForm(w.forms.get('组织部')!);
    bare.removeWorksheet(bare.getWorksheet('fzbg')!.id);
    bare.getWorksheet('填报')!.getCell('B1').value = '报表';
    rowsByKey(bare).get('学法.专题培训班')!.getCell(9).value = 4;
    await saveForm(bare, join(w.dir, '光秃秃.xlsx'));
    const before = readFileSync(w.draft);
    const io = captureIo();
    const files = [xls, join(w.dir, '别的表.xlsx'), join(w.dir, '光秃秃.xlsx'), join(w.dir, '没有这个文件.xlsx')];
    expect(await run(['collect', ...files, '--data', w.data], io)).toBe(1);
    expect(io.stderr).toContain('[collect/unreadable] 这是旧的 .xls 格式，fzbg 只读 .xlsx。');
    expect(io.stderr).toContain('另存为');
    expect(io.stderr).toContain('[collect/not-a-form]');
    expect(io.stderr).toContain('[collect/unknown-form] 认不出这张表是哪个县、哪一年的');
    expect(io.stderr).toContain('没有这个文件.xlsx:1:1 错误 [file/not-found]');
    expect(readFileSync(w.draft)).toEqual(before);
    // 用 --file 指明数据文件就收得进去；登记表没了，靠标题也认得出
    const withFile = captureIo();
    expect(await run(['collect', join(w.dir, '光秃秃.xlsx'), '--file', w.draft], withFile)).toBe(0);
    expect(parse(readFileSync(w.draft, 'utf8')).指标.学法.专题培训班).toBe(4);
    const titled = await openForm(w.forms.get('市场监督管理局')!);
    titled.removeWorksheet(titled.getWorksheet('fzbg')!.id);
    rowsByKey(titled).get('行政执法.双随机检查')!.getCell(9).value = 230;
    await saveForm(titled, join(w.dir, '市场监管.xlsx'));
    const byTitle = captureIo();
    expect(await run(['collect', join(w.dir, '市场监管.xlsx'), '--data', w.data], byTitle)).toBe(0);
    expect(byTitle.stdout).toContain('市场监督管理局：填了 1 项，写入 1 项');
    expect(parse(readFileSync(w.draft, 'utf8')).指标.行政执法.双随机检查).toBe(230);
  });

  it('表里登记的地区带".."：不拿它拼路径，不收', async () => {
    const w = await freshDraft();
    const wb = await openForm(w.forms.get('组织部')!);
    wb.getWorksheet('fzbg')!.getCell('B2').value = '../data/示例县';
    rowsByKey(wb).get('学法.专题培训班')!.getCell(9).value = 4;
    await saveForm(wb, join(w.dir, '坏.xlsx'));
    const io = captureIo();
    expect(await run(['collect', join(w.dir, '坏.xlsx'), '--data', join(w.dir, 'data')], io)).toBe(1);
    expect(io.stderr).toContain('[collect/unknown-form] 表里登记的地区不能用');
    expect(parse(readFileSync(w.draft, 'utf8')).指标.学法.专题培训班).toBeNull();
  });

  it('GBK 编码、Windows 换行的数据文件：照样收，写回 UTF-8，换行不变', async () => {
    const w = await freshDraft();
    const iconv = (await import('iconv-lite')).default;
    const crlf = readFileSync(w.draft, 'utf8').replace(/\n/g, '\r\n');
    writeFileSync(w.draft, iconv.encode(crlf, 'gbk'));
    const wb = await openForm(w.forms.get('组织部')!);
    rowsByKey(wb).get('学法.专题培训班')!.getCell(9).value = 3;
    await saveForm(wb, join(w.dir, 'z.xlsx'));
    const io = captureIo();
    expect(await run(['collect', join(w.dir, 'z.xlsx'), '--data', w.data], io)).toBe(0);
    expect(io.stdout).toContain('写回的是 UTF-8');
    const text = readFileSync(w.draft, 'utf8');
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(text).toContain('    专题培训班: 3  # 上年：2；来源：组织部 填报!I6\r\n');
  });
});
