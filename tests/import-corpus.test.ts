/**
 * 没见过的报告（issue 13）：tests/fixtures/import/corpus/ 下自己写的报告，每份代表一种原因（标题以年份开头、
 * 网页外壳、日期、不编号的章、数字的说法、整篇一行、编号和列举的小毛病），旁边的 .expect.yaml 写着应得的结果。
 * 每份都要：地区、年度、标题、各章和类别对；检查没有错误（不用手改就能生成）；生成的文字与原文正文 ≥ 99 % 相同；
 * 生成的 .docx 再导入，得到同样的数据（往返）；以及这种原因自己的细节（日期从哪来、指标、提醒）。
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { textSimilarity } from '../src/text/text-similarity.js';
import { paragraphTexts, readDocumentXml } from './support/read-docx-text.js';
import { importReport, type ImportResult } from '../src/import/import-report.js';
import { buildFile } from './support/build-in-memory.js';

const CORPUS = 'tests/fixtures/import/corpus';

interface Expected {
  原因: number;
  说明: string;
  地区: string;
  年度: number;
  标题: string | null;
  成文日期: string;
  正文: (string | null)[][];
  正文起?: string;
  正文止?: string;
  整行?: boolean;
  所属?: string;
  日期来源?: string;
  指标?: Record<string, Record<string, unknown>>;
  拿不准?: string[];
  警告?: string[];
  事项标题?: unknown[];
  加粗要点?: number;
  /** 原文落款没有日期（生成的文档有）。 */
  落款日期?: '无';
}

const cases = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.expect.yaml'))
  .sort()
  .map((f) => {
    const name = f.replace(/\.expect\.yaml$/, '');
    return { name, expected: parse(readFileSync(join(CORPUS, f), 'utf8')) as Expected };
  });

/** "**加粗**其余"：Word 里段首加粗的一段。 */
const BOLD = /^\*\*(.+?)\*\*(.*)$/;

/** 原文的各行（.docx.txt 去掉加粗记号）。 */
function sourceLines(name: string): string[] {
  const file = join(CORPUS, name.endsWith('.docx') ? `${name}.txt` : `${name}.txt`);
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => l.replace(BOLD, '$1$2'));
}

/** .docx.txt → .docx：一行一段，"**…**"开头的部分加粗。 */
async function makeDocx(name: string, dir: string): Promise<string> {
  const lines = readFileSync(join(CORPUS, `${name}.txt`), 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const paragraphs = lines.map((l) => {
    const m = BOLD.exec(l);
    return new Paragraph({ children: m ? [new TextRun({ text: m[1], bold: true }), new TextRun(m[2] ?? '')] : [new TextRun(l)] });
  });
  const file = join(dir, `${name}.docx`);
  writeFileSync(file, await Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] })));
  return file;
}

/** 原文的正文（标题在前）：正文起到正文止的各行；整篇一行的就是那一行。 */
function sourceBody(name: string, e: Expected): string {
  const lines = sourceLines(name);
  if (e.整行) return lines.join('\n');
  const start = lines.findIndex((l) => l.startsWith(e.正文起!));
  const end = lines.findIndex((l, i) => i >= start && l.startsWith(e.正文止!));
  if (start < 0 || end < 0) throw new Error(`${name}：找不到正文起止`);
  const body = lines.slice(start, end + 1);
  return (e.标题 && !body[0]!.startsWith(e.标题) ? [e.标题, ...body] : body).join('\n');
}

const fillYears = (text: string | undefined, year: number) =>
  text
    ?.replaceAll('{{年度}}', String(year))
    .replaceAll('{{下一年度}}', String(year + 1))
    .replaceAll('{{上一年度}}', String(year - 1));

type Node = Record<string, unknown>;
const asList = (v: unknown): string[] => (v === undefined ? [] : Array.isArray(v) ? (v as string[]) : [v as string]);
const one = (texts: string[]) => (texts.length === 1 ? texts[0] : texts);

/** 数据里"前缀: 无、分段"的要点（加粗的小点）和跟在它后面不带标题的事项，摊平成内容（章的导语、结语也并进来）。 */
function withoutBoldLists(data: Node): Node {
  const flatten = (node: Node, isChapter: boolean): Node => {
    const children = (node.事项 as Node[] | undefined)?.map((c) => flatten(c, false));
    const list = node.要点 as { 前缀?: string; 样式?: string; 条目: string[] } | undefined;
    if (!list || list.前缀 !== '无' || list.样式 === '连写') return children ? { ...node, 事项: children } : node;
    const untitled = (children ?? []).filter((c) => c.标题 === undefined);
    const paragraphs = [
      ...asList(node.导语),
      ...asList(node.内容),
      ...list.条目,
      ...untitled.flatMap((c) => asList(c.内容)),
      ...asList(node.结语),
    ];
    const { 导语: _a, 内容: _b, 要点: _c, 事项: _d, 结语: _e, ...rest } = node;
    const titled = (children ?? []).filter((c) => c.标题 !== undefined);
    return {
      ...rest,
      ...(!isChapter && rest.标题 !== undefined && !titled.length ? { 标题单列: true } : {}),
      内容: one(paragraphs),
      ...(titled.length ? { 事项: titled } : {}),
    };
  };
  return { ...data, 正文: (data.正文 as Node[]).map((ch) => flatten(ch, true)) };
}

