/**
 * 性质：对真实样例文件做任意改动后，check/build 要么生成文件、要么给出诊断，决不抛出异常；
 * 生成的 .docx 是 zip，里面每个 XML 部件都能解析，且没有 XML 不允许的字符。
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { XMLValidator } from 'fast-xml-parser';
import { expect } from 'vitest';
import { writeDocx } from '../../src/docx/write-docx.js';
import { ReportPipeline } from '../../src/pipeline/report-pipeline.js';
import { applyMutations, mutation } from './mutate.js';
import { standardTemplate } from './build-in-memory.js';
import { SEEDS } from './seed-bodies.js';

const ILLEGAL_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export async function runMutationProperty(numRuns: number, seed: number): Promise<{ runs: number; built: number; ms: number }> {
  const template = standardTemplate();
  const samples = SEEDS.map((s) => ({ file: s.data, bytes: readFileSync(s.data) }));
  let runs = 0;
  let built = 0;
  const started = performance.now();
  await fc.assert(
    fc.asyncProperty(fc.nat({ max: samples.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 3 }), async (which, mutations) => {
      runs++;
      const sample = samples[which];
      if (!sample) return;
      const { file, bytes } = sample;
      const input = applyMutations(bytes, mutations);
      const checked = new ReportPipeline(template).check(file, input);
      expect(Array.isArray(checked.diagnostics)).toBe(true);
      for (const d of checked.diagnostics) {
        expect(d.line).toBeGreaterThanOrEqual(1);
        expect(d.column).toBeGreaterThanOrEqual(1);
        expect(d.message).toMatch(/[\u4e00-\u9fff]/);
      }
      if (!checked.ok) {
        expect(checked.diagnostics.some((d) => d.severity === 'error')).toBe(true);
        return;
      }
      const files = unzipSync(await writeDocx(checked.model, checked.layout));
      for (const [name, data] of Object.entries(files).filter(([n]) => n.endsWith('.xml') || n.endsWith('.rels'))) {
        const xml = strFromU8(data);
        expect(XMLValidator.validate(xml), name).toBe(true);
        expect(ILLEGAL_XML.test(xml), name).toBe(false);
      }
      built++;
    }),
    { numRuns, seed },
  );
  return { runs, built, ms: performance.now() - started };
}
