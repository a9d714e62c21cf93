/**
 * Word 里看得到的文档属性：作者和最后修改者是发文机关（版式里的"作者"可以改），标题是报告的标题；
 * 修订稿打开了"修订"（审阅的人接着改也记成修订），修订的作者是 --author 或发文机关；
 * diff --format html 像 docx 一样写到 out/<地区>/，比率带 %。
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli.js';
import { captureIo } from './support/capture-io.js';

const part = (docx: string, name: string) => strFromU8(unzipSync(readFileSync(docx))[name] ?? new Uint8Array());

describe('文档属性和修订稿', () => {
  it('作者、最后修改者是发文机关，标题是报告的标题', async () => {
    const out = mkdtempSync(join(tmpdir(), 'fzbg-props-'));
    expect(await run(['build', 'data/南昌县/2023.yaml', '-o', out], captureIo())).toBe(0);
    const core = part(join(out, '南昌县', '2023年度法治政府建设情况报告.docx'), 'docProps/core.xml');
    expect(core).toContain('<dc:creator>南昌县人民政府</dc:creator>');
    expect(core).toContain('<cp:lastModifiedBy>南昌县人民政府</cp:lastModifiedBy>');
    expect(core).toContain('<dc:title>南昌县政府2023年度法治政府建设工作报告</dc:title>');
    expect(core).not.toMatch(/Un-named|>fzbg</);
  });

  it('版式里写了"作者"时用它', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fzbg-props-'));
    const data = readFileSync('data/示例县/2023.yaml', 'utf8') + '\n版式: {作者: 示例县司法局}\n';
    writeFileSync(join(dir, '2023.yaml'), data);
    expect(await run(['build', join(dir, '2023.yaml'), '-o', join(dir, 'out')], captureIo())).toBe(0);
    const core = part(join(dir, 'out', '示例县', '2023年度法治政府建设情况报告.docx'), 'docProps/core.xml');
    expect(core).toContain('<dc:creator>示例县司法局</dc:creator>');
  });

  it('修订稿：修订已打开，修订的作者默认是发文机关，--author 可以改', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fzbg-props-'));
    expect(await run(['diff', 'data/示例县', '--format', 'docx', '-o', join(dir, 'a.docx')], captureIo())).toBe(0);
    expect(part(join(dir, 'a.docx'), 'word/settings.xml')).toMatch(/<w:trackRevisions\/><w:defaultTabStop/);
    expect(part(join(dir, 'a.docx'), 'word/document.xml')).toMatch(/<w:ins w:id="\d+" w:author="示例县人民政府"/);
    expect(await run(['diff', 'data/示例县', '--format', 'docx', '--author', '司法局 李四', '-o', join(dir, 'b.docx')], captureIo())).toBe(
      0,
    );
    expect(part(join(dir, 'b.docx'), 'word/document.xml')).toMatch(/<w:del w:id="\d+" w:author="司法局 李四"/);
    // 报告本身不打开修订
    const out = join(dir, 'out');
    expect(await run(['build', 'data/示例县/2024.yaml', '-o', out], captureIo())).toBe(0);
    expect(part(join(out, '示例县', '2024年度法治政府建设情况报告.docx'), 'word/settings.xml')).not.toContain('trackRevisions');
  });

  it('diff --format html 写到 out/<地区>/（不是终端），比率带 %', async () => {
    const cwd = process.cwd();
    const dir = mkdtempSync(join(tmpdir(), 'fzbg-props-'));
    const io = captureIo();
    process.chdir(dir);
    try {
      expect(await run(['diff', join(cwd, 'data/示例县'), '--format', 'html'], io)).toBe(0);
    } finally {
      process.chdir(cwd);
    }
    expect(io.stdout).toContain('已写入 out/示例县/2023—2024年度对比.html');
    const html = readFileSync(join(dir, 'out', '示例县', '2023—2024年度对比.html'), 'utf8');
    expect(html).toMatch(/<td>98\.2%<\/td><td>98\.7%<\/td>/);
  });
});
