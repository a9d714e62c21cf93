import { blockText } from '../model/document-model.js';
import { escapeMarkdown } from '../markdown/escape-markdown.js';
import type { YearDiff } from './compare-years.js';
import type { WordPart } from './diff-words.js';
import { placeLines } from './place-lines.js';

/** 表格里只转义会坏表格、变格式的字（不必转义"99.5"里的点）。 */
const cell = (s: string | undefined) => (s ?? '').replace(/[\\|*_`<>[\]~]/g, (c) => '\\' + c);
const withUnit = (v: string | undefined, unit: string) => (v !== undefined && unit === '%' && v !== '××' ? `${v}%` : v);

/** Markdown：数字表，结构清单，改动的段落里删除的字 ~~删去~~、新增的字 **加粗**。 */
export function formatMarkdown(d: YearDiff): string {
  const words = (parts: readonly WordPart[]) =>
    parts
      .map((p) =>
        p.type === 'equal'
          ? escapeMarkdown(p.text)
          : p.type === 'insert'
            ? `**${escapeMarkdown(p.text)}**`
            : `~~${escapeMarkdown(p.text)}~~`,
      )
      .join('');
  const out = [
    `# ${escapeMarkdown(d.region)} ${d.oldYear}—${d.newYear} 年度对比`,
    '',
    '## 数字',
    '',
    `| 指标 | ${d.oldYear} 年 | ${d.newYear} 年 | 增减 | 同比 | 说明 |`,
    '|---|---|---|---|---|---|',
  ];
  for (const r of d.figures) {
    const note = r.status === '不变' || r.status === '变化' ? '' : r.status + (r.note ? `：${r.note}` : '');
    out.push(
      `| ${cell(r.title)}（${cell(`${r.group}.${r.field}`)}） | ${cell(withUnit(r.old, r.unit))} | ${cell(withUnit(r.new, r.unit))} | ${cell(r.change)} | ${cell(r.yoy)} | ${cell(note)} |`,
    );
  }
  out.push('', '## 结构', '');
  if (d.structure.length === 0) out.push('没有变化。');
  for (const s of d.structure) out.push(`- ${escapeMarkdown(s.summary)}${placeLines(s)}`);
  out.push('', '## 文字', '', '删除的字~~删去~~，新增的字**加粗**。', '');
  const changed = d.blocks.filter((b) => b.type !== 'equal' && b.type !== 'renumbered');
  if (changed.length === 0) out.push('没有变化。');
  for (const b of changed) {
    if (b.type === 'change') out.push(words(b.parts), '');
    else if (b.type === 'insert') out.push(`**${escapeMarkdown(blockText(b.new))}**`, '');
    else if (b.type === 'delete') out.push(`~~${escapeMarkdown(blockText(b.old))}~~`, '');
  }
  return out.join('\n') + '\n';
}
