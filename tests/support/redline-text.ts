import { paragraphTexts } from '../../src/docx/read-docx-text.js';

/** 修订稿接受全部修订后的各段文字（去掉删除，保留插入）；空段不算。 */
export function acceptedTexts(documentXml: string): string[] {
  return paragraphTexts(documentXml.replace(/<w:del\b[^>]*>[\s\S]*?<\/w:del>/g, '')).filter((t) => t !== '');
}

/** 拒绝全部修订后的各段文字（去掉插入，删除的字恢复）；空段不算。 */
export function rejectedTexts(documentXml: string): string[] {
  const xml = documentXml
    .replace(/<w:ins\b[^>]*>[\s\S]*?<\/w:ins>/g, '')
    .replace(/<w:delText\b/g, '<w:t')
    .replace(/<\/w:delText>/g, '</w:t>');
  return paragraphTexts(xml).filter((t) => t !== '');
}
