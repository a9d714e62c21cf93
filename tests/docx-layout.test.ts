/** 每份样例的 .docx：纸张、页边距、22 行 × 28 字、各级字体字号、页码、大纲级别、黑色、无主题字体。 */
import { describe, expect, it } from 'vitest';
import { attr, docxParts, styleXml } from './support/docx-parts.js';
import { buildFile } from './support/build-in-memory.js';
import { SEEDS } from './support/seed-bodies.js';

const STYLES = {
  GwTitle: { font: '方正小标宋简体', size: '44' },
  GwBody: { font: '仿宋_GB2312', size: '32' },
  GwHeading1: { font: '黑体', size: '32', outline: '0' },
  GwHeading2: { font: '楷体_GB2312', size: '32', outline: '1' },
  GwHeading3: { font: '仿宋_GB2312', size: '32', outline: '2' },
  GwHeading4: { font: '仿宋_GB2312', size: '32', outline: '3' },
  GwPageNumber: { font: '宋体', size: '28' },
} as const;

describe.each(SEEDS.map((s) => [s.data] as const))('%s 的版式', (file) => {
  it('A4，页边距 37/35/28/26 毫米', async () => {
    const { document } = await docxParts((await buildFile(file)).docx);
    expect(attr(document, 'w:pgSz', 'w:w')).toBe('11906');
    expect(attr(document, 'w:pgSz', 'w:h')).toBe('16838');
    expect(attr(document, 'w:pgMar', 'w:top')).toBe('2098');
    expect(attr(document, 'w:pgMar', 'w:bottom')).toBe('1984');
    expect(attr(document, 'w:pgMar', 'w:left')).toBe('1587');
    expect(attr(document, 'w:pgMar', 'w:right')).toBe('1474');
  });

  it('每页 22 行：固定值行距 579 缇加行网格，22 行放得下 23 行放不下', async () => {
    const { document, styles } = await docxParts((await buildFile(file)).docx);
    expect(attr(document, 'w:docGrid', 'w:type')).toBe('lines');
    expect(attr(document, 'w:docGrid', 'w:linePitch')).toBe('579');
    const textHeight = 16838 - 2098 - 1984;
    expect(22 * 579).toBeLessThanOrEqual(textHeight);
    expect(23 * 579).toBeGreaterThan(textHeight);
    for (const id of [
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
    ]) {
      const s = styleXml(styles, id);
      expect(attr(s, 'w:spacing', 'w:line'), id).toBe('579');
      expect(attr(s, 'w:spacing', 'w:lineRule'), id).toBe('exact');
    }
  });

  it('每行 28 字：正文字距 −0.25 磅，28 字放得下 29 字放不下', async () => {
    const { styles } = await docxParts((await buildFile(file)).docx);
    const body = styleXml(styles, 'GwBody');
    const spacing = Number(/<w:rPr>[\s\S]*?<w:spacing w:val="(-?\d+)"/.exec(body)?.[1]);
    expect(spacing).toBe(-5);
    const textWidth = 11906 - 1587 - 1474;
    expect(28 * (320 + spacing)).toBeLessThanOrEqual(textWidth);
    expect(29 * (320 + spacing)).toBeGreaterThan(textWidth);
    expect(attr(body, 'w:ind', 'w:firstLine')).toBe(String(2 * (320 + spacing)));
  });

  it('各级样式的字体、字号、大纲级别，全部黑色', async () => {
    const { styles } = await docxParts((await buildFile(file)).docx);
    for (const [id, want] of Object.entries(STYLES)) {
      const s = styleXml(styles, id);
      expect(s, id).not.toBe('');
      for (const a of ['w:ascii', 'w:hAnsi', 'w:eastAsia', 'w:cs']) expect(attr(s, 'w:rFonts', a), `${id} ${a}`).toBe(want.font);
      expect(attr(s, 'w:sz', 'w:val'), id).toBe(want.size);
      expect(attr(s, 'w:color', 'w:val'), id).toBe('000000');
      if ('outline' in want) expect(attr(s, 'w:outlineLvl', 'w:val'), id).toBe(want.outline);
    }
    for (const id of ['Title', 'Heading1', 'Heading2', 'Heading3', 'Heading4', 'Heading5', 'Heading6']) {
      expect(attr(styleXml(styles, id), 'w:color', 'w:val'), id).toBe('000000');
    }
    expect(attr(styleXml(styles, 'GwTitle'), 'w:jc', 'w:val')).toBe('center');
  });

  it('没有主题字体', async () => {
    const { all } = await docxParts((await buildFile(file)).docx);
    expect(all).not.toMatch(/w:(ascii|hAnsi|eastAsia|cs)Theme=/);
  });

  it('页码"— n —"：奇偶页不同，单页居右、双页居左，各空一字', async () => {
    const { settings, oddFooter, evenFooter } = await docxParts((await buildFile(file)).docx);
    expect(settings).toMatch(/<w:evenAndOddHeaders\s*\/?>/);
    for (const [footer, side, indent] of [
      [oddFooter, 'right', 'w:right'],
      [evenFooter, 'left', 'w:left'],
    ] as const) {
      expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
      expect(footer).toMatch(/— <\/w:t>[\s\S]*PAGE[\s\S]*<w:t[^>]*> —/);
      expect(attr(footer, 'w:jc', 'w:val')).toBe(side);
      expect(attr(footer, 'w:ind', indent)).toBe('280');
    }
  });

  it('文档里每一章标题用一级标题样式，接排标题用该级标题的字体', async () => {
    const built = await buildFile(file);
    const { document } = await docxParts(built.docx);
    const chapters = built.model.blocks.filter((b) => b.kind === 'heading' && b.level === 1).length;
    expect((document.match(/<w:pStyle w:val="GwHeading1"\/>/g) ?? []).length).toBe(chapters);
    expect(chapters).toBeGreaterThanOrEqual(3);
    for (const b of built.model.blocks) {
      if (b.kind === 'heading' && b.runIn) {
        const font = STYLES[`GwHeading${b.level}` as keyof typeof STYLES].font;
        const escaped = (b.number + b.text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        expect(document).toMatch(new RegExp(`w:eastAsia="${font}"[^]*?<w:t xml:space="preserve">${escaped}</w:t>`));
      }
    }
  });
});
