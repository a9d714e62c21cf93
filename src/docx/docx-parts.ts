/**
 * .docx 的固定部件（样式、页脚、设置、主题……）来自 docx 库：每种版式用它生成一次空文档，拆开留着。
 * 每份文档只写正文（body-xml.ts）和文档属性，与这些部件拼成 zip。标准版式的部件在构建时生成好
 * （scripts/precompile.ts），冷启动时不必加载 docx 库。
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import type { Layout } from '../schema/layout-types.generated.js';
import { PRECOMPILED_DIR } from '../validate/validate-schema.js';
import { zipEntry, type ZipEntry } from './zip-writer.js';

export interface DocxParts {
  /** 固定的部件，已压缩（document.xml 和 docProps/core.xml 除外）。 */
  fixed: ZipEntry[];
  /** document.xml 里 <w:body> 之前（含）的部分。 */
  head: string;
  /** 从 <w:sectPr 起到末尾。 */
  tail: string;
  /** docProps/core.xml（标题、作者、时间每份替换）。 */
  core: string;
  /** word/settings.xml（修订稿要打开"修订"）。 */
  settings: string;
}

/** 构建时为标准模板的版式生成好的部件（scripts/precompile.ts 写入）。 */
export const PRECOMPILED_PARTS = 'docx-parts.json';

/** 影响文档部件的版式设置（编号写法、发布截止之类不影响）。 */
export function partsKey(layout: Layout): string {
  const { 纸张, 页边距, 每页行数, 每行字数, 字体, 字号, 加粗, 首行缩进 } = layout;
  return JSON.stringify({ 纸张, 页边距, 每页行数, 每行字数, 字体, 字号, 加粗, 首行缩进 });
}

const cache = new Map<string, Promise<DocxParts>>();

export function docxParts(layout: Layout): Promise<DocxParts> {
  const key = partsKey(layout);
  let hit = cache.get(key);
  if (!hit) {
    hit = (async () => splitParts(readPrecompiledParts(key) ?? (await libraryParts(layout))))();
    cache.set(key, hit);
  }
  return hit;
}

/** 用 docx 库生成这个版式的空文档，拆成各个部件（文字）。 */
export async function libraryParts(layout: Layout): Promise<Record<string, string>> {
  const { emptyDocument } = await import('./empty-document.js');
  const files = unzipSync(await emptyDocument(layout));
  return Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strFromU8(v)]));
}

const PER_DOCUMENT = new Set(['word/document.xml', 'docProps/core.xml', 'word/settings.xml']);

function splitParts(files: Record<string, string>): DocxParts {
  const doc = files['word/document.xml'] ?? '';
  const bodyStart = doc.indexOf('<w:body>') + '<w:body>'.length;
  // [Content_Types].xml 放在最前（习惯），其余按 docx 库的顺序。
  const names = Object.keys(files).sort((a, b) => Number(b === '[Content_Types].xml') - Number(a === '[Content_Types].xml'));
  return {
    fixed: names.filter((n) => !PER_DOCUMENT.has(n)).map((n) => zipEntry(n, strToU8(files[n] ?? ''))),
    head: doc.slice(0, bodyStart),
    tail: doc.slice(doc.indexOf('<w:sectPr', bodyStart)),
    core: files['docProps/core.xml'] ?? '',
    settings: files['word/settings.xml'] ?? '',
  };
}

function readPrecompiledParts(key: string): Record<string, string> | undefined {
  const file = join(PRECOMPILED_DIR, PRECOMPILED_PARTS);
  if (!existsSync(file)) return undefined;
  const stored = JSON.parse(readFileSync(file, 'utf8')) as { key: string; files: Record<string, string> };
  return stored.key === key ? stored.files : undefined;
}
