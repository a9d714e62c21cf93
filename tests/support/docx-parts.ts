import { strFromU8, unzipSync } from 'fflate';

/** .docx 里的几个 XML 部件。 */
export async function docxParts(docx: Uint8Array) {
  const files = unzipSync(docx);
  const read = (name: string) => Promise.resolve(files[name] ? strFromU8(files[name]) : '');
  const rels = await read('word/_rels/document.xml.rels');
  const footerFor = async (type: string) => {
    const doc = await read('word/document.xml');
    const id = new RegExp(`<w:footerReference w:type="${type}" r:id="(\\w+)"`).exec(doc)?.[1];
    const target = id
      ? (new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1])
      : undefined;
    return target ? read(`word/${target}`) : '';
  };
  return {
    document: await read('word/document.xml'),
    styles: await read('word/styles.xml'),
    settings: await read('word/settings.xml'),
    oddFooter: await footerFor('default'),
    evenFooter: await footerFor('even'),
    all: (
      await Promise.all(
        Object.keys(files)
          .filter((n) => n.endsWith('.xml'))
          .map(read),
      )
    ).join('\n'),
  };
}

/** styles.xml 里某个样式的 XML。 */
export function styleXml(styles: string, id: string): string {
  return new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? '';
}

export function attr(xml: string, element: string, name: string): string | undefined {
  return new RegExp(`<${element}\\b[^>]*\\b${name}="([^"]*)"`).exec(xml)?.[1];
}
