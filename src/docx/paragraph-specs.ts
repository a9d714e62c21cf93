/**
 * 段落的版式说明：由文档模型的块和版式算出每一段用什么样式、缩进、对齐，每一段文字用什么字体。
 * 两个写法共用它：docx 库（修订稿、参照）和快速写法（fast-docx.ts，批量生成用），所以两者排出来一样。
 */
import type { Block, Run } from '../model/document-model.js';
import type { Layout } from '../template/layout.js';
import { textWidthTwips, textWidthUpperBound, type Metrics } from './layout-metrics.js';
import { STYLE } from './styles.js';
import { titleLines } from './title-lines.js';

/** 一段：样式取自哪个块，文字段（可带修订标记）。 */
export interface StyledBlock {
  style: Block;
  runs: Run[];
}

export interface RunSpec {
  text: string;
  /** 在这段文字前换行（标题回行）。 */
  breakBefore?: boolean;
  /** 与段落样式不同的字体（接排标题用该级标题的字体）。 */
  font?: string;
  bold?: boolean;
  revision?: 'insert' | 'delete';
}

export interface ParagraphSpec {
  style: string;
  keepNext?: boolean;
  spacingBefore?: number;
  indent?: { left: number; right?: number; firstLine: number };
  alignRight?: boolean;
  runs: RunSpec[];
}

export function paragraphSpecs(blocks: readonly StyledBlock[], layout: Layout, m: Metrics): ParagraphSpec[] {
  const sig = placeSignature(
    blocks.map((b) => b.style),
    m,
  );
  const f = layout.字体;
  const headingFonts = [f.一级标题, f.二级标题, f.三级标题, f.四级标题];
  const bold = [layout.加粗.一级标题, layout.加粗.二级标题, layout.加粗.三级标题, layout.加粗.四级标题];
  return blocks.map(({ style: b, runs }): ParagraphSpec => {
    const plain = runs.map((r): RunSpec => (r.revision ? { text: r.text, revision: r.revision } : { text: r.text }));
    switch (b.kind) {
      case 'title': {
        // 标题按词回行；有修订标记的（修订稿）不动。
        if (runs.length !== 1 || runs[0].revision) return { style: STYLE.title, runs: plain };
        const lines = titleLines(runs[0].text, Math.floor(m.textWidth / (m.titleSize * 10)));
        return { style: STYLE.title, runs: lines.map((text, i) => (i === 0 ? { text } : { text, breakBefore: true })) };
      }
      case 'addressee':
        return { style: STYLE.addressee, runs: plain };
      case 'heading':
        return { style: STYLE.heading[b.level - 1], runs: plain };
      case 'paragraph':
        return {
          style: STYLE.body,
          ...(b === sig.lastBefore ? { keepNext: true } : {}),
          runs: runs.map((r, i): RunSpec =>
            r.heading ? { ...plain[i], font: headingFonts[r.heading - 1], bold: bold[r.heading - 1] } : plain[i],
          ),
        };
      case 'signature':
        return { style: STYLE.signature, indent: { left: Math.max(0, sig.signatureLeft ?? 0), firstLine: 0 }, runs: plain };
      case 'date':
        return {
          style: STYLE.date,
          ...(sig.signatureLeft === undefined ? { spacingBefore: m.linePitch } : {}),
          ...(sig.date && 'right' in sig.date
            ? { alignRight: true, indent: { left: 0, right: sig.date.right, firstLine: 0 } }
            : { indent: { left: Math.max(0, sig.date?.left ?? 0), firstLine: 0 } }),
          runs: plain,
        };
      case 'note':
        return { style: STYLE.note, runs: plain };
    }
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
