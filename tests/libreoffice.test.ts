/**
 * 真实的阅读器：LibreOffice（无界面）打开每份样例的 .docx 并转成 PDF（一次启动转完全部），
 * PDF 的文字里有标题和最后一段，页数与每页 22 行相符。
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { normalizeForComparison } from '../src/text/text-similarity.js';
import { blockText } from '../src/model/document-model.js';
import { convertToPdf } from '../src/pdf/convert-to-pdf.js';
import { findSoffice } from '../src/pdf/find-soffice.js';
import { buildFile } from './support/build-in-memory.js';
import { SEEDS } from './support/seed-bodies.js';

const dir = mkdtempSync(join(tmpdir(), 'fzbg-lo-test-'));
const built = new Map<string, Awaited<ReturnType<typeof buildFile>>>();

beforeAll(async () => {
  expect(findSoffice(), '没有 LibreOffice：运行 bash scripts/install-tools.sh').toBeDefined();
  const files: string[] = [];
  for (const [i, s] of SEEDS.entries()) {
    const b = await buildFile(s.data);
    built.set(s.data, b);
    const f = join(dir, `sample${i}.docx`);
    writeFileSync(f, b.docx);
    files.push(f);
  }
  const result = await convertToPdf(files, dir);
  expect(result).toEqual({ ok: true });
});

describe.each(SEEDS.map((s, i) => [s.data, i] as const))('%s 在 LibreOffice 里', (file, i) => {
  it('转成 PDF，文字里有标题和最后一段，页数合理', () => {
    const pdf = join(dir, `sample${i}.pdf`);
    const text = normalizeForComparison(execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }));
    const blocks = built.get(file)?.model.blocks ?? [];
    const title = blocks.find((b) => b.kind === 'title')!;
    const lastParagraph = [...blocks].reverse().find((b) => b.kind === 'paragraph' || b.kind === 'point')!;
    expect(text).toContain(normalizeForComparison(blockText(title)));
    expect(text).toContain(normalizeForComparison(blockText(lastParagraph)).slice(-40));
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
    // 22 行 × 28 字一页约 600 字：页数应在按字数估算的上下范围内。
    const chars = normalizeForComparison(blocks.map(blockText).join('')).length;
    console.log(`${file}: ${pages} 页，${chars} 字`);
    expect(pages).toBeGreaterThanOrEqual(Math.floor(chars / 616));
    expect(pages).toBeLessThanOrEqual(Math.ceil(chars / 400) + 1);
  });
});
