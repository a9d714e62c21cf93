/**
 * 段落的版式说明：由纸面上的段落（model/page-paragraphs.ts）和版式算出每一段用什么样式、缩进、对齐，
 * 每一段文字用什么字体。body-xml.ts 把它写成 XML（报告和修订稿都是）。
 */
import { blockText } from '../model/document-model.js';
import type { PageParagraph } from '../model/page-paragraphs.js';
import type { Layout } from '../schema/layout-types.generated.js';
import { textWidthTwips, textWidthUpperBound, type Metrics } from './layout-metrics.js';
import { STYLE } from './style-ids.js';
import { titleLines } from './title-lines.js';

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
  /** 修订稿：段落标记是新增的或删除的。 */
  mark?: 'insert' | 'delete';
  runs: RunSpec[];
}

export function paragraphSpecs(paragraphs: readonly PageParagraph[], layout: Layout, m: Metrics): ParagraphSpec[] {
  const sig = placeSignature(paragraphs, m);
  const f = layout.字体;
  const headingFonts = [f.一级标题, f.二级标题, f.三级标题, f.四级标题];
  const bold = [layout.加粗.一级标题, layout.加粗.二级标题, layout.加粗.三级标题, layout.加粗.四级标题];
  return paragraphs.map((p, index): ParagraphSpec => {
    const spec = paragraphSpec(p, index);
    return p.mark ? { ...spec, mark: p.mark } : spec;
  });

  function paragraphSpec(p: PageParagraph, index: number): ParagraphSpec {
    const runs = p.runs;
    const plain = runs.map((r): RunSpec => (r.revision ? { text: r.text, revision: r.revision } : { text: r.text }));
    switch (p.kind) {
      case 'title': {
        // 标题按词回行；有修订标记的（修订稿）不动。
        const only = runs.length === 1 ? runs[0] : undefined;
        if (!only || only.revision) return { style: STYLE.title, runs: plain };
        const lines = titleLines(only.text, Math.floor(m.textWidth / (m.titleSize * 10)));
        return { style: STYLE.title, runs: lines.map((text, i) => (i === 0 ? { text } : { text, breakBefore: true })) };
      }
      case 'addressee':
        return { style: STYLE.addressee, runs: plain };
      case 'heading':
        return { style: STYLE.heading[(p.level ?? 1) - 1] ?? STYLE.body, runs: plain };
      case 'body':
        return {
          style: STYLE.body,
          ...(index === sig.lastBefore ? { keepNext: true } : {}),
          runs: runs.map((r, i): RunSpec => {
            const run = plain[i] ?? { text: r.text };
            return r.heading ? { ...run, font: headingFonts[r.heading - 1] ?? f.正文, bold: bold[r.heading - 1] ?? false } : run;
          }),
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
  }
}

interface SignatureLayout {
  signatureLeft?: number;
  /** 日期从左量（首字比署名首字右移二字），或居右、右空若干缇（居右不依赖字宽的估计）。 */
  date?: { left: number } | { right: number };
  /** 落款前的最后一段（下标）：与落款同页，落款不单独成页。 */
  lastBefore?: number;
}

/**
 * 落款（不加盖印章）：署名右空二字；日期首字比署名首字右移二字；
 * 日期比署名长时，日期右空二字，署名相应左移。只有日期时，日期右空四字。
 *
 * 署名和日期都用左缩进定位，"首字右移二字"在任何字体下都准。日期能用的宽度是从它的首字到版心右边：
 * 按最宽的估计（textWidthUpperBound：替代字体的数字、中文与数字之间的自动间距）放得下署名宽度时照第一种排，
 * 否则照"日期比署名长"排，并按最宽的估计留出右空二字。日期决不折行。只有日期时居右，右缩进四字，与字宽无关。
 */
function placeSignature(paragraphs: readonly PageParagraph[], m: Metrics): SignatureLayout {
  const at = paragraphs.findIndex((p) => p.kind === 'signature' || p.kind === 'date');
  const lastBefore = at > 0 ? at - 1 : undefined;
  const textOf = (kind: 'signature' | 'date') => {
    const block = paragraphs.find((p) => p.kind === kind)?.blocks[0];
    return block ? blockText(block) : undefined;
  };
  const sig = textOf('signature');
  const date = textOf('date');
  if (date === undefined) return { lastBefore };
  const c = m.charWidth;
  if (sig === undefined) return { date: { right: 4 * c }, lastBefore };
  const sigW = textWidthTwips(sig, c);
  const dateW = textWidthUpperBound(date, c);
  const sigLeft = dateW <= sigW ? m.textWidth - 2 * c - sigW : m.textWidth - 4 * c - dateW;
  return { signatureLeft: sigLeft, date: { left: sigLeft + 2 * c }, lastBefore };
}
