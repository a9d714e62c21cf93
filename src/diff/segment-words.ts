/** 中文分词（Intl.Segmenter，按词而不是按字），用来逐词比较两年的文字。 */
const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

export function segmentWords(text: string): string[] {
  const out: string[] = [];
  for (const s of segmenter.segment(text)) out.push(s.segment);
  return out;
}
