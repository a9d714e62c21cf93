/**
 * 快速写 .docx：docx 库每份文档都要把整套 XML（样式、页脚、设置……）重新生成、重新压缩，
 * 一份要 9 毫秒左右，是批量生成里最慢的一步。这里每种版式只用 docx 库生成一次空文档，
 * 把它的各个部件压缩好留着；每份报告只写正文（word/document.xml 的 <w:body>）和文档属性，压缩后拼成 zip（zip-writer.ts）。
 * 段落的样式、缩进、字体都来自与 docx 库共用的 paragraphSpecs，写出的 XML 与 docx 库的一字不差
 * （tests/fast-docx.test.ts 逐份核对）。修订稿仍用 docx 库（write-docx.ts）。
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { PRECOMPILED_DIR } from '../validate/validate-schema.js';
import { blockRuns, type DocumentModel } from '../model/document-model.js';
import type { Layout } from '../template/layout.js';
import { metrics } from './layout-metrics.js';
import { paragraphSpecs, type ParagraphSpec, type RunSpec } from './paragraph-specs.js';
import { stripIllegalXml } from './xml-text.js';
import { writeZip, zipEntry, type ZipEntry } from './zip-writer.js';

interface Parts {
  /** 固定的部件，已压缩（document.xml 和 docProps/core.xml 除外）。 */
  fixed: ZipEntry[];
  /** document.xml 里 <w:body> 之前（含）的部分。 */
  head: string;
  /** 从 <w:sectPr 起到末尾。 */
  tail: string;
  core: string;
}

const cache = new Map<string, Promise<Parts>>();

/** 影响文档部件的版式设置（编号写法、发布截止之类不影响）。 */
export function partsKey(layout: Layout): string {
  const { 纸张, 页边距, 每页行数, 每行字数, 字体, 字号, 加粗, 首行缩进 } = layout;
  return JSON.stringify({ 纸张, 页边距, 每页行数, 每行字数, 字体, 字号, 加粗, 首行缩进 });
}

/** 构建时为标准模板的版式生成好的部件（scripts/precompile.ts 写入），省得冷启动时加载 docx 库。 */
export const PRECOMPILED_PARTS = 'docx-parts.json';

function partsFor(layout: Layout): Promise<Parts> {
  const key = partsKey(layout);
  let hit = cache.get(key);
  if (!hit) {
    hit = (async () => {
      const stored = readPrecompiledParts(key);
      if (stored) return stored;
      return splitParts(unzipSync(await emptyDocx(layout)));
    })();
    cache.set(key, hit);
  }
  return hit;
}

/** 用 docx 库生成这个版式的空文档（部件的来源）。 */
export async function emptyDocx(layout: Layout): Promise<Buffer> {
  const { writeDocxBufferWithLibrary } = await import('./write-docx.js');
  return writeDocxBufferWithLibrary({ blocks: [] }, layout);
}

const PER_DOCUMENT = new Set(['word/document.xml', 'docProps/core.xml']);

function splitParts(files: Record<string, Uint8Array>): Parts {
  const doc = strFromU8(files['word/document.xml']);
  const bodyStart = doc.indexOf('<w:body>') + '<w:body>'.length;
  // [Content_Types].xml 放在最前（习惯），其余按 docx 库的顺序。
  const names = Object.keys(files).sort((a, b) => Number(b === '[Content_Types].xml') - Number(a === '[Content_Types].xml'));
  return {
    fixed: names.filter((n) => !PER_DOCUMENT.has(n)).map((n) => zipEntry(n, files[n])),
    head: doc.slice(0, bodyStart),
    tail: doc.slice(doc.indexOf('<w:sectPr', bodyStart)),
    core: strFromU8(files['docProps/core.xml']),
  };
}

/** 预编译部件的内容：{ key, files: {路径: 文字} }。 */
export function serialiseParts(key: string, docx: Uint8Array): string {
  const files = unzipSync(docx);
  return JSON.stringify({ key, files: Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strFromU8(v)])) });
}

function readPrecompiledParts(key: string): Parts | undefined {
  const file = join(PRECOMPILED_DIR, PRECOMPILED_PARTS);
  if (process.env.FZBG_NO_PRECOMPILED || !existsSync(file)) return undefined;
  const stored = JSON.parse(readFileSync(file, 'utf8')) as { key: string; files: Record<string, string> };
  if (stored.key !== key) return undefined;
  return splitParts(Object.fromEntries(Object.entries(stored.files).map(([k, v]) => [k, strToU8(v)])));
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
export const escapeXml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]);

function runXml(r: RunSpec): string {
  if (r.revision) throw new Error('快速写法不写修订：修订稿用 write-docx.ts');
  let props = '';
  if (r.font) {
    const f = escapeXml(r.font);
    props += `<w:rFonts w:ascii="${f}" w:cs="${f}" w:eastAsia="${f}" w:hAnsi="${f}"/>`;
  }
  if (r.bold !== undefined) props += r.bold ? '<w:b/><w:bCs/>' : '<w:b w:val="false"/><w:bCs w:val="false"/>';
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}${r.breakBefore ? '<w:br/>' : ''}<w:t xml:space="preserve">${escapeXml(stripIllegalXml(r.text))}</w:t></w:r>`;
}

export function paragraphXml(p: ParagraphSpec): string {
  let props = `<w:pStyle w:val="${p.style}"/>`;
  if (p.keepNext) props += '<w:keepNext/>';
  if (p.spacingBefore !== undefined) props += `<w:spacing w:before="${p.spacingBefore}"/>`;
  if (p.indent)
    props += `<w:ind w:left="${p.indent.left}"${p.indent.right !== undefined ? ` w:right="${p.indent.right}"` : ''} w:firstLine="${p.indent.firstLine}"/>`;
  if (p.alignRight) props += '<w:jc w:val="right"/>';
  return `<w:p><w:pPr>${props}</w:pPr>${p.runs.map(runXml).join('')}</w:p>`;
}

/** 正文的 XML（<w:body> 里、<w:sectPr> 之前的部分）。 */
export function bodyXml(model: DocumentModel, layout: Layout): string {
  return paragraphSpecs(
    model.blocks.map((b) => ({ style: b, runs: blockRuns(b) })),
    layout,
    metrics(layout),
  )
    .map(paragraphXml)
    .join('');
}

/** .docx 文件的字节。 */
export async function writeDocxBuffer(model: DocumentModel, layout: Layout, now = new Date()): Promise<Buffer> {
  // 基准测试（scripts/bench.ts）用它在同一次运行里对照 docx 库的写法。
  if (process.env.FZBG_DOCX_WRITER === 'library') return (await import('./write-docx.js')).writeDocxBufferWithLibrary(model, layout);
  const parts = await partsFor(layout);
  const title = model.blocks.find((b) => b.kind === 'title');
  const stamp = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const core = parts.core
    .replace(
      /<dc:title>[\s\S]*?<\/dc:title>/,
      `<dc:title>${escapeXml(title && 'text' in title ? stripIllegalXml(title.text) : '法治政府建设情况报告')}</dc:title>`,
    )
    .replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, `$1${stamp}`);
  return writeZip([
    ...parts.fixed,
    zipEntry('word/document.xml', parts.head + bodyXml(model, layout) + parts.tail),
    zipEntry('docProps/core.xml', core),
  ]);
}