const errors = (r: { diagnostics: { severity: string }[] }) => r.diagnostics.filter((d) => d.severity === 'error');

describe.each(cases.map((c) => [`${c.name}（原因 ${c.expected.原因}）`, c] as const))('%s', (_label, { name, expected: e }) => {
  let imported: ImportResult;
  let built: Awaited<ReturnType<typeof buildFile>> | undefined;
  let builtParagraphs: string[] = [];
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'fzbg-corpus-'));
    const file = name.endsWith('.docx') ? await makeDocx(name, dir) : join(CORPUS, `${name}.txt`);
    imported = await importReport(file, { out: join(dir, 'data') });
    if (imported.written && imported.checkErrors === 0) {
      built = await buildFile(imported.written);
      builtParagraphs = paragraphTexts(await readDocumentXml(built.docx));
    }
  });

  it('地区、年度、标题', () => {
    const d = imported.draft!;
    expect([d.地区, d.年度, fillYears(d.标题, d.年度) ?? null]).toEqual([e.地区, e.年度, e.标题]);
    if (e.所属) expect(imported.yaml).toContain(e.所属);
  });

  it('各章和类别', () => {
    const d = imported.draft!;
    expect(d.正文.map((ch) => [fillYears(ch.标题, d.年度) ?? null, ...ch.类别])).toEqual(e.正文);
  });

  it('不用手改就能生成：检查没有错误', () => {
    expect(errors(imported)).toEqual([]);
    expect(imported.checkErrors).toBe(0);
    expect(built && errors(built)).toEqual([]);
  });

  it('生成的文字与原文正文 ≥ 99 % 相同', () => {
    expect(built).toBeDefined();
    // 原文没有标题时，生成的文档用默认标题；原文落款没有日期时，生成的文档写上了取来的日期：都不算在比较里。
    const [y, m, d] = e.成文日期.split('-').map(Number);
    const date = `${y}年${m}月${d}日`;
    const text = builtParagraphs.filter((p, i) => !(e.标题 === null && i === 0) && !(e.落款日期 === '无' && p === date)).join('\n');
    const similarity = textSimilarity(text, sourceBody(name, e));
    console.log(`${name}: 相似度 ${(similarity * 100).toFixed(2)}%`);
    expect(similarity).toBeGreaterThanOrEqual(0.99);
  });

  it('往返：生成的 .docx 再导入，数据相同', async () => {
    expect(built).toBeDefined();
    const docx = join(dir, 'built.docx');
    writeFileSync(docx, built!.docx);
    const again = await importReport(docx, { out: join(dir, 'again') });
    expect(errors(again)).toEqual([]);
    const first = parse(imported.yaml!) as Record<string, unknown>;
    const second = parse(again.yaml!) as Record<string, unknown>;
    if (e.标题 === null) {
      // 原文没有标题：生成的文档写了默认标题，再导入时有了标题，就是生成的那个。
      expect(fillYears(second.标题 as string, e.年度)).toBe(builtParagraphs[0]);
      delete second.标题;
    }
    // 加粗标出的小点：生成的文档不加粗（那是排版的事），再导入时就是普通段落；比较时把它们摊平成段落。
    expect(second).toEqual(e.加粗要点 !== undefined ? withoutBoldLists(first) : first);
  });

  it('这种原因自己的细节', () => {
    const d = imported.draft!;
    expect(d.成文日期).toBe(e.成文日期);
    if (e.日期来源) expect(imported.yaml).toMatch(new RegExp(`# 导入：成文日期取自${e.日期来源}`));
    if (e.指标) expect(d.指标).toEqual(e.指标);
    for (const ref of e.拿不准 ?? []) {
      const [group, field] = ref.split('.');
      expect(imported.yaml).toMatch(new RegExp(`# 导入：.*拿不准.*\\n\\s+${field}:`));
      expect(d.指标?.[group!]?.[field!]).toBeDefined();
    }
    for (const code of e.警告 ?? []) expect(imported.diagnostics.map((x) => x.code)).toContain(code);
    if (e.事项标题) {
      expect(d.正文.map((ch) => (ch.事项 ?? []).map((g) => [g.标题, (g.事项 ?? []).map((it) => fillYears(it.标题, d.年度))]))).toEqual(
        e.事项标题,
      );
    }
    if (e.加粗要点 !== undefined) {
      const lists: unknown[] = [];
      const visit = (node: { 要点?: { 前缀: string }; 事项?: unknown[] }) => {
        if (node.要点?.前缀 === '无') lists.push(node.要点);
        (node.事项 as (typeof node)[] | undefined)?.forEach(visit);
      };
      d.正文.forEach((ch) => visit(ch));
      expect(lists).toHaveLength(e.加粗要点);
    }
  });
});
