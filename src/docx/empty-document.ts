/**
 * 用 docx 库（产品选定的库）生成某个版式的空文档：样式表、页面设置、奇偶页的页码、主题和设置都由它写。
 * 正文由 body-xml.ts 写，不经过这里；只有生成部件时才加载 docx 库（标准版式在构建时就生成好了）。
 */
import { AlignmentType, Document, DocumentGridType, Footer, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Layout } from '../schema/layout-types.generated.js';
import { metrics, type Metrics } from './layout-metrics.js';
import { buildStyles, STYLE } from './styles.js';
import { withoutGridSnap } from './without-grid-snap.js';

export async function emptyDocument(layout: Layout): Promise<Uint8Array> {
  const m = metrics(layout);
  const doc = new Document({
    creator: 'fzbg',
    title: '法治政府建设情况报告',
    description: '由 fzbg 生成的法治政府建设年度报告草稿',
    styles: buildStyles(layout, m),
    evenAndOddHeaderAndFooters: true,
    sections: [
      {
        properties: {
          page: {
            size: { width: m.pageWidth, height: m.pageHeight },
            margin: { ...m.margin, header: m.margin.top - 567, footer: m.footer, gutter: 0 },
          },
          grid: { type: DocumentGridType.LINES, linePitch: m.linePitch },
        },
        footers: { default: pageNumberFooter('odd', m), even: pageNumberFooter('even', m) },
        children: [],
      },
    ],
  });
  const files = unzipSync(await Packer.toBuffer(doc));
  const styles = files['word/styles.xml'];
  if (styles) files['word/styles.xml'] = strToU8(withoutGridSnap(strFromU8(styles)));
  return zipSync(files);
}

/** 页码"— 1 —"：单页居右、双页居左，各空一字。 */
function pageNumberFooter(side: 'odd' | 'even', m: Metrics): Footer {
  const oneChar = m.pageNumberSize * 10;
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.pageNumber,
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: oneChar } : { left: oneChar },
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'] })],
      }),
    ],
  });
}
