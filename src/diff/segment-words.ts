/** 中文分词（Intl.Segmenter，按词而不是按字），用来逐词比较两年的文字。 */
const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/** 一次交给分词器的最长一段：ICU 的中文分词在很长的、没有标点的一串汉字上慢得超过平方（二十万字要一分钟以上）。 */
const CHUNK = 400;

export function segmentWords(text: string): string[] {
  const out: string[] = [];
  // 先在标点后切开（词不会跨标点），再把仍然过长的一段按 CHUNK 字硬切（真实的文字很少四百字没有标点）。
  for (const sentence of text.split(/(?<=[，。；：！？、,.;:!?\n])/)) {
    for (let at = 0; at < sentence.length; at += CHUNK) {
      for (const s of segmenter.segment(sentence.slice(at, at + CHUNK))) out.push(s.segment);
    }
  }
  return out;
}
