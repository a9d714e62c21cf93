import { strFromU8, unzipSync } from 'fflate';

/** .docx 里 word/document.xml 的原文。 */
export async function readDocumentXml(docx: Uint8Array): Promise<string> {
  const file = unzipSync(docx)['word/document.xml'];
  if (!file) throw new Error('不是 Word 文档：没有 word/document.xml');
  return Promise.resolve(strFromU8(file));
}

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&apos;': "'" };

function decodeXml(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos);|&#(\d+);|&#x([0-9a-fA-F]+);/g, (m, _n, dec, hex) =>
    dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : (ENTITIES[m] ?? m),
  );
}

/** document.xml 正文里各段的文字，按顺序（页眉页脚不在其中）。修订里删除的文字（w:delText）不算。 */
export function paragraphTexts(documentXml: string): string[] {
  const body = documentXml.slice(documentXml.indexOf('<w:body'));
  const out: string[] = [];
  for (const p of body.match(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g) ?? []) {
    let text = '';
    for (const m of p.matchAll(/<w:t(?: [^>]*)?>([\s\S]*?)<\/w:t>|<w:tab\/>/g)) text += m[1] !== undefined ? decodeXml(m[1]) : '\t';
    out.push(text);
  }
  return out;
}
