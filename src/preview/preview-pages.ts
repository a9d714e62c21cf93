/**
 * 网页预览：文档模型 → 一页一页的 HTML（A4、页边距、每页 22 行、每行 28 字、各级字体、页码），
 * 与 .docx 同一份段落版式、同一套版面数字；行和页在这里算好，浏览器只照着摆。
 * 每一截文字带着它来自的块（data-b），点击预览时由块找回数据文件的行。
 * 办事员的文字一律转义：< & " 照原样显示。
 */
import type { Metrics } from '../docx/layout-metrics.js';
import type { DocumentModel } from '../model/document-model.js';
import type { Layout } from '../schema/layout-types.generated.js';
import { paginate, type PlacedLine } from './paginate.js';
import { previewLines } from './preview-lines.js';
import { previewCss } from './preview-css.js';

export interface PreviewPages {
  /** 每页一段 HTML（浏览器只替换变了的页）。 */
  pages: string[];
  /** 这份版式的尺寸和字体（页面、版心、行距、字号、字距、各级字体）。 */
  css: string;
}

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
/** 缇 → 磅，保留两位小数。 */
const pt = (twips: number) => `${Math.round(twips * 5) / 100}pt`;

export function previewPages(model: DocumentModel, layout: Layout): PreviewPages {
  const { lines, metrics } = previewLines(model, layout);
  const pages = paginate(lines, layout.每页行数).map((page, i) => pageHtml(page, i + 1, metrics));
  return { pages, css: previewCss(layout, metrics) };
}

function pageHtml(page: readonly PlacedLine[], n: number, m: Metrics): string {
  const body = page
    .map(({ line, gap }) => {
      const style = [line.left ? `padding-left:${pt(line.left)}` : '', line.right ? `padding-right:${pt(line.right)}` : '']
        .filter(Boolean)
        .join(';');
      const spans = line.pieces
        .map((p) => `<span class="${p.cls}"${p.block >= 0 ? ` data-b="${p.block}"` : ''}>${esc(p.text)}</span>`)
        .join('');
      const cls = `ln a-${line.align[0] ?? 'l'}${line.size === m.titleSize ? ' big' : ''}`;
      return '<div class="gap"></div>'.repeat(gap) + `<div class="${cls}"${style ? ` style="${style}"` : ''}>${spans}</div>`;
    })
    .join('');
  return `<div class="vx">${body}</div><div class="pn ${n % 2 ? 'odd' : 'even'}">— ${n} —</div>`;
}
