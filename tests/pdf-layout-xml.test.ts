/**
 * 在 PDF 上量出来后改过的版式，在 .docx 的 XML 里的写法（Word 读的是这些）：
 * 公文段落不对齐文档网格（LibreOffice 才按固定值行距排）、页码行的行高和页脚距离、落款的缩进、落款前一段与落款同页。
 */
import { describe, expect, it } from 'vitest';
import { blockText } from '../src/model/document-model.js';
import { attr, docxParts, styleXml } from './support/docx-parts.js';
import { buildFile } from './support/build-in-memory.js';
import { SEEDS } from './support/seed-bodies.js';

const PARAGRAPH_STYLES = [
  'GwTitle',
  'GwBody',
  'GwHeading1',
  'GwHeading2',
  'GwHeading3',
  'GwHeading4',
  'GwAddressee',
  'GwSignature',
  'GwDate',
  'GwNote',
  'GwPageNumber',
];

/** document.xml 里某一段的 XML：这一段的某个文字段以 text 结尾。 */
function paragraphWith(document: string, text: string): string {
  const at = document.indexOf(`${text}</w:t>`);
  expect(at, `找不到"${text}"`).toBeGreaterThan(0);
  return document.slice(document.lastIndexOf('<w:p>', at), document.indexOf('</w:p>', at));
}

describe.each(SEEDS.map((s) => [s.data] as const))('%s 的 .docx', (file) => {
  it('公文段落样式写明不对齐文档网格（紧排在行距之前，合 CT_PPrBase 的次序），行网格仍在', async () => {
    const { styles, document } = await docxParts((await buildFile(file)).docx);
    for (const id of PARAGRAPH_STYLES)
      expect(styleXml(styles, id), id).toMatch(/<w:snapToGrid w:val="0"\/><w:spacing [^>]*w:lineRule="exact"/);
    expect(attr(document, 'w:docGrid', 'w:type')).toBe('lines');
    expect(attr(document, 'w:docGrid', 'w:linePitch')).toBe('579');
  });

  it('页码行：固定值行距 = 4 号字（280 缇）；页脚距离 = 下边距 − 7 毫米 − 半行 = 1984 − 397 − 140', async () => {
    const { styles, document } = await docxParts((await buildFile(file)).docx);
    const s = styleXml(styles, 'GwPageNumber');
    expect(attr(s, 'w:spacing', 'w:line')).toBe('280');
    expect(attr(s, 'w:spacing', 'w:lineRule')).toBe('exact');
    expect(attr(document, 'w:pgMar', 'w:footer')).toBe('1447');
  });

  it('落款：署名、日期用左缩进，日期比署名多二字（630 缇）；只有日期时居右、右缩进四字；落款前一段与落款同页', async () => {
    const built = await buildFile(file);
    const { document } = await docxParts(built.docx);
    const blocks = built.model.blocks;
    const sig = blocks.find((b) => b.kind === 'signature');
    const date = paragraphWith(document, blockText(blocks.find((b) => b.kind === 'date')!));
    if (sig) {
      const sigLeft = Number(attr(paragraphWith(document, blockText(sig)), 'w:ind', 'w:left'));
      expect(Number(attr(date, 'w:ind', 'w:left'))).toBe(sigLeft + 630);
    } else {
      expect(attr(date, 'w:jc', 'w:val')).toBe('right');
      expect(attr(date, 'w:ind', 'w:right')).toBe('1260');
    }
    const first = blocks.findIndex((b) => b.kind === 'signature' || b.kind === 'date');
    const before = blocks[first - 1];
    if (!before) throw new Error('落款前应有一段');
    expect(paragraphWith(document, blockText(before).slice(-8))).toMatch(/<w:keepNext\/>/);
  });
});
