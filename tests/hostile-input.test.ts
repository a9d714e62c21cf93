/** 恶意或意外的输入：清楚的错误，决不崩溃、决不写到输出文件夹外面、决不产生 Word 打不开的文件。 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli.js';
import { readDocumentXml, paragraphTexts } from './support/read-docx-text.js';
import { MAX_FILE_BYTES } from '../src/load/read-source.js';
import { printMarkdown } from '../src/markdown/print-markdown.js';
import { loadTemplate } from '../src/template/load-template.js';
import { checkText, buildFile, pipeline } from './support/build-in-memory.js';
import { captureIo } from './support/capture-io.js';

const TAIL = '  - {类别: 存在问题, 标题: 存在的问题, 内容: 有不足。}\n  - {类别: 下步打算, 标题: 下步打算, 内容: 继续努力。}\n';
const report = (content: string, extra = '') =>
  `地区: 测试县\n年度: 2023\n发文机关: 测试县人民政府\n成文日期: 2024-01-25\n${extra}正文:\n  - 类别: 工作情况\n    标题: 主要工作\n    内容: ${content}\n${TAIL}`;

const capture = captureIo;

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'fzbg-hostile-'));
}

describe('恶意或意外的输入', () => {
  it('超过大小上限的文件：不读，说出上限', () => {
    const f = join(tempDir(), '2023.yaml');
    writeFileSync(f, Buffer.alloc(10 * 1024 * 1024, 0x61));
    const started = performance.now();
    const r = pipeline().check(f);
    console.log(`10 MB 文件被拒绝，用时 ${(performance.now() - started).toFixed(1)} 毫秒`);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]?.code).toBe('file/too-large');
    expect(r.diagnostics[0]?.message).toContain(`${MAX_FILE_BYTES / 1024 / 1024} MB`);
  });

  it('10 万字的一段文字照样生成', async () => {
    const dir = tempDir();
    const f = join(dir, '测试县', '2023.yaml');
    mkdirSync(join(dir, '测试县'));
    const long = '依法行政'.repeat(25_000);
    writeFileSync(f, report(long));
    const built = await buildFile(f);
    const texts = paragraphTexts(await readDocumentXml(built.docx));
    expect(texts).toContain(long);
  });

  it('XML 不允许的字符：报出位置，生成的文档里没有它们', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, '测试县'));
    const f = join(dir, '测试县', '2023.yaml');
    writeFileSync(f, report('"依法\\u0001行政\\uFFFF，\\ud800完毕。"'));
    const built = await buildFile(f);
    const d = built.diagnostics.find((x) => x.code === 'text/illegal-char')!;
    expect(d).toMatchObject({ line: 8, column: 12, severity: 'warning' });
    const xml = await readDocumentXml(built.docx);
    expect(xml).not.toMatch(/[\u0001\uFFFF\uD800]/);
    expect(paragraphTexts(xml)).toContain('依法行政，完毕。');
  });

  it('地区里的 .. 和路径：报错，什么也不写到输出文件夹外面', async () => {
    const dir = tempDir();
    const f = join(dir, 'x.yaml');
    for (const region of ['../../逃出去', '..', 'a/b', 'a\\\\b', 'C:\\\\Windows', '/etc']) {
      writeFileSync(f, report('内容。').replace('地区: 测试县', `地区: "${region}"`));
      const io = capture();
      expect(await run(['build', f, '--out', join(dir, 'out')], io)).toBe(1);
      expect(io.stderr).toContain('path/unsafe-region');
    }
    expect(readdirSync(dir).sort()).toEqual(['x.yaml']);
  });

  it('__proto__、constructor、prototype 作键：只是普通的错键，不污染原型', () => {
    const r = checkText(report('内容。', '__proto__: {polluted: 1}\nconstructor: 1\n指标:\n  行政复议: {prototype: 1, constructor: 2}\n'));
    expect(r.diagnostics.filter((d) => d.code === 'schema/unknown-key').map((d) => d.message)).toEqual([
      '不认识的键"__proto__"。',
      '不认识的键"constructor"。',
      '不认识的键"prototype"。',
      '不认识的键"constructor"。',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('正文里读原型上的东西：读不到，是错误', () => {
    for (const expr of [
      '{{constructor}}',
      '{{指标.constructor}}',
      '{{年度.constructor.name}}',
      '{{__proto__}}',
      '{{lookup this "constructor"}}',
    ]) {
      const r = checkText(report(`"${expr}"`));
      expect(r.ok ? printMarkdown(r.model) : '', expr).not.toMatch(/function|Object|Number/);
    }
  });

  it('模板文件的语法错误：报出文件和行', () => {
    const dir = tempDir();
    cpSync('templates/标准', dir, { recursive: true });
    writeFileSync(join(dir, 'partials', '行政复议.hbs'), '第一行\n共{{#if 指标.行政复议.受理}}受理');
    const loaded = loadTemplate(dir);
    if (loaded.ok) throw new Error('模板有语法错误，不该读成功');
    expect(loaded.diagnostics[0]).toMatchObject({ code: 'template/invalid', file: join(dir, 'partials', '行政复议.hbs'), line: 2 });
    expect(loaded.diagnostics[0]?.message).toContain('模板语法错误');
  });

  it('目录里一个县出错，其他县照样生成；最后一行是汇总，退出码 1', async () => {
    const dir = tempDir();
    cpSync('data', join(dir, 'data'), { recursive: true });
    mkdirSync(join(dir, 'data', '坏县'));
    writeFileSync(
      join(dir, 'data', '坏县', '2023.yaml'),
      report('内容。').replace('地区: 测试县', '地区: 坏县').replace('年度: 2023', '年度: 2023年'),
    );
    const io = capture();
    expect(await run(['build', join(dir, 'data'), '--out', join(dir, 'out')], io)).toBe(1);
    const good = readdirSync('data', { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(good.sort());
    expect(existsSync(join(dir, 'out', '坏县'))).toBe(false);
    const last = io.stdout.trim().split('\n').pop()!;
    const files = good.reduce((n, d) => n + readdirSync(join('data', d)).filter((f) => f.endsWith('.yaml')).length, 0);
    expect(last).toMatch(new RegExp(`^完成：生成 ${files} 份，失败 1 份，用时`));
    expect(io.stderr).toContain('坏县');
  });

  it('--strict：有警告也失败', async () => {
    const dir = tempDir();
    const f = join(dir, '2023.yaml');
    writeFileSync(f, report('内容。'));
    expect(await run(['check', f], capture())).toBe(0);
    expect(
      pipeline()
        .check(f)
        .diagnostics.some((d) => d.code === 'content/missing-duties'),
    ).toBe(true);
    expect(await run(['check', '--strict', f], capture())).toBe(1);
  });
});
