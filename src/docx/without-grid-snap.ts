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
