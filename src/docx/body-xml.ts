/**
 * 正文的 XML（word/document.xml 里 <w:body> 到 <w:sectPr> 之间）：报告和修订稿都由这里写，只此一处。
 * 修订稿的文字段带 <w:ins>/<w:del>（作者、时间写明），Word 的审阅窗格可以逐条接受或拒绝。
 */
import { escapeXml, stripIllegalXml } from '../text/xml-text.js';
import type { ParagraphSpec, RunSpec } from './paragraph-specs.js';

/** 修订的作者和时间（Word 审阅窗格里显示）。 */
export interface RevisionInfo {
  author: string;
  /** ISO 时间，不带毫秒：2024-01-25T08:00:00Z。 */
  date: string;
}

export function bodyXml(paragraphs: readonly ParagraphSpec[], revision?: RevisionInfo): string {
  const ids = { next: 1 };
  return paragraphs.map((p) => paragraphXml(p, revision, ids)).join('');
}

function paragraphXml(p: ParagraphSpec, revision: RevisionInfo | undefined, ids: { next: number }): string {
  let props = `<w:pStyle w:val="${p.style}"/>`;
  if (p.keepNext) props += '<w:keepNext/>';
  if (p.spacingBefore !== undefined) props += `<w:spacing w:before="${p.spacingBefore}"/>`;
  if (p.indent) {
    props += `<w:ind w:left="${p.indent.left}"${p.indent.right !== undefined ? ` w:right="${p.indent.right}"` : ''} w:firstLine="${p.indent.firstLine}"/>`;
  }
  if (p.alignRight) props += '<w:jc w:val="right"/>';
  // 段落标记的修订（CT_PPr 里 rPr 排在 jc 之后）：拒绝新增的标记、接受删除的标记时，这一段与下一段合上。
  if (p.mark && revision)
    props += `<w:rPr><w:${p.mark === 'insert' ? 'ins' : 'del'} w:id="${ids.next++}" w:author="${escapeXml(revision.author)}" w:date="${revision.date}"/></w:rPr>`;
  return `<w:p><w:pPr>${props}</w:pPr>${coalesce(p.runs)
    .map((r) => runXml(r, revision, ids))
    .join('')}</w:p>`;
}

/** 相邻、格式相同的文字段并成一段（连写的几条要点在纸面上是一段文字，在 XML 里也是一个 w:r）。 */
function coalesce(runs: readonly RunSpec[]): RunSpec[] {
  const out: RunSpec[] = [];
  for (const r of runs) {
    const last = out[out.length - 1];
    if (last && !r.breakBefore && last.font === r.font && last.bold === r.bold && last.revision === r.revision) {
      out[out.length - 1] = { ...last, text: last.text + r.text };
    } else out.push(r);
  }
  return out;
}

function runXml(r: RunSpec, revision: RevisionInfo | undefined, ids: { next: number }): string {
  let props = '';
  if (r.font) {
    const f = escapeXml(r.font);
    props += `<w:rFonts w:ascii="${f}" w:cs="${f}" w:eastAsia="${f}" w:hAnsi="${f}"/>`;
  }
  if (r.bold !== undefined) props += r.bold ? '<w:b/><w:bCs/>' : '<w:b w:val="false"/><w:bCs w:val="false"/>';
  const deleted = r.revision === 'delete' && revision !== undefined;
  const tag = deleted ? 'w:delText' : 'w:t';
  const run = `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}${r.breakBefore ? '<w:br/>' : ''}<${tag} xml:space="preserve">${escapeXml(stripIllegalXml(r.text))}</${tag}></w:r>`;
  if (!r.revision || !revision) return run;
  const mark = r.revision === 'insert' ? 'w:ins' : 'w:del';
  return `<${mark} w:id="${ids.next++}" w:author="${escapeXml(revision.author)}" w:date="${revision.date}">${run}</${mark}>`;
}
