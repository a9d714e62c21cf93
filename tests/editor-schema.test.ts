/**
 * 编辑器里的中文：真正的 yaml-language-server（VS Code 的 YAML 扩展用的服务器，语言 zh-cn）通过标准输入输出读
 * fzbg 写出的 Schema。打开一个故意写错十处的文件：每一处的诊断都是中文，位置（行:列）与 fzbg check 报的相同；
 * 同一文件对着原来的 Schema（report-schema.ts 原样）时有几处是英文或露出正则——打印前后的个数。
 * 补全给出中文的键和说明、一章和一项工作的片段、数字的写法。fzbg 自己校验用的 Schema 不变，一样严。
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../src/cli.js';
import { buildEditorSchema } from '../src/schema/editor-schema.js';
import { reportSchema } from '../src/schema/report-schema.js';
import { reportSchemaJson } from '../src/schema/schema-json.js';
import { REPORT_SCHEMA } from '../src/validate/validate-schema.js';
import { captureIo } from './support/capture-io.js';
import { YamlLanguageServer, type LspDiagnostic } from './support/lsp-client.js';

const SEEDED = 'tests/fixtures/editor/seeded-mistakes.yaml';
const COMPLETION = 'tests/fixtures/editor/completion.yaml';

/** 中文的信息：有汉字，没有英文单词，也没有露出来的正则（{…} 里是教办事员照写的 YAML，如 {值: 20, 约: true}，不算）。 */
const isChinese = (m: string) => {
  const prose = m.replace(/\{[^}]*\}/g, '');
  return /[\u4e00-\u9fff]/.test(prose) && !/[A-Za-z]{2,}|\\[dDwWsS]|\^|\$/.test(prose);
};

/** 一个工作文件夹：data/report.schema.json 和 data/测试县/2023.yaml。 */
function workFolder(schema: string, text: string): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'fzbg-lsp-'));
  mkdirSync(join(dir, 'data', '测试县'), { recursive: true });
  writeFileSync(join(dir, 'data', 'report.schema.json'), schema);
  const file = join(dir, 'data', '测试县', '2023.yaml');
  writeFileSync(file, text);
  return { dir, file };
}

const at = (d: LspDiagnostic) => `${d.range.start.line + 1}:${d.range.start.character + 1}`;

describe('编辑器里的诊断（yaml-language-server，zh-cn）', () => {
  let fzbgPlaces: string[] = [];
  beforeAll(async () => {
    const io = captureIo();
    expect(await run(['check', '--json', SEEDED], io)).toBe(1);
    fzbgPlaces = (JSON.parse(io.stdout) as { diagnostics: { line: number; column: number; severity: string }[] }).diagnostics
      .filter((d) => d.severity === 'error')
      .map((d) => `${d.line}:${d.column}`);
    expect(fzbgPlaces).toHaveLength(10);
  });

  async function diagnosticsWith(schema: string): Promise<LspDiagnostic[]> {
    const text = readFileSync(SEEDED, 'utf8');
    const { dir, file } = workFolder(schema, text);
    const server = new YamlLanguageServer();
    try {
      await server.start(dir);
      return await server.open(file, text);
    } finally {
      await server.stop();
    }
  }

  it('十处错误：都在 fzbg check 报的行:列，都是中文（原来的 Schema 做不到）', async () => {
    const before = await diagnosticsWith(JSON.stringify(reportSchema, null, 2));
    const after = await diagnosticsWith(reportSchemaJson());
    const chineseBefore = before.filter((d) => isChinese(d.message)).length;
    const chineseAfter = after.filter((d) => isChinese(d.message)).length;
    console.log(`中文诊断：原来的 Schema ${chineseBefore}/${before.length}，编辑器版 ${chineseAfter}/${after.length}`);
    for (const d of before.filter((x) => !isChinese(x.message))) console.log(`  原来不是中文：${at(d)} ${d.message}`);
    expect(after.map(at).sort()).toEqual([...fzbgPlaces].sort());
    expect(after.filter((d) => !isChinese(d.message)).map((d) => `${at(d)} ${d.message}`)).toEqual([]);
    expect(before.map(at).sort()).toEqual([...fzbgPlaces].sort());
    expect(chineseBefore).toBeLessThan(chineseAfter);
    // 数字写了单位时说出是哪个数字、怎么改（与 fzbg check 一样）。
    expect(after.find((d) => at(d) === '7:16')?.message).toMatch(/^"收到申请"（收到行政复议申请）应为不小于 0 的整数/);
    expect(after.find((d) => at(d) === '5:7')?.message).toContain('2024-01-25');
  }, 60_000);

  it('正确的样例在编辑器里没有诊断', async () => {
    const text = readFileSync('data/南昌县/2023.yaml', 'utf8');
    const { dir, file } = workFolder(reportSchemaJson(), text);
    const server = new YamlLanguageServer();
    await server.start(dir);
    expect(await server.open(file, text)).toEqual([]);
    await server.stop();
  }, 60_000);
});

