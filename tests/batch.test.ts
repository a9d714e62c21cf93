/**
 * 批量生成：在工作线程上并行生成的每个县，文档文字与单独生成它时一样；一个县出错不影响其他县；
 * 不是终端时打印进度行，最后一行是汇总。（通过 bin/fzbg.js 运行，用的是打包后的命令行和工作线程。）
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { printMarkdown } from '../src/markdown/print-markdown.js';
import { describe, expect, it } from 'vitest';
import { paragraphTexts, readDocumentXml } from './support/read-docx-text.js';
import { generateCounties } from '../scripts/generate-counties.js';
import { buildFile } from './support/build-in-memory.js';

describe('批量生成', () => {
  it('工作线程生成的与单独生成的一样；坏的一个不影响其他；有进度和汇总', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fzbg-batch-'));
    const files = generateCounties(40, join(dir, 'data'), 7);
    mkdirSync(join(dir, 'data', '坏县'));
    writeFileSync(join(dir, 'data', '坏县', '2023.yaml'), readFileSync(files[0] ?? '', 'utf8').replace(/^年度: \d+$/m, '年度: 2023年'));
    const out = join(dir, 'out');
    const r = spawnSync(process.execPath, ['bin/fzbg.js', 'build', join(dir, 'data'), '--out', out, '--jobs', '2'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    // 结果（汇总）在标准输出，进度和错误在标准错误
    expect(r.stdout.trim().split('\n').pop()).toMatch(/^完成：生成 40 份，失败 1 份，用时 [\d.]+ 秒/);
    expect(r.stderr).not.toContain('完成：');
    expect(r.stderr).toMatch(/进度：41\/41（100%）失败 1/);
    expect(r.stderr).toContain('坏县');
    expect(readdirSync(out).length).toBe(40);
    for (const f of files) {
      const alone = await buildFile(f);
      const region = f.split('/').slice(-2)[0] ?? '';
      const year = f.split('/').pop()!.replace('.yaml', '');
      const batched = readFileSync(join(out, region, `${year}年度法治政府建设情况报告.docx`));
      expect(paragraphTexts(await readDocumentXml(batched)), f).toEqual(paragraphTexts(await readDocumentXml(alone.docx)));
      expect(readFileSync(join(out, region, `${year}年度法治政府建设情况报告.md`), 'utf8')).toBe(printMarkdown(alone.model));
    }
  }, 120_000);
});
