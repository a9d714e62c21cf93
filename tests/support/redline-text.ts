/**
 * 像 Word 那样接受或拒绝修订稿里的全部修订，得到各段文字（空段不算）：
 * 文字的插入、删除（w:ins、w:del 里的 w:r），和段落标记的插入、删除（w:pPr/w:rPr 里的 w:ins、w:del：
 * 标记去掉时这一段与下一段合成一段）。
 */
import { paragraphTexts } from './read-docx-text.js';

type Side = 'accept' | 'reject';

function resolve(documentXml: string, side: Side): string[] {
  const body = documentXml.slice(documentXml.indexOf('<w:body'));
  const paragraphs = body.match(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g) ?? [];
  const out: string[] = [];
  let carry = '';
  for (const p of paragraphs) {
    const pPr = /<w:pPr>[\s\S]*?<\/w:pPr>/.exec(p)?.[0] ?? '';
    const markInserted = /<w:rPr>[^]*?<w:ins\b[^>]*\/>/.test(pPr);
    const markDeleted = /<w:rPr>[^]*?<w:del\b[^>]*\/>/.test(pPr);
    let xml = p.replace(pPr, '');
    xml =
      side === 'accept'
        ? xml.replace(/<w:del\b[^>]*>[\s\S]*?<\/w:del>/g, '')
        : xml
            .replace(/<w:ins\b[^>]*>[\s\S]*?<\/w:ins>/g, '')
            .replace(/<w:delText\b/g, '<w:t')
            .replace(/<\/w:delText>/g, '</w:t>');
    const text = carry + (paragraphTexts(`<w:body>${xml}`)[0] ?? '');
    // 去掉的段落标记：这一段接到下一段上。
    if ((side === 'accept' && markDeleted) || (side === 'reject' && markInserted)) carry = text;
    else {
      carry = '';
      out.push(text);
    }
  }
  if (carry) out.push(carry);
  return out.filter((t) => t !== '');
}

/** 修订稿接受全部修订后的各段文字。 */
export function acceptedTexts(documentXml: string): string[] {
  return resolve(documentXml, 'accept');
}

/** 拒绝全部修订后的各段文字。 */
export function rejectedTexts(documentXml: string): string[] {
  return resolve(documentXml, 'reject');
}
