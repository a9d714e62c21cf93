/**
 * 基准测试的对照：用 docx 库把整份文档（样式、页脚和正文）生成、打包，看 fzbg 自己写正文、部件只生成一次省了多少。
 * 只在 npm run bench 里用，不是产品的一部分。
 */
import { AlignmentType, Document, DocumentGridType, Footer, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import { metrics } from '../src/docx/layout-metrics.js';
import { paragraphSpecs } from '../src/docx/paragraph-specs.js';
import { STYLE } from '../src/docx/style-ids.js';
import { buildStyles, font } from '../src/docx/styles.js';
import { documentTitle, type DocumentModel } from '../src/model/document-model.js';
import { pageParagraphs } from '../src/model/page-paragraphs.js';
import type { Layout } from '../src/schema/layout-types.generated.js';

export async function writeDocxWithLibrary(model: DocumentModel, layout: Layout): Promise<Buffer> {
  const m = metrics(layout);
  const children = paragraphSpecs(pageParagraphs(model.blocks), layout, m).map(
    (p) =>
      new Paragraph({
        style: p.style,
        ...(p.keepNext ? { keepNext: true } : {}),
        ...(p.spacingBefore !== undefined ? { spacing: { before: p.spacingBefore } } : {}),
        ...(p.indent ? { indent: p.indent } : {}),
        ...(p.alignRight ? { alignment: AlignmentType.RIGHT } : {}),
        children: p.runs.map(
          (r) =>
            new TextRun({
              text: r.text,
              ...(r.breakBefore ? { break: 1 } : {}),
              ...(r.font ? { font: font(r.font) } : {}),
              ...(r.bold !== undefined ? { bold: r.bold } : {}),
            }),
        ),
      }),
  );
  const footer = (right: boolean) =>
    new Footer({
      children: [
        new Paragraph({
          style: STYLE.pageNumber,
          alignment: right ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'] })],
        }),
      ],
    });
  const doc = new Document({
    creator: 'fzbg',
    title: documentTitle(model),
    styles: buildStyles(layout, m),
    evenAndOddHeaderAndFooters: true,
    sections: [
      {
        properties: {
          page: { size: { width: m.pageWidth, height: m.pageHeight }, margin: { ...m.margin, footer: m.footer } },
          grid: { type: DocumentGridType.LINES, linePitch: m.linePitch },
        },
        footers: { default: footer(true), even: footer(false) },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
