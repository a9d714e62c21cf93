import { blockText } from '../model/document-model.js';
import type { YearDiff } from './compare-years.js';
import type { WordPart } from './diff-words.js';
import { placeLines } from './place-lines.js';

/** 比率在表里带上 %（待填的 ×× 不带）。 */
const withUnit = (v: string | undefined, unit: string) => (v !== undefined && unit === '%' && v !== '××' ? `${v}%` : v);
const esc = (s: string | undefined) => (s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** 自成一体的 HTML 页面（样式写在页面里，不引用外部文件）：数字表、结构、逐段的修订。 */
export function formatHtml(d: YearDiff): string {
  const words = (parts: readonly WordPart[]) =>
    parts
      .map((p) => (p.type === 'equal' ? esc(p.text) : p.type === 'insert' ? `<ins>${esc(p.text)}</ins>` : `<del>${esc(p.text)}</del>`))
      .join('');
  const rows = d.figures
    .map(
      (r) =>
        `<tr class="${r.status}"><td>${esc(r.title)}<br><small>${esc(`${r.group}.${r.field}`)}</small></td><td>${esc(withUnit(r.old, r.unit))}</td><td>${esc(withUnit(r.new, r.unit))}</td><td>${esc(r.change)}</td><td>${esc(r.yoy)}</td><td>${r.status === '不变' || r.status === '变化' ? '' : esc(r.status + (r.note ? `：${r.note}` : ''))}</td></tr>`,
    )
    .join('\n');
  const structure = d.structure
    .map((s) => `<li class="${esc(s.kind)}">${esc(s.summary)}<small>${esc(placeLines(s))}</small></li>`)
    .join('\n');
  const text = d.blocks
    .map((b) => {
      if (b.type === 'equal' || b.type === 'renumbered') return `<p class="same">${esc(blockText(b.new))}</p>`;
      if (b.type === 'change') return `<p class="changed">${words(b.parts)}</p>`;
      if (b.type === 'insert') return `<p class="changed"><ins>${esc(blockText(b.new))}</ins></p>`;
      return `<p class="changed"><del>${esc(blockText(b.old))}</del></p>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(d.region)} ${d.oldYear}—${d.newYear} 年度对比</title>
<style>
body{font-family:"仿宋_GB2312","FangSong","Noto Serif CJK SC",serif;max-width:48em;margin:2em auto;line-height:1.8;color:#000}
h1{font-family:"方正小标宋简体","Noto Serif CJK SC",serif;text-align:center;font-weight:normal}
h2{font-family:"黑体","SimHei","Noto Sans CJK SC",sans-serif;font-weight:normal}
table{border-collapse:collapse;width:100%;font-size:.9em}td,th{border:1px solid #999;padding:.2em .5em;vertical-align:top}
tr.新增{background:#e6ffe6}tr.去掉{background:#ffe6e6}tr.口径不同,tr.不可比{background:#fff6d5}tr.不变{color:#666}
ins{color:#060;background:#e6ffe6;text-decoration:underline}del{color:#a00;background:#ffe6e6}
p{text-indent:2em;margin:.3em 0}p.same{color:#666}
</style></head><body>
<h1>${esc(d.region)} ${d.oldYear}—${d.newYear} 年度对比</h1>
<h2>一、数字</h2>
<table><tr><th>指标</th><th>${d.oldYear} 年</th><th>${d.newYear} 年</th><th>增减</th><th>同比</th><th>说明</th></tr>
${rows}
</table>
<h2>二、结构</h2>
${structure ? `<ul>\n${structure}\n</ul>` : '<p>没有变化。</p>'}
<h2>三、文字</h2>
${text}
</body></html>
`;
}
