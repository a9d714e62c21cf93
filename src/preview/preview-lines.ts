/**
 * 文档模型 → 纸面上的一行一行：与 .docx 同一份段落版式（docx/paragraph-specs.ts：样式、缩进、对齐、落款的位置、
 * 接排标题的字体），同一套版面数字（docx/layout-metrics.ts），再按字宽断行（break-lines.ts）。
 */
import { STYLE } from '../docx/style-ids.js';
import { metrics, type Metrics } from '../docx/layout-metrics.js';
import { paragraphSpecs, type ParagraphSpec } from '../docx/paragraph-specs.js';
import type { Block, DocumentModel } from '../model/document-model.js';
import { pageParagraphs, type PageParagraph } from '../model/page-paragraphs.js';
import type { Layout } from '../schema/layout-types.generated.js';
import { breakLines, type Piece } from './break-lines.js';

export interface PreviewLine {
  pieces: Piece[];
  align: 'justify' | 'left' | 'center' | 'right';
  /** 左、右缩进（缇；首行已含首行缩进）。 */
  left: number;
  right: number;
  /** 字号（半磅）：标题 44，其余是正文字号。 */
  size: number;
  /** 这一行之前空一行（署名、只有日期时的日期）。 */
  gapBefore: boolean;
  /** 这一行之后空一行（标题之后）。 */
  gapAfter: boolean;
  /** 与下一行同页（"与下段同页"的段落的最后一行：标题不落在页尾，落款不单独成页）。 */
  keepWithNext: boolean;
  /** 第几段、段里第几行、这一段共几行（分页时孤行控制用）。 */
  paragraph: number;
  lineIndex: number;
  lineCount: number;
}

/** 样式里写了"与下段同页"的：各级标题、署名、日期。 */
const KEEP_NEXT_STYLES = new Set<string>([...STYLE.heading, STYLE.signature, STYLE.date]);

export function previewLines(model: DocumentModel, layout: Layout): { lines: PreviewLine[]; metrics: Metrics } {
  const m = metrics(layout);
  const paragraphs = pageParagraphs(model.blocks);
  const specs = paragraphSpecs(paragraphs, layout, m);
  const index = new Map<Block, number>(model.blocks.map((b, i) => [b, i]));
  const lines: PreviewLine[] = [];
  specs.forEach((spec, i) => {
    const paragraph = paragraphs[i];
    if (paragraph) lines.push(...paragraphLines(spec, paragraph, index, m).map((l) => ({ ...l, paragraph: i })));
  });
  return { lines, metrics: m };
}

function paragraphLines(
  spec: ParagraphSpec,
  p: PageParagraph,
  index: ReadonlyMap<Block, number>,
  m: Metrics,
): Omit<PreviewLine, 'paragraph'>[] {
  const title = spec.style === STYLE.title;
  const base = baseClass(spec.style);
  // 每一截文字来自哪一块：普通段落一块一截；标题回行时一块拆成几截。
  const pieces: Piece[] = spec.runs.map((r, i) => {
    const block = p.blocks.length === spec.runs.length ? p.blocks[i] : p.blocks[0];
    const level = p.runs.length === spec.runs.length ? p.runs[i]?.heading : undefined;
    return {
      text: r.text,
      cls: level ? `f-h${level}` : base,
      block: block ? (index.get(block) ?? -1) : -1,
      ...(r.breakBefore ? { breakBefore: true } : {}),
    };
  });
  const font = title ? { size: m.titleSize * 10, spacing: 0 } : { size: m.bodySize * 10, spacing: m.charSpacing };
  const indent = spec.indent ?? { left: 0, firstLine: firstLineOf(spec.style, m) };
  const right = spec.indent?.right ?? 0;
  const width = m.textWidth - indent.left - right;
  const broken = breakLines(pieces, width - indent.firstLine, width, () => font);
  const align = title ? 'center' : spec.alignRight ? 'right' : justified(spec.style) ? 'justify' : 'left';
  const keep = spec.keepNext === true || KEEP_NEXT_STYLES.has(spec.style);
  const gapBefore = spec.style === STYLE.signature || spec.spacingBefore !== undefined;
  return broken.map((l, i) => ({
    pieces: l.pieces,
    align: align === 'justify' && l.ends ? 'left' : align,
    left: indent.left + (i === 0 ? indent.firstLine : 0),
    right,
    size: title ? m.titleSize : m.bodySize,
    gapBefore: gapBefore && i === 0,
    gapAfter: title && i === broken.length - 1,
    keepWithNext: keep && i === broken.length - 1,
    lineIndex: i,
    lineCount: broken.length,
  }));
}

/** 段落样式的字体类（网页里按版式的字体名写成 CSS）。 */
function baseClass(style: string): string {
  if (style === STYLE.title) return 'f-title';
  const level = (STYLE.heading as readonly string[]).indexOf(style);
  return level >= 0 ? `f-h${level + 1}` : 'f-body';
}

/** 样式里的首行缩进：正文、各级标题、附注缩进二字；主送、署名、日期顶格。 */
function firstLineOf(style: string, m: Metrics): number {
  return style === STYLE.body || style === STYLE.note || (STYLE.heading as readonly string[]).includes(style) ? m.firstLine : 0;
}

/** 两端对齐的样式：正文和各级标题（段末一行靠左）。 */
function justified(style: string): boolean {
  return style === STYLE.body || (STYLE.heading as readonly string[]).includes(style);
}
