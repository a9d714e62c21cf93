/**
 * 写 .docx：固定部件（docx-parts.ts，来自 docx 库）+ 正文（body-xml.ts）+ 文档属性，拼成 zip。
 * 报告和修订稿走同一条路，只是修订稿的文字段带修订标记。
 */
import { documentTitle, type DocumentModel } from '../model/document-model.js';
import { pageParagraphs, type PageParagraph } from '../model/page-paragraphs.js';
import type { Layout } from '../schema/layout-types.generated.js';
import { escapeXml, stripIllegalXml } from '../text/xml-text.js';
import { bodyXml, type RevisionInfo } from './body-xml.js';
import { docxParts } from './docx-parts.js';
import { metrics } from './layout-metrics.js';
import { paragraphSpecs } from './paragraph-specs.js';
import { writeZip, zipEntry } from './zip-writer.js';

export interface DocumentProperties {
  /** 文档属性里的标题。 */
  title: string;
  /** 作者和最后修改者（默认发文机关，版式里的"作者"可以改）。 */
  author?: string;
  /** 写进文档属性的时间。 */
  now?: Date;
}

/** 一份报告的 .docx（props 不给时：标题取文档的标题，时间取现在）。 */
export async function writeDocx(
  model: DocumentModel,
  layout: Layout,
  props: DocumentProperties = { title: documentTitle(model) },
): Promise<Buffer> {
  const body = bodyXml(paragraphSpecs(pageParagraphs(model.blocks), layout, metrics(layout)));
  return pack(layout, body, props);
}

/** 修订稿：带修订标记的段落（diff/redline.ts）→ .docx。接受全部修订即新一年的文档，拒绝全部即上一年的。 */
export async function writeRedlineDocx(
  paragraphs: readonly PageParagraph[],
  layout: Layout,
  revision: RevisionInfo,
  props: DocumentProperties,
): Promise<Buffer> {
  const body = bodyXml(paragraphSpecs(paragraphs, layout, metrics(layout)), revision);
  return pack(layout, body, props, true);
}

async function pack(layout: Layout, body: string, props: DocumentProperties, trackRevisions = false): Promise<Buffer> {
  const parts = await docxParts(layout);
  const stamp = (props.now ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const author = escapeXml(stripIllegalXml(props.author ?? 'fzbg'));
  const core = parts.core
    .replace(/<dc:title>[\s\S]*?<\/dc:title>/, `<dc:title>${escapeXml(stripIllegalXml(props.title))}</dc:title>`)
    .replace(/<dc:creator>[\s\S]*?<\/dc:creator>/, `<dc:creator>${author}</dc:creator>`)
    .replace(/<cp:lastModifiedBy>[\s\S]*?<\/cp:lastModifiedBy>/, `<cp:lastModifiedBy>${author}</cp:lastModifiedBy>`)
    .replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, `$1${stamp}`);
  // 修订稿打开"修订"：审阅的人接着改，改动也记成修订（CT_Settings 里 trackRevisions 排在 defaultTabStop 之前）。
  const settings = trackRevisions ? parts.settings.replace('<w:defaultTabStop', '<w:trackRevisions/><w:defaultTabStop') : parts.settings;
  return writeZip([
    ...parts.fixed,
    zipEntry('word/settings.xml', settings),
    zipEntry('word/document.xml', parts.head + body + parts.tail),
    zipEntry('docProps/core.xml', core),
  ]);
}
