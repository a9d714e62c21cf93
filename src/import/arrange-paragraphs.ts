import type { DraftEnumeration } from './draft.js';
import type { ImportNotes, NotePath } from './import-notes.js';
import { enumerationStart, splitInlineEnumeration } from './recognise-enumeration.js';
import type { SourceLine } from './source-line.js';
import type { Para } from './structure-node.js';

/** 一段正文：认出段首的"一是"、段中的"一是……二是……"和段首加粗。 */
export function toPara(text: string, line: SourceLine): Para {
  const p: Para = { text, line };
  const start = enumerationStart(text);
  if (start) p.start = { n: start.n, prefix: start.prefix };
  const inline = splitInlineEnumeration(text);
  if (inline) p.inline = inline;
  if (line.boldLead && text.startsWith(line.boldLead)) p.bold = line.boldLead;
  return p;
}

export interface Arranged {
  before: string[];
  enumeration?: DraftEnumeration;
  after: string[];
}

/**
 * 一个事项（或章）里的段落 → 内容、要点、结语。数据格式里要点只有一处、在内容之后（章还可以有结语），
 * 排不进这个次序的列举照原文留作内容，生成的文字不变。
 */
export function arrangeParagraphs(
  paras: Para[],
  where: 'item' | 'chapter',
  hasChildren: boolean,
  path: NotePath,
  notes: ImportNotes,
): Arranged {
  type Candidate = { from: number; to: number; enumeration: DraftEnumeration; lead?: string; note?: string };
  const candidates: Candidate[] = [];
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i];
    // 各成一段的"一是""二是"……（某一条里嵌着"一是……二是……"不要紧；段首就是"一是……二是……"的是连写）
    if (p.start?.n === 1 && p.inline?.lead !== '') {
      let j = i + 1;
      while (j < paras.length && paras[j].start?.n === j - i + 1 && paras[j].start?.prefix === p.start.prefix) j++;
      if (j - i >= 2) {
        candidates.push({
          from: i,
          to: j,
          enumeration: {
            前缀: p.start.prefix,
            样式: '分段',
            条目: paras.slice(i, j).map((q) => q.text.slice(q.text.indexOf(q.start!.prefix.slice(1)) + 1)),
          },
        });
        i = j - 1;
        continue;
      }
    }
    if (p.inline && (p.inline.lead !== '' || i === 0)) {
      candidates.push({
        from: i,
        to: i + 1,
        lead: p.inline.lead,
        enumeration: { 前缀: p.inline.prefix, 样式: '连写', 条目: p.inline.items },
      });
      continue;
    }
    if (p.bold) {
      let j = i + 1;
      while (j < paras.length && paras[j].bold) j++;
      if (j - i >= 2) {
        candidates.push({
          from: i,
          to: j,
          enumeration: { 前缀: '无', 样式: '分段', 条目: paras.slice(i, j).map((q) => q.text) },
          note: `原文这几段以加粗的小标题开头、没有编号：${paras
            .slice(i, j)
            .map((q) => q.bold)
            .join('、')}`,
        });
        i = j - 1;
      }
    }
  }
  const valid = candidates.filter((c) => c.to === paras.length || (where === 'chapter' && !hasChildren));
  const chosen = valid.sort((a, b) => b.to - b.from - (a.to - a.from) || b.from - a.from)[0];
  const texts = (from: number, to: number) => paras.slice(from, to).map((p) => p.text);
  if (!chosen) return { before: texts(0, paras.length), after: [] };
  if (chosen.note) notes.add([...path, '要点'], chosen.note);
  const before = texts(0, chosen.from);
  if (chosen.lead) before.push(chosen.lead);
  return { before, enumeration: chosen.enumeration, after: texts(chosen.to, paras.length) };
}
