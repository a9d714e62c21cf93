/* 样式 id 单独放：写正文只要 id，不必加载 docx 库（styles.ts 用 docx 库的类型和常量生成样式表）。 */
/** 公文各部分的段落样式 id。 */
export const STYLE = {
  title: 'GwTitle',
  body: 'GwBody',
  heading: ['GwHeading1', 'GwHeading2', 'GwHeading3', 'GwHeading4'],
  addressee: 'GwAddressee',
  signature: 'GwSignature',
  date: 'GwDate',
  note: 'GwNote',
  pageNumber: 'GwPageNumber',
} as const;
