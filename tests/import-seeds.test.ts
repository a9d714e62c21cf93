/**
 * fzbg import 导入四份真实报告（网页抓下来的原文）：数据文件检查没有错误，生成的文档与发布的报告正文
 * 不低于导入改进（issue 13）之前的相似度（与基础测试同样的规范化），目录里的数字进了"指标"，与手工转录的样例认出的一样。
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { catalogueFigures, usedRefs, type Figures } from './support/catalogue-figures.js';
import { describe, expect, it } from 'vitest';
import { textSimilarity } from '../src/text/text-similarity.js';
import { paragraphTexts, readDocumentXml } from './support/read-docx-text.js';
import { importReport } from '../src/import/import-report.js';
import { buildFile } from './support/build-in-memory.js';
import { SEEDS, seedBodyLines } from './support/seed-bodies.js';

/** issue 13 之前各份的相似度：导入学会认更多的写法，不能让这四份变差。 */
const BEFORE: Record<string, number> = {
  '000_d48e264ae942e3b1.txt': 1,
  '001_762afae05cecc87d.txt': 0.998,
  '002_c206478b488dd24a.txt': 0.9992,
  '003_b72e240ebeaa4ba4.txt': 0.9996,
};

/** 正文里用到的目录指标（自定义的不算）。 */
const usedCatalogueFigures = (figures: Figures | undefined, text: string) => catalogueFigures(figures, usedRefs(text));

describe.each(SEEDS.map((s) => [s.seed, s] as const))('导入 seeds/%s', (_name, seed) => {
  it('检查没有错误，生成的正文与发布的报告的相似度不低于以前', async () => {
    const out = mkdtempSync(join(tmpdir(), 'fzbg-import-'));
    const result = await importReport(join('seeds', seed.seed), { out });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.written).toBeDefined();
    const built = await buildFile(result.written!);
    expect(built.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const text = paragraphTexts(await readDocumentXml(built.docx)).join('\n');
    const similarity = textSimilarity(text, seedBodyLines(seed).join('\n'));
    const figures = Object.values(built.report.指标 ?? {}).reduce((n, g) => n + Object.keys(g ?? {}).length, 0);
    console.log(
      `${seed.seed} → ${result.written}: 相似度 ${(similarity * 100).toFixed(4)}%，指标 ${figures} 个，引用 ${result.stats!.references} 处`,
    );
    expect(similarity).toBeGreaterThanOrEqual(BEFORE[seed.seed]!);
    // 与手工转录的样例（data/ 下）认出的目录指标一一相同：同一个组.字段、同样的值、约数、口径、写法、单位。
    const sample = await buildFile(seed.data);
    const expected = usedCatalogueFigures(sample.report.指标, sample.source.text);
    expect(usedCatalogueFigures(built.report.指标 as Figures, built.source.text)).toEqual(expected);
    expect(figures).toBe(Object.keys(expected).length);
  });
});
