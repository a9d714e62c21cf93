import { Document, Packer } from 'docx';
import JSZip from 'jszip';
import type { Layout } from '../template/layout.js';
import { metrics } from './layout-metrics.js';
import { withOverflowPunct } from './punctuation-overflow.js';
import { buildStyles } from './styles.js';

/**
 * 给 styles.xml 里每个固定值行距的段落格式加上 <w:snapToGrid w:val="0"/>（不对齐文档网格）。
 *
 * 为什么：文档有"只指定行网格"（Word 的页面设置里显示每页 22 行）。Word 里固定值行距的段落本来就不对齐网格，
 * LibreOffice 却让所有段落对齐网格、不管固定值：一行放不下的字（如 22 磅的标题用替代字体时）占两格，
 * 第一页就少排一行。写明不对齐网格后，两边都只按固定值 579 缇排，每行同高。
 * docx 库的段落样式没有这个选项，所以改写它生成的 styles.xml。
 * CT_PPrBase 里 snapToGrid 紧排在 spacing 之前（之前的元素都在它前面），插在 <w:spacing 前正合次序；
 * 只认带 lineRule="exact" 的 w:spacing（段落行距），不会碰字符间距的 <w:spacing w:val=…/>。
 */
export function withoutGridSnap(stylesXml: string): string {
  return stylesXml.replace(/<w:spacing (?=[^>]*w:lineRule="exact")/g, '<w:snapToGrid w:val="0"/><w:spacing ');
}

const cache = new Map<string, Promise<string>>();

/**
 * 这个版式的 styles.xml（已改好不对齐网格）：每种版式只生成一次，打包时作为覆盖文件交给 docx 库，
 * 不必每份文档打包后再解压、改写、重新压缩。
 */
export function stylesXmlFor(layout: Layout): Promise<string> {
  const key = JSON.stringify(layout);
  let hit = cache.get(key);
  if (!hit) {
    hit = (async () => {
      const doc = new Document({ styles: buildStyles(layout, metrics(layout)), sections: [{ children: [] }] });
      const zip = await JSZip.loadAsync(await Packer.toBuffer(doc));
      return withOverflowPunct(withoutGridSnap(await zip.file('word/styles.xml')!.async('string')));
    })();
    cache.set(key, hit);
  }
  return hit;
}
