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
import { blockRuns, type Block, type DocumentModel, type Run } from '../model/document-model.js';
import type { Layout } from '../template/layout.js';
import { metrics, textWidthTwips, textWidthUpperBound, type Metrics } from './layout-metrics.js';
import { buildStyles, font, STYLE } from './styles.js';
import { withoutGridSnap } from './without-grid-snap.js';
import { stripIllegalXml } from './xml-text.js';

/** 修订的作者和时间（Word 审阅窗格里显示）。 */
export interface RevisionInfo {
  author: string;
  date: string;
}

/** 一段：样式取自哪个块，文字段（可带修订标记）。 */
export interface StyledBlock {
  style: Block;
  runs: Run[];
}

/** 文档模型 → Word 文档对象（按 GB/T 9704 版式）。 */
export function buildDocx(model: DocumentModel, layout: Layout, options: { title?: string } = {}): Document {
  return documentOf(model.blocks.map((b) => ({ style: b, runs: blockRuns(b) })), layout, options.title);
}

/** 带修订标记的段落 → Word 文档（与上年对比的修订稿）。接受全部修订即新一年的文档，拒绝全部即上一年的。 */
export function buildRedlineDocx(blocks: readonly StyledBlock[], layout: Layout, revision: RevisionInfo, title?: string): Document {
  return documentOf(blocks, layout, title, revision);
}

function documentOf(blocks: readonly StyledBlock[], layout: Layout, title?: string, revision?: RevisionInfo): Document {
  const m = metrics(layout);
  const signatureLayout = placeSignature(blocks.map((b) => b.style), m);
  const ids = { next: 1 };
  const children = blocks.map((b) => paragraph(b.style, layout, m, signatureLayout, b.runs, revision, ids));
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

/** .docx 文件的字节（段落样式不对齐文档网格，见 without-grid-snap.ts）。 */
export async function writeDocxBuffer(model: DocumentModel, layout: Layout): Promise<Buffer> {
  return packDocx(buildDocx(model, layout));
}

export async function packDocx(doc: Document): Promise<Buffer> {
  return withoutGridSnap(await Packer.toBuffer(doc));
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
  /** 日期从左量（首字比署名首字右移二字），或居右、右空若干缇（居右不依赖字宽的估计）。 */
  date?: { left: number } | { right: number };
  /** 落款前的最后一段：与落款同页，落款不单独成页。 */
  lastBefore?: Block;
}

/**
 * 落款（不加盖印章）：署名右空二字；日期首字比署名首字右移二字；
 * 日期比署名长时，日期右空二字，署名相应左移。只有日期时，日期右空四字。
 *
 * 署名和日期都用左缩进定位，"首字右移二字"在任何字体下都准。日期能用的宽度是从它的首字到版心右边：
 * 按最宽的估计（textWidthUpperBound：替代字体的数字、中文与数字之间的自动间距）放得下署名宽度时照第一种排，
 * 否则照"日期比署名长"排，并按最宽的估计留出右空二字。日期决不折行。只有日期时居右，右缩进四字，与字宽无关。
 */
function placeSignature(blocks: Block[], m: Metrics): SignatureLayout {
  const at = blocks.findIndex((b) => b.kind === 'signature' || b.kind === 'date');
  const lastBefore = at > 0 ? blocks[at - 1] : undefined;
  const sig = blocks.find((b) => b.kind === 'signature');
  const date = blocks.find((b) => b.kind === 'date');
  if (!date || !('text' in date)) return { lastBefore };
  const c = m.charWidth;
  if (!sig || !('text' in sig)) return { date: { right: 4 * c }, lastBefore };
  const sigW = textWidthTwips(sig.text, c);
  const dateW = textWidthUpperBound(date.text, c);
  const sigLeft = dateW <= sigW ? m.textWidth - 2 * c - sigW : m.textWidth - 4 * c - dateW;
  return { signatureLeft: sigLeft, date: { left: sigLeft + 2 * c }, lastBefore };
}

function runsOf(
  runs: readonly Run[],
  extra: (r: Run) => Record<string, unknown>,
  revision: RevisionInfo | undefined,
  ids: { next: number },
): (TextRun | InsertedTextRun | DeletedTextRun)[] {
  return runs.map((r) => {
    const options = { text: stripIllegalXml(r.text), ...extra(r) };
    if (r.revision && revision) {
      const change = { id: ids.next++, author: revision.author, date: revision.date };
      return r.revision === 'insert' ? new InsertedTextRun({ ...options, ...change }) : new DeletedTextRun({ ...options, ...change });
    }
    return new TextRun(options);
  });
}

function paragraph(
  b: Block,
  layout: Layout,
  m: Metrics,
  sig: SignatureLayout,
  runs: readonly Run[] = blockRuns(b),
  revision?: RevisionInfo,
  ids: { next: number } = { next: 1 },
): Paragraph {
  const f = layout.字体;
  const plain = () => runsOf(runs, () => ({}), revision, ids);
  switch (b.kind) {
    case 'title':
      return new Paragraph({ style: STYLE.title, children: plain() });
    case 'addressee':
      return new Paragraph({ style: STYLE.addressee, children: plain() });
    case 'heading':
      return new Paragraph({ style: STYLE.heading[b.level - 1], children: plain() });
    case 'paragraph': {
      const headingFonts = [f.一级标题, f.二级标题, f.三级标题, f.四级标题];
      const bold = [layout.加粗.一级标题, layout.加粗.二级标题, layout.加粗.三级标题, layout.加粗.四级标题];
      return new Paragraph({
        style: STYLE.body,
        keepNext: b === sig.lastBefore || undefined,
        children: runsOf(runs, (r) => (r.heading ? { font: font(headingFonts[r.heading - 1]), bold: bold[r.heading - 1] } : {}), revision, ids),
      });
    }
    case 'signature':
      return new Paragraph({ style: STYLE.signature, indent: { left: Math.max(0, sig.signatureLeft ?? 0), firstLine: 0 }, children: plain() });
    case 'date':
      return new Paragraph({
        style: STYLE.date,
        ...(sig.date && 'right' in sig.date
          ? { alignment: AlignmentType.RIGHT, indent: { left: 0, right: sig.date.right, firstLine: 0 } }
          : { indent: { left: Math.max(0, sig.date?.left ?? 0), firstLine: 0 } }),
        spacing: sig.signatureLeft === undefined ? { before: m.linePitch } : undefined,
        children: plain(),
      });
    case 'note':
      return new Paragraph({ style: STYLE.note, children: plain() });
  }
}
