import { at } from '../core/at.js';
import type { DraftEnumeration } from './draft.js';
import type { ImportNotes, NotePath } from './import-notes.js';
import { enumerationStart, splitGappedEnumeration, splitInlineEnumeration } from './recognise-enumeration.js';
import type { SourceLine } from './source-line.js';
import type { Para } from './structure-node.js';

/** 一段正文：认出段首的"一是"、段中的"一是……二是……"（或跳了号的"一是……三是……"）和段首加粗。 */
export function toPara(text: string, line: SourceLine): Para {
  const p: Para = { text, line };
  const start = enumerationStart(text);
  if (start) p.start = { n: start.n, prefix: start.prefix };
  const inline = splitInlineEnumeration(text);
  if (inline) p.inline = inline;
  else {
    const gapped = splitGappedEnumeration(text);
    if (gapped) p.gapped = gapped;
  }
  if (line.boldLead && text.startsWith(line.boldLead)) p.bold = line.boldLead;
  return p;
}

/** 原文的列举跳了号（漏了"二是"）：照原文的序号导入，要提醒。 */
export interface EnumerationGap {
  line: SourceLine;
  found: string[];
  missing: string[];
}

export interface Arranged {
  before: string[];
  enumeration?: DraftEnumeration;
  after: string[];
  gaps: EnumerationGap[];
}

/** 一章（或一个事项）里的几组列举：第一组是它自己的要点，后面的各成一个不带标题的事项（不编号，生成的文字不变）。 */
export interface ArrangedLists {
  before: string[];
  enumeration?: DraftEnumeration;
  more: { 内容: string[]; 要点: DraftEnumeration }[];
  after: string[];
  gaps: EnumerationGap[];
}

interface Candidate {
  from: number;
  to: number;
  enumeration: DraftEnumeration;
  lead?: string;
  note?: string;
  gap?: EnumerationGap;
}

/** 段落里的各组列举，按先后，互不重叠。 */
function findCandidates(paras: Para[]): Candidate[] {
  const candidates: Candidate[] = [];
  for (let i = 0; i < paras.length; i++) {
    const p = at(paras, i);
    // 各成一段的"一是""二是"……（某一条里嵌着"一是……二是……"不要紧；段首就是"一是……二是……"的是连写）
    if (p.start?.n === 1 && p.inline?.lead !== '') {
      const { prefix } = p.start;
      let j = i + 1;
      while (j < paras.length && at(paras, j).start?.n === j - i + 1 && at(paras, j).start?.prefix === prefix) j++;
      if (j - i >= 2) {
        // 这几段的前缀都是 prefix（上面逐段查过）
        candidates.push({
          from: i,
          to: j,
          enumeration: {
            前缀: prefix,
            样式: '分段',
            条目: paras.slice(i, j).map((q) => q.text.slice(q.text.indexOf(prefix.slice(1)) + 1)),
          },
        });
        i = j - 1;
        continue;
      }
      // 各成一段、跳了号的（"一是……""三是……"）：照原文的序号。
      const run = gappedRun(paras, i, p.start);
      if (run) {
        candidates.push(run);
        i = run.to - 1;
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
    if (p.gapped && (p.gapped.lead !== '' || i === 0)) {
      candidates.push({
        from: i,
        to: i + 1,
        lead: p.gapped.lead,
        enumeration: { 前缀: '无', 样式: '连写', 条目: p.gapped.items },
        gap: { line: p.line, found: p.gapped.found, missing: p.gapped.missing },
      });
      continue;
    }
    if (p.bold) {
      let j = i + 1;
      while (j < paras.length && at(paras, j).bold) j++;
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
  return candidates;
}

/** 从第 i 段（段首序号 first）起、段首序号递增但跳了号的几段（至少两段）。 */
function gappedRun(paras: Para[], i: number, first: NonNullable<Para['start']>): Candidate | undefined {
  const numbers = [first.n];
  let last = first.n;
  for (let j = i + 1; j < paras.length; j++) {
    const s = at(paras, j).start;
    if (!s || s.prefix !== first.prefix || s.n <= last || s.n > last + 2) break;
    numbers.push(s.n);
    last = s.n;
  }
  if (numbers.length < 2) return undefined;
  const j = i + numbers.length;
  const suffix = first.prefix.slice(1);
  const name = (n: number) => ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'][n] + suffix;
  const missing: string[] = [];
  for (let n = 1; n < last; n++) if (!numbers.includes(n)) missing.push(name(n));
  return {
    from: i,
    to: j,
    enumeration: { 前缀: '无', 样式: '分段', 条目: paras.slice(i, j).map((q) => q.text) },
    gap: { line: at(paras, i).line, found: numbers.map(name), missing },
  };
}

const texts = (paras: Para[], from: number, to: number) => paras.slice(from, to).map((p) => p.text);

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
  const candidates = findCandidates(paras);
  const valid = candidates.filter((c) => c.to === paras.length || (where === 'chapter' && !hasChildren));
  const chosen = valid.sort((a, b) => b.to - b.from - (a.to - a.from) || b.from - a.from)[0];
  if (!chosen) return { before: texts(paras, 0, paras.length), after: [], gaps: [] };
  if (chosen.note) notes.add([...path, '要点'], chosen.note);
  const before = texts(paras, 0, chosen.from);
  if (chosen.lead) before.push(chosen.lead);
  return { before, enumeration: chosen.enumeration, after: texts(paras, chosen.to, paras.length), gaps: chosen.gap ? [chosen.gap] : [] };
}

/**
 * 没有下级事项的章（或标题单列的事项）里的段落：每一组列举都认出来。第一组是它的要点；后面的每组连同
 * 它前面的段落成一个不带标题的事项（生成时不编号，文字不变）；最后一组之后的段落是结语。
 */
export function arrangeAllLists(paras: Para[], path: NotePath, notes: ImportNotes): ArrangedLists {
  const candidates = findCandidates(paras);
  const [first, ...rest] = candidates;
  if (!first) return { before: texts(paras, 0, paras.length), more: [], after: [], gaps: [] };
  const noteAt = (c: Candidate, at: NotePath) => c.note && notes.add(at, c.note);
  noteAt(first, [...path, '要点']);
  const before = [...texts(paras, 0, first.from), ...(first.lead ? [first.lead] : [])];
  const more: ArrangedLists['more'] = [];
  let from = first.to;
  rest.forEach((c, k) => {
    noteAt(c, [...path, '事项', k, '要点']);
    more.push({ 内容: [...texts(paras, from, c.from), ...(c.lead ? [c.lead] : [])], 要点: c.enumeration });
    from = c.to;
  });
  return {
    before,
    enumeration: first.enumeration,
    more,
    after: texts(paras, from, paras.length),
    gaps: candidates.flatMap((c) => (c.gap ? [c.gap] : [])),
  };
}
