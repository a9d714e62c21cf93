/**
 * 往返：由样例数据生成的 .docx 再导入，得到的数据文件生成的文档文字（各段，规范化后）与原来的完全相同，
 * 样例在正文里用到的目录指标，导入后在同一个"组.字段"下有同样的值（约数、口径、写法、单位也相同），
 * 也没有多认出样例里没有的目录指标。
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { catalogueFigures, usedRefs } from './support/catalogue-figures.js';
import { describe, expect, it } from 'vitest';
import { normalizeForComparison } from '../src/text/text-similarity.js';
import { paragraphTexts, readDocumentXml } from './support/read-docx-text.js';
import { importReport } from '../src/import/import-report.js';
import { buildFile } from './support/build-in-memory.js';
import { SEEDS } from './support/seed-bodies.js';

describe.each(SEEDS.map((s) => [s.data, s] as const))('往返 %s → .docx → 导入 → 生成', (_name, seed) => {
  it('文档文字相同，指标相同', async () => {
    const original = await buildFile(seed.data);
    const dir = mkdtempSync(join(tmpdir(), 'fzbg-round-trip-'));
    const docx = join(dir, '报告.docx');
    writeFileSync(docx, original.docx);

    const imported = await importReport(docx, { out: join(dir, 'data') });
    expect(imported.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const again = await buildFile(imported.written!);
    expect(again.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);

    const before = paragraphTexts(await readDocumentXml(original.docx)).map(normalizeForComparison);
    const after = paragraphTexts(await readDocumentXml(again.docx)).map(normalizeForComparison);
    expect(after).toEqual(before);

    const expected = catalogueFigures(original.report.指标, usedRefs(original.source.text));
    const got = catalogueFigures(again.report.指标, usedRefs(again.source.text));
    console.log(
      `${seed.data}: ${before.length} 段相同；目录指标 ${Object.keys(got).length} 个（样例用到 ${Object.keys(expected).length} 个）`,
    );
    expect(got).toEqual(expected);
  });
});
