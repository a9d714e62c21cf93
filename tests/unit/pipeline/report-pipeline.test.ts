/**
 * 流水线：上一年度在一条流水线里只读一次（读过的记着，文件删了也照用）；给出字节的检查不记住；
 * 修补过的报告决不算通过；build 只在没有错误时写文件。
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { printMarkdown } from '../../../src/markdown/print-markdown.js';
import { blockText } from '../../../src/model/document-model.js';
import type { CheckedReport } from '../../../src/pipeline/report-pipeline.js';
import { pipeline } from '../../support/build-in-memory.js';

const root = mkdtempSync(join(tmpdir(), 'fzbg-pipeline-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let folders = 0;

function report(
  year: number,
  { 受理 = '177', 内容 = '全年受理行政复议案件{{指标.行政复议.受理}}件，{{同比 指标.行政复议.受理}}。', extra = '' } = {},
): string {
  return `地区: 测试县
年度: ${year}
发文机关: 测试县人民政府
成文日期: ${year + 1}-01-25
${extra}指标:
  行政复议: {受理: ${受理}}
正文:
  - 类别: 工作情况
    标题: 主要工作
    内容: ${内容}
  - {类别: 存在问题, 标题: 存在的问题, 内容: 有不足。}
  - {类别: 履职情况, 标题: 履职情况, 内容: 主要负责人履职。}
  - {类别: 下步打算, 标题: 下步打算, 内容: 继续努力。}
`;
}

/** 一个新的 data/测试县/ 文件夹，写进给出的各年。 */
function folder(files: Record<number, string>): string {
  const dir = join(root, `data${++folders}`, '测试县');
  mkdirSync(dir, { recursive: true });
  for (const [year, text] of Object.entries(files)) writeFileSync(join(dir, `${year}.yaml`), text);
  return dir;
}

const paragraphs = (r: CheckedReport) => (r.ok ? r.model.blocks.filter((b) => b.kind === 'paragraph').map(blockText) : []);
const codes = (r: CheckedReport) => r.diagnostics.map((d) => d.code);

describe('上一年度', () => {
  it('同比用上一年度的数字；上一年度读过就记着：删掉文件后，这条流水线照样用记着的', () => {
    const dir = folder({ 2023: report(2023, { 受理: '150' }), 2024: report(2024) });
    const p = pipeline();
    const first = p.check(join(dir, '2024.yaml'));
    expect(first.ok).toBe(true);
    expect(paragraphs(first)[0]).toBe('全年受理行政复议案件177件，同比增长18.0%。');

    rmSync(join(dir, '2023.yaml'));
    const prior = p.check(join(dir, '2023.yaml'));
    expect(prior.ok).toBe(true);
    expect(paragraphs(prior)[0]).toBe('全年受理行政复议案件150件。');
    expect(paragraphs(p.check(join(dir, '2024.yaml')))[0]).toBe('全年受理行政复议案件177件，同比增长18.0%。');
  });

  it('新的流水线不记得：上一年度删掉后同比比不了，提醒 compare/unavailable', () => {
    const dir = folder({ 2023: report(2023, { 受理: '150' }), 2024: report(2024) });
    expect(pipeline().check(join(dir, '2024.yaml')).ok).toBe(true);
    rmSync(join(dir, '2023.yaml'));
    const again = pipeline().check(join(dir, '2024.yaml'));
    expect(paragraphs(again)[0]).toBe('全年受理行政复议案件177件。');
    expect(codes(again)).toContain('compare/unavailable');
  });

  it('上一年度有错误：提醒 prior/invalid，不与它比较，本年照样通过', () => {
    const dir = folder({ 2023: report(2023, { 受理: '"很多"' }), 2024: report(2024) });
    const r = pipeline().check(join(dir, '2024.yaml'));
    expect(r.ok).toBe(true);
    expect(codes(r)).toEqual(expect.arrayContaining(['prior/invalid', 'compare/unavailable']));
  });

  it('与上一年度一字不差的段落：text/stale（比的是上一年度渲染出的文档）', () => {
    const same = '全面推进严格规范公正文明执法，行政执法三项制度全面落实。';
    const dir = folder({ 2023: report(2023, { 内容: same }), 2024: report(2024, { 内容: same }) });
    const r = pipeline().check(join(dir, '2024.yaml'));
    expect(r.diagnostics.filter((d) => d.code === 'text/stale').map((d) => d.line)).toEqual([10]);
  });
});

