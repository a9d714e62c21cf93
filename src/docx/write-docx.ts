import {
  AlignmentType,
  Document,
  DocumentGridType,
  Footer,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from 'docx';
import type { Block, DocumentModel } from '../model/document-model.js';
import type { Layout } from '../template/layout.js';
import { metrics, textWidthTwips, type Metrics } from './layout-metrics.js';
import { buildStyles, font, STYLE } from './styles.js';
import { stripIllegalXml } from './xml-text.js';

/** 文档模型 → Word 文档对象（按 GB/T 9704 版式）。 */
export function buildDocx(model: DocumentModel, layout: Layout, options: { title?: string; date?: Date } = {}): Document {
  const m = metrics(layout);
  const signatureLayout = placeSignature(model.blocks, m);
  const children = model.blocks.map((b) => paragraph(b, layout, m, signatureLayout));
  const first = model.blocks.find((b) => b.kind === 'title');
  return new Document({
    creator: 'fzbg',
    title: options.title ?? (first && 'text' in first ? first.text : '法治政府建设情况报告'),
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

/** .docx 文件的字节。 */
export async function writeDocxBuffer(model: DocumentModel, layout: Layout): Promise<Buffer> {
  return Packer.toBuffer(buildDocx(model, layout));
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

interface SignatureLayout {
  signatureLeft?: number;
  dateLeft?: number;
  dateRightAligned: boolean;
}

/**
 * 落款（不加盖印章）：署名右空二字；日期首字比署名首字右移二字；
 * 日期比署名长时，日期右空二字，署名相应左移。只有日期时，日期右空四字。
 */
function placeSignature(blocks: Block[], m: Metrics): SignatureLayout {
  const sig = blocks.find((b) => b.kind === 'signature');
  const date = blocks.find((b) => b.kind === 'date');
  if (!date || !('text' in date)) return { dateRightAligned: false };
  const c = m.charWidth;
  const dateW = textWidthTwips(date.text, c);
  if (!sig || !('text' in sig)) return { dateLeft: m.textWidth - 4 * c - dateW, dateRightAligned: false };
  const sigW = textWidthTwips(sig.text, c);
  if (dateW <= sigW) {
    const sigLeft = m.textWidth - 2 * c - sigW;
    return { signatureLeft: sigLeft, dateLeft: sigLeft + 2 * c, dateRightAligned: false };
  }
  const dateLeft = m.textWidth - 2 * c - dateW;
  return { signatureLeft: dateLeft - 2 * c, dateLeft, dateRightAligned: false };
}

function run(text: string, extra: Record<string, unknown> = {}): TextRun {
  return new TextRun({ text: stripIllegalXml(text), ...extra });
}

function paragraph(b: Block, layout: Layout, m: Metrics, sig: SignatureLayout): Paragraph {
  const f = layout.字体;
  switch (b.kind) {
    case 'title':
      return new Paragraph({ style: STYLE.title, children: [run(b.text)] });
    case 'addressee':
      return new Paragraph({ style: STYLE.addressee, children: [run(b.text)] });
    case 'heading':
      return new Paragraph({ style: STYLE.heading[b.level - 1], children: [run(b.text)] });
    case 'paragraph': {
      const headingFonts = [f.一级标题, f.二级标题, f.三级标题, f.四级标题];
      const bold = [layout.加粗.一级标题, layout.加粗.二级标题, layout.加粗.三级标题, layout.加粗.四级标题];
      return new Paragraph({
        style: STYLE.body,
        children: b.runs.map((r) =>
          r.heading ? run(r.text, { font: font(headingFonts[r.heading - 1]), bold: bold[r.heading - 1] }) : run(r.text),
        ),
      });
    }
    case 'signature':
      return new Paragraph({ style: STYLE.signature, indent: { left: Math.max(0, sig.signatureLeft ?? 0), firstLine: 0 }, children: [run(b.text)] });
    case 'date':
      return new Paragraph({
        style: STYLE.date,
        indent: { left: Math.max(0, sig.dateLeft ?? 0), firstLine: 0 },
        spacing: sig.signatureLeft === undefined ? { before: m.linePitch } : undefined,
        children: [run(b.text)],
      });
    case 'note':
      return new Paragraph({ style: STYLE.note, children: [run(b.text)] });
  }
}