describe('编辑器里的补全和说明', () => {
  const server = new YamlLanguageServer();
  let file = '';
  beforeAll(async () => {
    const text = readFileSync(COMPLETION, 'utf8');
    const w = workFolder(reportSchemaJson(), text);
    file = w.file;
    await server.start(w.dir);
    await server.open(file, text);
  });
  afterAll(() => server.stop());

  const doc = (d: unknown) => (typeof d === 'string' ? d : ((d as { value?: string } | undefined)?.value ?? ''));

  it('正文的新一章：一章的片段（工作情况、存在问题、履职情况、下步打算）和带中文说明的键', async () => {
    const items = await server.completion(file, 12, 4);
    const labels = items.map((i) => i.label);
    expect(labels).toEqual(
      expect.arrayContaining(['一章：工作情况（分几项工作）', '一章：存在问题（一是……二是……）', '一章：下步打算（一要……二要……）']),
    );
    const snippet = items.find((i) => i.label === '一章：工作情况（分几项工作）')!;
    expect(snippet.insertText ?? snippet.textEdit?.newText).toMatch(/^类别: 工作情况\n\s+标题: \$\{1:/);
    for (const key of ['类别', '标题', '导语', '要点', '事项', '结语']) {
      const item = items.find((i) => i.label === key);
      expect(doc(item?.documentation), key).toMatch(new RegExp(`^\\*\\*${key}\\*\\*\\n\\n[\\u4e00-\\u9fff]`));
    }
  });

  it('一个数字的值：数字、约数、部分月份的写法', async () => {
    const items = await server.completion(file, 8, 8);
    expect(items.map((i) => i.label)).toEqual(expect.arrayContaining(['数字', '约数（写作"20余"）', '只统计了部分月份']));
    expect(items.find((i) => i.label === '约数（写作"20余"）')?.insertText).toContain('约: true');
  });

  it('一个事项：一项工作的两种片段；悬停说明是中文', async () => {
    const text = readFileSync(COMPLETION, 'utf8').replace('  - \n', '  - 类别: 存在问题\n    事项:\n      - \n');
    const second = join(file, '..', '2024.yaml');
    writeFileSync(second, text);
    await server.open(second, text);
    const itemSnippets = (await server.completion(second, 14, 8)).map((i) => i.label);
    expect(itemSnippets).toEqual(expect.arrayContaining(['一项工作（标题和内容）', '一项工作（下面还分几项）']));
    expect(await server.hover(file, 2, 1)).toContain('报告的年度，如 2023。');
  });
});

describe('fzbg 自己的校验不变', () => {
  it('校验用的是 report-schema.ts 原样，没有编辑器的关键字', () => {
    expect(REPORT_SCHEMA).toBe(reportSchema);
    expect(JSON.stringify(reportSchema)).not.toMatch(/errorMessage|markdownDescription|defaultSnippets|enumDescriptions/);
  });

  it('编辑器版与校验版对每份样例和坏样例的判断相同', () => {
    const strict = new Ajv({ strict: false, allErrors: true }).compile(reportSchema);
    const editor = new Ajv({ strict: false, allErrors: true }).compile(buildEditorSchema());
    const files = [
      ...['南昌县', '示例县', '泸西县', '清镇市', '瀍河回族区'].flatMap((r) => readdirSync(join('data', r)).map((f) => join('data', r, f))),
      ...readdirSync('tests/fixtures/bad').map((f) => join('tests/fixtures/bad', f)),
      SEEDED,
    ];
    let compared = 0;
    let invalid = 0;
    for (const f of files) {
      let data: unknown;
      try {
        data = parse(readFileSync(f, 'utf8'), { maxAliasCount: 100 });
      } catch {
        continue; // YAML 本身读不出来的坏样例，到不了 Schema 这一步
      }
      compared++;
      const ok = strict(data);
      if (!ok) invalid++;
      expect(editor(data), f).toBe(ok);
    }
    expect(compared).toBeGreaterThan(40);
    expect(invalid).toBeGreaterThan(15);
  });
});
