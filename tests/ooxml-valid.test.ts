/**
 * fzbg 写出的每一份 .docx 都通过 Open XML SDK 的校验（0 个错误）：data/ 里每份样例的 build，和 data/示例县 的修订稿。
 * 校验器确实会报错：改坏一处的文件必须被它认出来，免得"0 个错误"只是因为它什么也没查。
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeErrors, ooxmlErrors } from './support/ooxml-validate.js';
import { sampleDataFiles, writeProducedDocx, type ProducedDocx } from './support/produced-docx.js';

let produced: ProducedDocx[] = [];

beforeAll(async () => {
  produced = await writeProducedDocx();
});

describe('Open XML SDK 校验', () => {
  it('每份样例的 .docx 和修订稿都在检查之列', () => {
    expect(produced.length).toBe(sampleDataFiles().length + 1);
    expect(produced.map((p) => p.name)).toContain('示例县/示例县-修订稿.docx');
  });

  it('fzbg 写出的每一份 .docx：0 个错误', async () => {
    const results = await Promise.all(produced.map(async (p) => ({ name: p.name, errors: await ooxmlErrors(p.path) })));
    for (const r of results) expect(r.errors, `${r.name}\n${describeErrors(r.errors)}`).toEqual([]);
  }, 60_000);

  it('校验器认得出错误：样式表里多一个不存在的元素', async () => {
    const first = produced[0];
    expect(first).toBeDefined();
    const files = unzipSync(readFileSync(first!.path));
    const styles = strFromU8(files['word/styles.xml']!);
    files['word/styles.xml'] = strToU8(styles.replace('<w:pPrDefault><w:pPr>', '<w:pPrDefault><w:pPr><w:notAnElement/>'));
    const broken = join(mkdtempSync(join(tmpdir(), 'fzbg-broken-')), 'broken.docx');
    writeFileSync(broken, zipSync(files));
    const errors = await ooxmlErrors(broken);
    expect(errors.map((e) => e.path)).toEqual(['/word/styles.xml']);
  }, 30_000);
});
