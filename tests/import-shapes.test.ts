/**
 * 种子报告里没有的写法（tests/fixtures/import/ 下自己写的短报告）：履职情况在前、整篇挤在一行、
 * 主送在正文前、三级编号跨组连续、Word 里段首加粗不编号的小点、GBK 编码，以及数字、日期、文号的取舍。
 * 每份都导入 → 检查没有错误 → 生成，文档的文字与原文相同。
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { normalizeForComparison } from '../src/text/text-similarity.js';
import { paragraphTexts, readDocumentXml } from './support/read-docx-text.js';
import { importReport, type ImportResult } from '../src/import/import-report.js';
import { buildFile } from './support/build-in-memory.js';

const FIXTURES = 'tests/fixtures/import';
const tempDir = () => mkdtempSync(join(tmpdir(), 'fzbg-import-'));

async function importFile(file: string): Promise<ImportResult & { written: string }> {
  const result = await importReport(file, { out: tempDir() });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(result.written).toBeDefined();
  return result as ImportResult & { written: string };
}

/** 生成的文档各段（规范化后）。 */
async function builtParagraphs(dataFile: string): Promise<string[]> {
  const built = await buildFile(dataFile);
  expect(built.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return paragraphTexts(await readDocumentXml(built.docx)).map(normalizeForComparison);
}

/** 原文的各段（规范化后，空行去掉）。 */
function sourceParagraphs(file: string): string[] {
  return readFileSync(file, 'utf8').split(/\r?\n/).map(normalizeForComparison).filter(Boolean);
}

describe('导入：种子报告里没有的写法', () => {
  it('履职情况作第一章：类别由章标题的用词认出，不受位置影响；一是、二是各成一段成为要点', async () => {
    const file = join(FIXTURES, '履职情况在前.txt');
    const r = await importFile(file);
    expect(r.draft!.正文.map((ch) => ch.类别)).toEqual([['履职情况'], ['工作情况'], ['存在问题'], ['下步打算']]);
    expect(r.draft!.正文[2]!.要点).toEqual({
      前缀: '一是',
      样式: '分段',
      条目: ['部分单位依法行政意识有待提高。', '基层执法力量薄弱，执法人员专业素质参差不齐。'],
    });
    expect(r.draft!.指标).toEqual({
      学法: { 常务会议学法: { 值: 12 } },
      重大行政决策: { 合法性审查: { 值: 56 } },
      行政复议: { 收到申请: { 值: 48 }, 受理: { 值: 41 } },
      普法: { 宣传活动: { 值: 300, 约: true }, 宣传资料: { 值: 24000, 约: true, 写法: '2.4万余' } },
    });
    expect(r.yaml).toContain('标题: "{{下一年度}}年工作安排"');
    expect(await builtParagraphs(r.written)).toEqual(sourceParagraphs(file));
  });

  it('整篇挤在一行（标题、主送、各级标题、一是二是、特此报告、署名和日期接在一起）：与分好段的同一份报告导入结果相同', async () => {
    const oneLine = await importFile(join(FIXTURES, '整篇一行.txt'));
    const paragraphs = await importFile(join(FIXTURES, '整篇分段.txt'));
    expect(oneLine.draft).toEqual(paragraphs.draft);
    const d = oneLine.draft!;
    expect(d.标题).toBe('测试县人民政府关于{{年度}}年度法治政府建设情况的报告');
    expect(d.主送).toEqual(['县委', '县人大常委会']);
    expect(d.正文.map((ch) => [ch.标题, ch.类别])).toEqual([
      ['主要工作及成效', ['工作情况']],
      ['存在的问题', ['存在问题']],
      ['下步工作打算', ['下步打算']],
    ]);
    expect(d.正文[0]!.事项!.map((it) => it.标题)).toEqual(['加强组织领导', '推进严格规范公正文明执法']);
    expect(d.正文[1]!.要点).toEqual({ 前缀: '一是', 样式: '连写', 条目: ['部分单位依法行政意识不强。', '基层执法力量薄弱。'] });
    expect(d.落款).toEqual({ 结束语: '特此报告。' });
    expect(d.成文日期).toBe('2024-01-20');
    expect(d.指标).toEqual({
      行政执法: { 执法培训: { 值: 4 }, 培训人次: { 值: 560 } },
      行政复议: { 收到申请: { 值: 36 }, 受理: { 值: 30 } },
    });
    expect(await builtParagraphs(oneLine.written)).toEqual(sourceParagraphs(join(FIXTURES, '整篇分段.txt')));
  });

  it('主送在第一段之前（几个机关用顿号隔开）；附注', async () => {
    const file = join(FIXTURES, '主送在前.txt');
    const r = await importFile(file);
    expect(r.draft!.主送).toEqual(['市委', '市人大常委会', '市政府']);
    expect(r.draft!.导语).toEqual([
      '{{年度}}年，我区认真贯彻落实党中央、国务院关于法治政府建设的决策部署，法治政府建设取得新进展。现将有关情况报告如下：',
    ]);
    expect(r.draft!.附注).toBe('此件公开发布');
    expect(r.yaml).toMatch(/^主送: \[市委, 市人大常委会, 市政府\]$/m);
    expect(await builtParagraphs(r.written)).toEqual(sourceParagraphs(file));
  });

  it('"1."跨（一）（二）各组连续编号 → 版式 三级编号连续；每组重编时不写', async () => {
    const file = join(FIXTURES, '三级编号跨组连续.txt');
    const r = await importFile(file);
    expect(r.draft!.版式).toEqual({ 三级编号连续: true });
    expect(r.draft!.正文[0]!.事项!.map((g) => g.事项!.map((it) => it.标题))).toEqual([
      ['优化政务服务', '推进证明事项告知承诺制'],
      ['严格合法性审核', '开展清理工作'],
    ]);
    expect(await builtParagraphs(r.written)).toEqual(sourceParagraphs(file));

    const restart = join(tempDir(), '重编.txt');
    writeFileSync(restart, readFileSync(file, 'utf8').replace('3.严格', '1.严格').replace('4.开展', '2.开展'));
    const r2 = await importFile(restart);
    expect(r2.draft!.版式).toBeUndefined();
    expect(await builtParagraphs(r2.written)).toEqual(sourceParagraphs(restart));
  });

  it('Word 里段首加粗、没有编号的几个小点 → 要点（不加前缀，各成一段），注释里列出加粗的小标题', async () => {
    const runs = (bold: string, rest: string) => new Paragraph({ children: [new TextRun({ text: bold, bold: true }), new TextRun(rest)] });
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph('某某县人民政府关于2023年度法治政府建设情况的报告'),
            new Paragraph('2023年，我县扎实推进法治政府建设。现将有关情况报告如下：'),
            new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('一、主要工作和成效')] }),
            new Paragraph('（一）加强组织领导'),
            runs('健全工作机制。', '成立法治政府建设领导小组，县长任组长。'),
            runs('压实工作责任。', '将法治政府建设纳入年度绩效考核。'),
            runs('强化督促检查。', '全年开展督察督导6次。'),
            new Paragraph('（二）推进依法行政。全年共收到行政复议申请20件，受理18件。'),
            new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('二、存在问题')] }),
            new Paragraph('一是依法行政意识有待提高。'),
            new Paragraph('二是执法力量薄弱。'),
            new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('三、下步打算')] }),
            new Paragraph('持续推进法治政府建设。'),
            new Paragraph('某某县人民政府'),
            new Paragraph('2024年1月10日'),
          ],
        },
      ],
    });
    const file = join(tempDir(), '加粗小点.docx');
    const bytes = await Packer.toBuffer(doc);
    writeFileSync(file, bytes);
    const r = await importFile(file);
    const group = r.draft!.正文[0]!.事项![0]!;
    expect(group).toEqual({
      标题: '加强组织领导',
      标题单列: true,
      要点: {
        前缀: '无',
        样式: '分段',
        条目: [
          '健全工作机制。成立法治政府建设领导小组，县长任组长。',
          '压实工作责任。将法治政府建设纳入年度绩效考核。',
          '强化督促检查。全年开展督察督导{{指标.督察.督导}}次。',
        ],
      },
    });
    expect(r.yaml).toContain('# 导入：原文这几段以加粗的小标题开头、没有编号：健全工作机制。、压实工作责任。、强化督促检查。');
    expect(r.draft!.指标).toEqual({ 督察: { 督导: { 值: 6 } }, 行政复议: { 收到申请: { 值: 20 }, 受理: { 值: 18 } } });
    expect(await builtParagraphs(r.written)).toEqual(
      paragraphTexts(await readDocumentXml(bytes))
        .map(normalizeForComparison)
        .filter(Boolean),
    );
  });

  it('GBK 编码的 .txt 照样读对（提示编码），结果与 UTF-8 的相同', async () => {
    const utf8 = join(FIXTURES, '主送在前.txt');
    const gbk = join(tempDir(), '主送在前-GBK.txt');
    writeFileSync(gbk, iconv.encode(readFileSync(utf8, 'utf8'), 'gbk'));
    const a = await importFile(utf8);
    const b = await importFile(gbk);
    expect(b.draft).toEqual(a.draft);
    expect(b.diagnostics.map((d) => d.code)).toContain('encoding/gbk');
  });

  it('数字：约数、百余、万余、1—11月的口径、百分比进指标；书名号里的年份、文号、日期、年份不当数字；网页弄坏的日期照原样并指出那一行', async () => {
    const file = join(FIXTURES, '数字和日期.txt');
    const r = await importFile(file);
    expect(r.draft!.指标).toEqual({
      人民调解: { 调处纠纷: { 值: 1200, 口径: '1—11月' }, 调处成功: { 值: 1180, 口径: '1—11月' }, 成功率: { 值: 98.3, 口径: '1—11月' } },
      法律援助: { 案件: { 值: 300, 约: true } },
      普法: { 宣传活动: { 值: 100, 约: true, 写法: '百余' }, 宣传资料: { 值: 10000, 约: true, 写法: '万余' } },
    });
    const [first, second] = r.draft!.正文[0]!.事项!.map((it) => it.内容![0]);
    expect(first).toContain(
      '根据《某某县法治政府建设实施方案（2021—2025年）》（某政发〔2021〕23号）要求，2023年3月15日召开推进会议。1—11月，共调解矛盾纠纷{{指标.人民调解.调处纠纷}}件',
    );
    expect(second).toBe('县政府于2023215日召开专题会议，部署行政执法监督工作。');
    const damaged = r.diagnostics.filter((d) => d.code === 'import/damaged-date');
    expect(damaged).toHaveLength(1);
    expect(damaged[0]).toMatchObject({ file, line: 5, column: 15, severity: 'warning' });
    expect(damaged[0]!.message).toContain('第 5 行的"2023215日"');
    expect(await builtParagraphs(r.written)).toEqual(sourceParagraphs(file));
  });

  it('原文自己的数字对不上（受理多于收到申请）：这个数字退回文字并注明，生成的文字不变，检查没有错误', async () => {
    const file = join(tempDir(), '数字对不上.txt');
    writeFileSync(
      file,
      readFileSync(join(FIXTURES, '主送在前.txt'), 'utf8').replace('事项120项。', '事项120项。全年共收到行政复议申请10件，受理12件。'),
    );
    const r = await importFile(file);
    expect(r.draft!.指标!.行政复议).toEqual({ 收到申请: { 值: 10 } });
    expect(r.draft!.正文[0]!.事项![0]!.内容![0]).toContain('收到行政复议申请{{指标.行政复议.收到申请}}件，受理12件。');
    expect(r.yaml).toContain('# 导入：原文的"12"（行政复议.受理）与其他数字对不上');
    expect(await builtParagraphs(r.written)).toEqual(sourceParagraphs(file));
  });
});
