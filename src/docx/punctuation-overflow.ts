/**
 * 满行之后的标点（第 29 个字是 ，。、 之类）不能丢：在 styles.xml 的文档默认段落格式里明写 <w:overflowPunct/>。
 *
 * 量出来的原因（LibreOffice 7.4，tests/pdf-punctuation.test.ts）：
 * - 不写这个元素时（Word 的默认值"允许标点溢出边界"，ISO/IEC 29500 §17.3.1.21），LibreOffice 也悬挂标点；
 *   但在两端对齐、字距为负（−0.25 磅，28 字放得下的那个字距）、从版心左边排起的满行后，悬挂的标点它不画：
 *   PDF 的内容流里那一行只有 28 个字形，文字层和页面上都没有这个标点（首行缩进的第一行、左对齐、字距为 0 时都画得出来）。
 *   南昌县 .md 里 652 个标点，PDF 里 642 个。
 * - LibreOffice 读 .docx 时把这个开关读反了（writerfilter 的 DomainMapper：overflowPunct 为真 → 段落"不悬挂标点"）。
 *   写明 <w:overflowPunct/> 后它不悬挂，按换行禁则把标点连同前一个字移到下一行，本行 27 个字两端对齐——公文允许的排法。
 *   写 w:val="0" 反而是"悬挂"，所以 issue 里试的 overflowPunct=0 没用。
 * - Word 按标准读：为真正是它的默认值，Word 里的排法不变（满行后的标点挤在行末、伸出版心少许，看得见）。
 *
 * 哪天 LibreOffice 改正了读法，这里就又是"悬挂"；那个测试逐个标点核对 PDF，会先报出来。
 * docx 库的默认段落格式（IParagraphStylePropertiesOptions）没有这个选项的类型，所以改写它生成的 styles.xml。
 * CT_PPrBase 里 overflowPunct 排在 snapToGrid、spacing 之前，插在默认段落格式的最前面正合次序。
 */
const DEFAULT_PPR = '<w:pPrDefault><w:pPr>';

export function withOverflowPunct(stylesXml: string): string {
  if (!stylesXml.includes(DEFAULT_PPR)) throw new Error('styles.xml 里没有文档默认段落格式（<w:pPrDefault><w:pPr>）');
  return stylesXml.replace(DEFAULT_PPR, `${DEFAULT_PPR}<w:overflowPunct/>`);
}