describe('给出字节的检查', () => {
  it('不记住：之后从盘上读的是盘上的文件，再给别的字节用别的字节', () => {
    const dir = folder({ 2023: report(2023, { 受理: '1' }) });
    const file = join(dir, '2023.yaml');
    const p = pipeline();
    expect(paragraphs(p.check(file, Buffer.from(report(2023, { 受理: '2' }))))[0]).toContain('案件2件');
    expect(paragraphs(p.check(file))[0]).toContain('案件1件');
    expect(paragraphs(p.check(file, Buffer.from(report(2023, { 受理: '3' }))))[0]).toContain('案件3件');
    expect(paragraphs(p.check(file))[0]).toContain('案件1件');
  });

  it('从盘上读过之后给字节，用的是字节', () => {
    const dir = folder({ 2023: report(2023, { 受理: '1' }) });
    const p = pipeline();
    p.check(join(dir, '2023.yaml'));
    expect(paragraphs(p.check(join(dir, '2023.yaml'), Buffer.from(report(2023, { 受理: '4' }))))[0]).toContain('案件4件');
  });
});

describe('修补过的报告', () => {
  it('数据格式有错但能修补：照样查完其余的问题，但决不算通过', () => {
    const text = report(2023, { extra: '备忘: 不认识的键\n' }).replace('成文日期: 2024-01-25', '成文日期: 2023-06-01');
    const r = pipeline().check(join(folder({ 2023: text }), '2023.yaml'));
    expect(r.ok).toBe(false);
    expect(codes(r)).toEqual(expect.arrayContaining(['schema/unknown-key', 'date/within-year']));
  });

  it('写错的数字当作没填往下查，但那一行不再连带报"还没有填"', () => {
    const r = pipeline().check(join(folder({ 2023: report(2023, { 受理: '177件' }) }), '2023.yaml'));
    expect(r.ok).toBe(false);
    expect(codes(r)).toContain('schema/figure');
    expect(codes(r)).not.toContain('figure/empty');
  });

  it('只有警告的合格报告通过；定稿时待填的数字是错误', () => {
    const dir = folder({ 2023: report(2023, { 受理: 'null' }) });
    const draft = pipeline().check(join(dir, '2023.yaml'));
    expect(draft.ok).toBe(true);
    expect(codes(draft)).toContain('figure/empty');
    const final = pipeline({ final: true }).check(join(dir, '2023.yaml'));
    expect(final.ok).toBe(false);
    expect(final.diagnostics.find((d) => d.code === 'figure/empty')?.severity).toBe('error');
  });
});

describe('诊断', () => {
  it('按行排好，每条附上那一行的原文', () => {
    const text = report(2023).replace('成文日期: 2024-01-25', '成文日期: 2023-06-01').replace('地区: 测试县', '地区: 别的县');
    const r = pipeline().check(join(folder({ 2023: text }), '2023.yaml'));
    const lines = r.diagnostics.map((d) => d.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    const within = r.diagnostics.find((d) => d.code === 'date/within-year');
    expect(within).toMatchObject({ line: 4, excerpt: '成文日期: 2023-06-01' });
    expect(r.diagnostics.find((d) => d.code === 'region/mismatch')).toMatchObject({ line: 1, excerpt: '地区: 别的县' });
  });
});

describe('build', () => {
  it('没有错误：写 .md 和 .docx，.md 就是文档模型印出来的', async () => {
    const dir = folder({ 2023: report(2023) });
    const out = join(root, `out${folders}`);
    const built = await pipeline().build(join(dir, '2023.yaml'), out);
    if (!built.ok || !built.outputs) throw new Error('应生成');
    expect(readFileSync(built.outputs.md, 'utf8')).toBe(printMarkdown(built.model));
    expect(readFileSync(built.outputs.docx).subarray(0, 2).toString()).toBe('PK');
  });

  it('有错误：什么也不写', async () => {
    const dir = folder({ 2023: report(2023, { 内容: '{{没有的数据}}' }) });
    const out = join(root, `out${folders}`);
    const built = await pipeline().build(join(dir, '2023.yaml'), out);
    expect(built.ok).toBe(false);
    expect(built.outputs).toBeUndefined();
    expect(existsSync(out)).toBe(false);
  });
});
