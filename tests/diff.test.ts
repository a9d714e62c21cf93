/**
 * 两年的比较：自己比自己没有差别；A 比 B 与 B 比 A 互为镜像；修订稿接受全部修订得新一年的文档，
 * 拒绝全部得上一年的；各种输出格式。
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli.js';
import type { Io } from '../src/commands/io.js';
import { compareYears, hasDifferences, type YearDiff } from '../src/diff/compare-years.js';
import { formatHtml } from '../src/diff/format-html.js';
import { formatJson } from '../src/diff/format-json.js';
import { formatMarkdown } from '../src/diff/format-markdown.js';
import { formatTerminal } from '../src/diff/format-terminal.js';
import { newSide, oldSide } from '../src/diff/diff-words.js';
import { redlineDocx } from '../src/diff/write-redline.js';
import { paragraphTexts, readDocumentXml } from './support/read-docx-text.js';
import { writeDocx } from '../src/docx/write-docx.js';
import { blockText } from '../src/model/document-model.js';
import { findSoffice } from '../src/pdf/find-soffice.js';
import { applyEdits, edit } from './support/edit-report.js';
import { acceptedTexts, rejectedTexts } from './support/redline-text.js';
import { pipeline } from './support/build-in-memory.js';
import { SEEDS } from './support/seed-bodies.js';

const SAMPLES = [...SEEDS.map((s) => s.data), 'data/示例县/2023.yaml', 'data/示例县/2024.yaml'];

function side(file: string, bytes?: Uint8Array) {
  const r = pipeline().check(file, bytes);
  return r.ok ? r : undefined;
}

function mirrorOf(ab: YearDiff, ba: YearDiff) {
  // 数字：旧新对调，新增与去掉对调
  const swap = { 新增: '去掉', 去掉: '新增' } as Record<string, string>;
  expect(ba.figures.map((r) => [r.group, r.field, r.new, r.old, swap[r.status] ?? r.status])).toEqual(
    ab.figures.map((r) => [r.group, r.field, r.old, r.new, r.status]),
  );
  // 结构：新增与删除对调，改标题前后对调，移动的个数相同
  const pick = (d: YearDiff, kind: string, which: 'oldTitle' | 'newTitle') =>
    d.structure
      .filter((s) => s.kind === kind)
      .map((s) => `${s.level}:${s[which]}`)
      .sort();
  expect(pick(ba, '删除', 'oldTitle')).toEqual(pick(ab, '新增', 'newTitle'));
  expect(pick(ba, '新增', 'newTitle')).toEqual(pick(ab, '删除', 'oldTitle'));
  expect(pick(ba, '改标题', 'oldTitle')).toEqual(pick(ab, '改标题', 'newTitle'));
  expect(ba.structure.filter((s) => s.kind === '移动').length).toBe(ab.structure.filter((s) => s.kind === '移动').length);
  // 文字：一边新增的字正是另一边删除的字（挪了位置的整段不算：哪一段算"挪"取决于对齐时选哪一个）
  const added = (d: YearDiff) =>
    d.blocks
      .flatMap((b) =>
        b.type === 'insert' && !b.moved
          ? [blockText(b.new)]
          : b.type === 'change'
            ? b.parts.filter((p) => p.type === 'insert').map((p) => p.text)
            : [],
      )
      .join('')
      .split('')
      .sort()
      .join('');
  const removed = (d: YearDiff) =>
    d.blocks
      .flatMap((b) =>
        b.type === 'delete' && !b.moved
          ? [blockText(b.old)]
          : b.type === 'change'
            ? b.parts.filter((p) => p.type === 'delete').map((p) => p.text)
            : [],
      )
      .join('')
      .split('')
      .sort()
      .join('');
  expect(added(ba)).toBe(removed(ab));
  expect(removed(ba)).toBe(added(ab));
  expect(ba.blocks.filter((b) => b.type === 'equal').length).toBe(ab.blocks.filter((b) => b.type === 'equal').length);
  expect(ba.blocks.filter((b) => b.type === 'insert' && b.moved).length).toBe(
    ab.blocks.filter((b) => b.type === 'delete' && b.moved).length,
  );
}

describe('两年的比较', () => {
  it.each(SAMPLES)('%s 与自己比较：没有任何差别', (file) => {
    const a = side(file)!;
    const d = compareYears(a, a);
    expect(hasDifferences(d)).toBe(false);
    expect(d.blocks.every((b) => b.type === 'equal')).toBe(true);
  });

  it('性质：改动过的样例，A 比 B 与 B 比 A 互为镜像；逐词差别两边各自还原出原文', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SAMPLES), fc.array(edit, { minLength: 1, maxLength: 5 }), (file, edits) => {
        const a = side(file)!;
        const edited = stringify(applyEdits(parse(readFileSync(file, 'utf8')), edits));
        const b = side(file, Buffer.from(edited));
        fc.pre(b !== undefined);
        const ab = compareYears(a, b);
        const ba = compareYears(b, a);
        mirrorOf(ab, ba);
        for (const blk of ab.blocks) {
          if (blk.type === 'change') {
            expect(oldSide(blk.parts)).toBe(blockText(blk.old));
            expect(newSide(blk.parts)).toBe(blockText(blk.new));
          }
        }
      }),
      { numRuns: Number(process.env.FZBG_RUNS ?? 150) },
    );
  }, 600_000);

  it('示例县 2023 → 2024：数字、结构、文字都比出来', () => {
    const d = compareYears(side('data/示例县/2023.yaml')!, side('data/示例县/2024.yaml')!);
    const row = d.figures.find((r) => r.group === '行政复议' && r.field === '收到申请')!;
    expect(row).toMatchObject({ old: '58', new: '74', change: '增加16件', yoy: '同比增长27.6%', status: '变化' });
    expect(d.figures.find((r) => r.group === '行政复议' && r.field === '调解和解')?.status).toBe('新增');
    expect(d.figures.find((r) => r.group === '规范性文件' && r.field === '审查')?.status).toBe('去掉');
    expect(d.figures.find((r) => r.group === '普法' && r.field === '宣传活动')).toMatchObject({ status: '不可比', yoy: '' });
    expect(d.structure).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: '删除', oldTitle: '严格规范性文件管理' }),
        expect.objectContaining({ kind: '新增', newTitle: '深化行政复议体制改革' }),
      ]),
    );
    // 同比的句子加在"做好行政复议与应诉工作"这一项的内容里（标题和内容是两块，改的是内容那一块）
    const changed = d.blocks.find(
      (b) => b.type === 'change' && b.parts.some((p) => p.type === 'insert' && p.text.includes('同比增长27.6%')),
    );
    if (!changed || changed.type !== 'change') throw new Error('应有一段加了同比');
    const heading = d.blocks.find(
      (b) => b.type !== 'delete' && b.new.kind === 'heading' && b.new.text.startsWith('做好行政复议与应诉工作'),
    );
    expect(heading && heading.type !== 'delete' && changed.new.source.slice(0, -1)).toEqual(
      heading && heading.type !== 'delete' ? heading.new.source : [],
    );
  });

  it('口径不同的数字只标出、不比较', () => {
    const a = side('data/示例县/2023.yaml')!;
    const b = { ...a, report: structuredClone(a.report) };
    (b.report.指标 as Record<string, Record<string, unknown>>).行政复议!.收到申请 = { 值: 70, 口径: '1—11月' };
    const row = compareYears(a, b).figures.find((r) => r.group === '行政复议' && r.field === '收到申请')!;
    expect(row).toMatchObject({ status: '口径不同', change: '', yoy: '' });
  });
});

describe('修订稿（.docx）', () => {
  async function check(older: string, newer: string | Uint8Array) {
    const a = side(older);
    const b = typeof newer === 'string' ? side(newer) : side(older, newer);
    if (!a || !b) throw new Error('样例应能生成');
    const d = compareYears(a, b);
    const docx = await redlineDocx(d, b.layout, '司法局 张三', new Date('2025-01-20T08:00:00Z'));
    const xml = await readDocumentXml(docx);
    const built = async (r: typeof a) => paragraphTexts(await readDocumentXml(await writeDocx(r.model, r.layout))).filter((t) => t !== '');
    expect(acceptedTexts(xml)).toEqual(await built(b));
    expect(rejectedTexts(xml)).toEqual(await built(a));
    return { xml, docx };
  }

  it('示例县：接受全部修订得 2024 年的文档，拒绝全部得 2023 年的；修订有作者和时间', async () => {
    const { xml } = await check('data/示例县/2023.yaml', 'data/示例县/2024.yaml');
    expect(xml).toMatch(/<w:ins w:id="\d+" w:author="司法局 张三" w:date="2025-01-20T08:00:00Z">/);
    expect(xml).toMatch(/<w:del w:id="\d+" w:author="司法局 张三" w:date="2025-01-20T08:00:00Z">/);
  });

  it('性质：改动过的样例也一样', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...SEEDS.map((s) => s.data)),
        fc.array(edit, { minLength: 1, maxLength: 4 }),
        async (file, edits) => {
          const edited = Buffer.from(stringify(applyEdits(parse(readFileSync(file, 'utf8')), edits)));
          fc.pre(side(file, edited) !== undefined);
          await check(file, edited);
        },
      ),
      { numRuns: 25 },
    );
  }, 180_000);

  it('LibreOffice 打开并转成 PDF', async () => {
    expect(findSoffice()).toBeDefined();
    const dir = mkdtempSync(join(tmpdir(), 'fzbg-redline-'));
    const io: Io = { out: () => undefined, err: () => undefined, isTTY: false };
    expect(await run(['diff', 'data/示例县', '--format', 'docx', '--out', join(dir, 'r.docx')], io)).toBe(0);
    execFileSync(
      findSoffice()!,
      [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'r.docx')],
      { timeout: 120_000 },
    );
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'r.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text).toContain('深化行政复议体制改革');
  }, 120_000);
});

describe('输出格式', () => {
  const d = compareYears(side('data/示例县/2023.yaml')!, side('data/示例县/2024.yaml')!);

  it('终端：有颜色时用 ANSI，NO_COLOR 或不是终端时写成 [-删-]{+增+}', async () => {
    expect(formatTerminal(d, true)).toMatch(/\x1b\[/);
    const plain = formatTerminal(d, false);
    expect(plain).not.toMatch(/\x1b\[/);
    expect(plain).toContain('{+1.深化行政复议体制改革');
    const io = { stdout: '', out: (t: string) => void (io.stdout += t), err: () => undefined, isTTY: false, isStdoutTTY: true };
    const before = process.env.NO_COLOR;
    process.env.NO_COLOR = '1';
    try {
      expect(await run(['diff', 'data/示例县'], io)).toBe(0);
    } finally {
      if (before === undefined) delete process.env.NO_COLOR;
      else process.env.NO_COLOR = before;
    }
    expect(io.stdout).not.toMatch(/\x1b\[/);
  });

  it('Markdown：数字表，删除 ~~ 新增 **', () => {
    const md = formatMarkdown(d);
    expect(md).toContain('| 指标 | 2023 年 | 2024 年 | 增减 | 同比 | 说明 |');
    expect(md).toContain('同比增长27.6%');
    expect(md).toMatch(/~~[^~]+~~/);
  });

  it('HTML：自成一体（样式在页面里，不引用外部文件），删除和新增用 <del> <ins>', () => {
    const html = formatHtml(d);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/(src|href)=["']?https?:/);
    expect(html).toContain('<ins>');
    expect(html).toContain('<del>');
  });

  it('JSON：version 1，数字、结构、文字', () => {
    const json = JSON.parse(formatJson(d));
    expect(json.version).toBe(1);
    expect(json.figures.length).toBe(d.figures.length);
    expect(json.text.some((t: { type: string }) => t.type === 'change')).toBe(true);
  });

  it('命令行：diff <旧> <新> 与 diff <文件夹> 一样；参数错误退出码 2', async () => {
    const out: string[] = [];
    const io: Io = { out: (t) => void out.push(t), err: () => undefined, isTTY: false };
    expect(await run(['diff', 'data/示例县/2023.yaml', 'data/示例县/2024.yaml', '--format', 'json'], io)).toBe(0);
    expect(await run(['diff', 'data/示例县', '--format', 'json'], io)).toBe(0);
    expect(out[0]).toBe(out[1]);
    expect(await run(['diff', 'data/示例县', '--format', 'pdf'], io)).toBe(2);
    expect(await run(['diff', 'data/南昌县'], io)).toBe(2);
  });
});
