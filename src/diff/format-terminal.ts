import { blockText } from '../model/document-model.js';
import type { YearDiff } from './compare-years.js';
import type { WordPart } from './diff-words.js';
import { placeLines } from './place-lines.js';

const C = { red: '\x1b[31m', green: '\x1b[32m', dim: '\x1b[2m', bold: '\x1b[1m', strike: '\x1b[9m', under: '\x1b[4m', reset: '\x1b[0m' };

/** 终端输出：有颜色时删除的字红色带删除线、新增的绿色带下划线；没有颜色时写成 [-删除-]{+新增+}。 */
export function formatTerminal(d: YearDiff, color: boolean): string {
  const paint = (style: string, s: string) => (color ? style + s + C.reset : s);
  const del = (s: string) => (color ? paint(C.red + C.strike, s) : `[-${s}-]`);
  const ins = (s: string) => (color ? paint(C.green + C.under, s) : `{+${s}+}`);
  const words = (parts: readonly WordPart[]) =>
    parts.map((p) => (p.type === 'equal' ? p.text : p.type === 'insert' ? ins(p.text) : del(p.text))).join('');
  const out: string[] = [paint(C.bold, `${d.region} ${d.oldYear} → ${d.newYear} 年度对比`), ''];

  out.push(paint(C.bold, '一、数字'));
  const rows = d.figures.filter((r) => r.status !== '不变');
  const same = d.figures.length - rows.length;
  if (rows.length === 0) out.push('  没有变化。');
  else if (same) out.push(`  （另有 ${same} 个数字与上年相同，--format md 可看全表）`);
  for (const r0 of rows) {
    const pct = (v: string | undefined) => (v !== undefined && r0.unit === '%' && v !== '××' ? `${v}%` : v);
    const r = { ...r0, old: pct(r0.old), new: pct(r0.new) };
    const name = `${r.group}.${r.field}（${r.title}）`;
    if (r.status === '新增') out.push(`  ${ins('新增')} ${name}：${r.new}`);
    else if (r.status === '去掉') out.push(`  ${del('去掉')} ${name}：原为 ${r.old}`);
    else if (r.status === '变化') out.push(`  ${name}：${r.old} → ${r.new}，${r.change}，${r.yoy}`);
    else out.push(`  ${name}：${r.old} → ${r.new}（${r.status}：${r.note}）`);
  }
  out.push('', paint(C.bold, '二、结构'));
  if (d.structure.length === 0) out.push('  没有变化。');
  for (const s of d.structure) {
    const text = s.kind === '新增' ? ins(s.summary) : s.kind === '删除' ? del(s.summary) : s.summary;
    out.push(`  ${text}${paint(C.dim, placeLines(s))}`);
  }
  out.push('', paint(C.bold, '三、文字'));
  const changed = d.blocks.filter((b) => b.type !== 'equal' && b.type !== 'renumbered');
  const renumbered = d.blocks.filter((b) => b.type === 'renumbered').length;
  if (changed.length === 0) out.push('  没有变化。');
  for (const b of changed) {
    if (b.type === 'change') out.push(`  ${words(b.parts)}`);
    else if (b.type === 'insert') out.push(`  ${ins(blockText(b.new))}`);
    else if (b.type === 'delete') out.push(`  ${del(blockText(b.old))}`);
  }
  if (renumbered) out.push(paint(C.dim, `  （另有 ${renumbered} 段文字没变、只是编号随前后的增删变了）`));
  return out.join('\n') + '\n';
}
