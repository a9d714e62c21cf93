/** .docx：固定部件 + 正文 + 文档属性；报告和修订稿走同一条路。 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { writeDocx, writeRedlineDocx } from '../../../src/docx/write-docx.js';
import type { DocumentModel } from '../../../src/model/document-model.js';
import { pageParagraphs } from '../../../src/model/page-paragraphs.js';
import { para } from '../../support/blocks.js';
import { standardLayout } from '../../support/small-report.js';

const layout = standardLayout();
const model: DocumentModel = {
  blocks: [
    { kind: 'title', text: '测试县报告 & <附件>', source: [] },
    para('全年受理177件。'),
    { kind: 'date', text: '2024年1月25日', source: [] },
  ],
  chapters: [],
};
const parts = (docx: Buffer) => {
  const files = unzipSync(docx);
  return { names: Object.keys(files), read: (name: string) => strFromU8(files[name] ?? new Uint8Array()) };
};

describe('writeDocx', () => {
  it('正文的段落在 document.xml 里；标题写进文档属性（转义）；时间照给的写', async () => {
    const docx = await writeDocx(model, layout, { title: '测试县报告 & <附件>', now: new Date('2024-01-25T08:00:00.123Z') });
    const { names, read } = parts(docx);
    expect(names[0]).toBe('[Content_Types].xml');
    expect(names).toEqual(expect.arrayContaining(['word/document.xml', 'word/styles.xml', 'docProps/core.xml']));
    expect(read('word/document.xml')).toContain('<w:t xml:space="preserve">全年受理177件。</w:t>');
    expect(read('docProps/core.xml')).toContain('<dc:title>测试县报告 &amp; &lt;附件&gt;</dc:title>');
    expect(read('docProps/core.xml')).toMatch(/<dcterms:created[^>]*>2024-01-25T08:00:00Z</);
    expect(read('docProps/core.xml')).toMatch(/<dcterms:modified[^>]*>2024-01-25T08:00:00Z</);
  });

  it('不给文档属性时标题取文档的标题', async () => {
    expect(parts(await writeDocx(model, layout)).read('docProps/core.xml')).toContain('<dc:title>测试县报告 &amp; &lt;附件&gt;</dc:title>');
  });

  it('同样的模型、同样的时间：同样的字节', async () => {
    const props = { title: '甲', now: new Date('2024-01-25T00:00:00Z') };
    expect((await writeDocx(model, layout, props)).equals(await writeDocx(model, layout, props))).toBe(true);
  });

  it('修订稿：文字段带修订标记和作者', async () => {
    const paragraphs = pageParagraphs([para('旧')]).map((p) => ({ ...p, runs: [{ text: '旧', revision: 'delete' as const }] }));
    const docx = await writeRedlineDocx(paragraphs, layout, { author: '审核人', date: '2024-01-25T08:00:00Z' }, { title: '修订稿' });
    expect(parts(docx).read('word/document.xml')).toContain(
      '<w:del w:id="1" w:author="审核人" w:date="2024-01-25T08:00:00Z"><w:r><w:delText',
    );
  });
});
