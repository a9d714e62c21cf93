/**
 * 用 docx 库（产品选定的库）生成某个版式的空文档：样式表、页面设置、奇偶页的页码、主题和设置都由它写。
 * 正文由 body-xml.ts 写，不经过这里；只有生成部件时才加载 docx 库（标准版式在构建时就生成好了）。
 */
import { AlignmentType, Document, DocumentGridType, Footer, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Layout } from '../schema/layout-types.generated.js';
import { metrics, type Metrics } from './layout-metrics.js';
import { STYLE } from './style-ids.js';
import { buildStyles } from './styles.js';
import { fontTableXml } from './font-table.js';
import { withOverflowPunct } from './punctuation-overflow.js';
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
  // docx 库的样式表和字体表各差一点，在这里改好（理由见各自的文件）：
  // 不对齐网格、不悬挂标点（without-grid-snap.ts、punctuation-overflow.ts），字体表写明替代字体（font-table.ts）。
  const styles = files['word/styles.xml'];
  if (styles) files['word/styles.xml'] = strToU8(withOverflowPunct(withoutGridSnap(strFromU8(styles))));
  files['word/fontTable.xml'] = strToU8(fontTableXml(layout));
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
