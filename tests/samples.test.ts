/**
 * 四份真实报告由数据重建：生成的 .docx 正文（document.xml 各段依次）与种子报告正文
 * 规范化（空白、全角半角）后相似度 ≥ 98 %，且反复出现的数字都进了"指标"。
 */
import { describe, expect, it } from 'vitest';
import { textSimilarity } from '../src/text/text-similarity.js';
import { paragraphTexts, readDocumentXml } from './support/read-docx-text.js';
import { buildFile } from './support/build-in-memory.js';
import { SEEDS, seedBodyLines } from './support/seed-bodies.js';

function figureCount(report: { 指标?: Record<string, object | undefined> }): number {
  return Object.values(report.指标 ?? {}).reduce((n, g) => n + Object.keys(g ?? {}).length, 0);
}

describe.each(SEEDS.map((s) => [s.data, s] as const))('%s 重建发布的报告', (_name, seed) => {
  it('没有错误，正文与种子报告 ≥ 98 % 相同', async () => {
    const built = await buildFile(seed.data);
    expect(built.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const text = paragraphTexts(await readDocumentXml(built.docx)).join('\n');
    const similarity = textSimilarity(text, seedBodyLines(seed).join('\n'));
    console.log(`${seed.data}: 相似度 ${(similarity * 100).toFixed(2)}%，指标 ${figureCount(built.report)} 个`);
    expect(similarity).toBeGreaterThanOrEqual(0.98);
  });

  it('反复出现的数字在"指标"里，每个都被正文引用（不引用的要在备注里说明）', async () => {
    const built = await buildFile(seed.data);
    expect(figureCount(built.report)).toBeGreaterThanOrEqual(seed.data.includes('南昌县') ? 16 : 10);
    const refs = new Set((built.source.text.match(/\{\{指标\.[^}\s]+\}\}/g) ?? []).map((r) => r.slice(2, -2)));
    const unexplained: string[] = [];
    for (const [group, fields] of Object.entries(built.report.指标 ?? {})) {
      for (const [key, value] of Object.entries(fields ?? {})) {
        const hasNote = typeof value === 'object' && value !== null && '备注' in value;
        if (!refs.has(`指标.${group}.${key}`) && !hasNote) unexplained.push(`${group}.${key}`);
      }
    }
    expect(unexplained).toEqual([]);
  });
});
