import {
  AlignmentType,
  DeletedTextRun,
  Document,
  DocumentGridType,
  Footer,
  InsertedTextRun,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from 'docx';
import { blockRuns, type DocumentModel } from '../model/document-model.js';
import type { Layout } from '../template/layout.js';
import { fontTableXml } from './font-table.js';
import { metrics, type Metrics } from './layout-metrics.js';
import { paragraphSpecs, type ParagraphSpec, type StyledBlock } from './paragraph-specs.js';
import { buildStyles, font, STYLE } from './styles.js';
import { stylesXmlFor } from './without-grid-snap.js';
import { stripIllegalXml } from './xml-text.js';

/** 修订的作者和时间（Word 审阅窗格里显示）。 */
export interface RevisionInfo {
  author: string;
  date: string;
}

/** 文档模型 → Word 文档对象（按 GB/T 9704 版式）。 */
export function buildDocx(model: DocumentModel, layout: Layout, options: { title?: string } = {}): Document {
  return documentOf(
    model.blocks.map((b) => ({ style: b, runs: blockRuns(b) })),
    layout,
    options.title,
  );
}

/** 带修订标记的段落 → Word 文档（与上年对比的修订稿）。接受全部修订即新一年的文档，拒绝全部即上一年的。 */
export function buildRedlineDocx(blocks: readonly StyledBlock[], layout: Layout, revision: RevisionInfo, title?: string): Document {
  return documentOf(blocks, layout, title, revision);
}

function documentOf(blocks: readonly StyledBlock[], layout: Layout, title?: string, revision?: RevisionInfo): Document {
  const m = metrics(layout);
  const ids = { next: 1 };
  const children = paragraphSpecs(blocks, layout, m).map((spec) => paragraph(spec, revision, ids));
  const first = blocks.find((b) => b.style.kind === 'title')?.style;
  return new Document({
    creator: 'fzbg',
    title: title ?? (first && 'text' in first ? first.text : '法治政府建设情况报告'),
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
        children,
      },
    ],
  });
}

/** 用 docx 库写 .docx 的字节（参照写法；批量生成用 fast-docx.ts，测试核对两者一样）。 */
export async function writeDocxBufferWithLibrary(model: DocumentModel, layout: Layout): Promise<Buffer> {
  return packDocx(buildDocx(model, layout), layout);
}

/**
 * 打包成 .docx；styles.xml 换成按版式缓存的、不对齐网格的那一份（见 without-grid-snap.ts），
 * fontTable.xml 换成写明替代字体的那一份（docx 库写的是空表，见 font-table.ts）。
 */
export async function packDocx(doc: Document, layout: Layout): Promise<Buffer> {
  return Packer.toBuffer(doc, false, [
    { path: 'word/styles.xml', data: await stylesXmlFor(layout) },
    { path: 'word/fontTable.xml', data: fontTableXml(layout) },
  ]);
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

function runsOf(
  spec: ParagraphSpec,
  revision: RevisionInfo | undefined,
  ids: { next: number },
): (TextRun | InsertedTextRun | DeletedTextRun)[] {
  return spec.runs.map((r) => {
    const options = {
      text: stripIllegalXml(r.text),
      ...(r.breakBefore ? { break: 1 } : {}),
      ...(r.font ? { font: font(r.font) } : {}),
      ...(r.bold !== undefined ? { bold: r.bold } : {}),
    };
    if (r.revision && revision) {
      const change = { id: ids.next++, author: revision.author, date: revision.date };
      return r.revision === 'insert' ? new InsertedTextRun({ ...options, ...change }) : new DeletedTextRun({ ...options, ...change });
    }
    return new TextRun(options);
  });
}

/** 段落说明 → docx 库的段落。 */
function paragraph(spec: ParagraphSpec, revision: RevisionInfo | undefined, ids: { next: number }): Paragraph {
  return new Paragraph({
    style: spec.style,
    ...(spec.keepNext ? { keepNext: true } : {}),
    ...(spec.spacingBefore !== undefined ? { spacing: { before: spec.spacingBefore } } : {}),
    ...(spec.indent ? { indent: spec.indent } : {}),
    ...(spec.alignRight ? { alignment: AlignmentType.RIGHT } : {}),
    children: runsOf(spec, revision, ids),
  });
}

export type { StyledBlock };
