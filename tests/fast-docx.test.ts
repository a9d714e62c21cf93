/**
 * 快速写法（fast-docx.ts）与 docx 库写出的文档一样：正文 XML 一字不差，其余部件相同（文档属性里的时间除外）。
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { writeDocxBuffer } from '../src/docx/fast-docx.js';
import { writeDocxBufferWithLibrary } from '../src/docx/write-docx.js';
import { hasErrors } from '../src/diagnostics/diagnostic.js';
import { checkReport } from '../src/pipeline/check-report.js';
import { applyEdits, edit } from './support/edit-report.js';
import { standardTemplate } from './support/build-in-memory.js';
import { SEEDS } from './support/seed-bodies.js';

const SAMPLES = [...SEEDS.map((s) => s.data), 'data/示例县/2023.yaml', 'data/示例县/2024.yaml'];

async function same(file: string, bytes?: Uint8Array) {
  const r = checkReport(file, standardTemplate(), bytes);
  if (!r.rendered || hasErrors(r.diagnostics)) return false;
  const fast = unzipSync(await writeDocxBuffer(r.rendered.model, r.rendered.layout));
  const lib = unzipSync(await writeDocxBufferWithLibrary(r.rendered.model, r.rendered.layout));
  expect(Object.keys(fast).sort()).toEqual(Object.keys(lib).sort());
  for (const name of Object.keys(lib)) {
    const a = strFromU8(fast[name]);
    const b = strFromU8(lib[name]);
    if (name === 'docProps/core.xml') expect(a.replace(/<dcterms:[^>]*>[^<]*/g, '')).toBe(b.replace(/<dcterms:[^>]*>[^<]*/g, ''));
    else expect(a, name).toBe(b);
  }
  return true;
}

describe('快速写法与 docx 库一致', () => {
  it.each(SAMPLES)('%s', async (file) => {
    expect(await same(file)).toBe(true);
  });

  it('性质：改动过的样例（含引号、尖括号、& 之类的字）也一致', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...SAMPLES),
        fc.array(edit, { minLength: 1, maxLength: 4 }),
        fc.constantFrom('"', "'", '<', '>', '&', '&amp;', ']]>'),
        async (file, edits, odd) => {
          const data = applyEdits(parse(readFileSync(file, 'utf8')), edits) as Record<string, unknown>;
          data.导语 = `含有${odd}的文字。`;
          fc.pre(await same(file, Buffer.from(stringify(data))));
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);
});
