/**
 * 章和事项的增、删、移动、改标题：章按类别和标题相似度对齐，事项在对齐的章里按标题相似度对齐；
 * 在原来的章里找不到的事项再到别的章里找（移到了别的章）。
 */
import { textSimilarity } from '../compare/text-similarity.js';
import type { Report } from '../schema/report-types.generated.js';

export type StructureChangeKind = '新增' | '删除' | '移动' | '改标题';

export interface StructureChange {
  kind: StructureChangeKind;
  /** 1 为章，2—4 为各级事项。 */
  level: number;
  oldTitle?: string;
  newTitle?: string;
  /** 所在的章（新的一年；删除时为旧的一年）。 */
  chapter?: string;
  /** 移动时：原来在哪一章。 */
  fromChapter?: string;
}

interface Node {
  level: number;
  /** 显示用的标题（年份已代入）。 */
  title: string;
  /** 数据里写的标题（比较用："{{年度}}年……"两年相同，不算改标题）。 */
  raw: string;
  kinds: string[];
  children: Node[];
  chapter: string;
}

const SAME = 0.5;

/** 标题里常见的年份、地区引用换成这一年的值（"{{年度}}年工作打算" → "2024年工作打算"），便于阅读和比较。 */
function plainTitle(title: string, report: Report): string {
  return title
    .replace(/\{\{\s*年度\s*\}\}/g, String(report.年度))
    .replace(/\{\{\s*下一年度\s*\}\}/g, String(report.年度 + 1))
    .replace(/\{\{\s*上一年度\s*\}\}/g, String(report.年度 - 1))
    .replace(/\{\{\s*地区\s*\}\}/g, report.地区);
}

function nodes(report: Report): Node[] {
  return report.正文.map((ch, i) => {
    const kinds = Array.isArray(ch.类别) ? [...ch.类别] : [ch.类别];
    const chapter = ch.标题 !== undefined ? plainTitle(ch.标题, report) : `（第 ${i + 1} 章，无标题）`;
    const items = (list: unknown[] | undefined, level: number): Node[] =>
      ((list ?? []) as { 标题?: string; 内容?: string | string[]; 事项?: unknown[] }[]).map((it, j) => ({
        level,
        title:
          it.标题 !== undefined
            ? plainTitle(it.标题, report)
            : `（第 ${j + 1} 项，无标题）${String(Array.isArray(it.内容) ? it.内容[0] : (it.内容 ?? '')).slice(0, 12)}`,
        raw: it.标题 ?? `（第 ${j + 1} 项，无标题）`,
        kinds,
        chapter,
        children: items(it.事项, level + 1),
      }));
    return { level: 1, title: chapter, raw: ch.标题 ?? chapter, kinds, chapter, children: items(ch.事项, 2) };
  });
}

/** 贪心配对：相似度从高到低，能配就配。 */
function pair(a: Node[], b: Node[], ok: (x: Node, y: Node) => boolean): [Node, Node][] {
  const candidates: { i: number; j: number; s: number }[] = [];
  a.forEach((x, i) =>
    b.forEach((y, j) => {
      if (!ok(x, y)) return;
      const s = x.raw === y.raw ? 2 : textSimilarity(x.raw, y.raw);
      if (s >= SAME) candidates.push({ i, j, s });
    }),
  );
  // 排序只看对称的量（相似度、位置之和与差、标题），A 对 B 与 B 对 A 配出同样的对。
  const key = (c: { i: number; j: number }) => [a[c.i].title, b[c.j].title].sort().join('\u0000');
  candidates.sort(
    (p, q) => q.s - p.s || p.i + p.j - (q.i + q.j) || Math.abs(p.i - p.j) - Math.abs(q.i - q.j) || key(p).localeCompare(key(q)),
  );
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const out: [Node, Node][] = [];
  for (const c of candidates) {
    if (usedA.has(c.i) || usedB.has(c.j)) continue;
    usedA.add(c.i);
    usedB.add(c.j);
    out.push([a[c.i], b[c.j]]);
  }
  return out;
}

/** 配对里不在"最长的同序子列"上的：顺序变了。 */
function reordered(pairs: [Node, Node][], a: Node[], b: Node[]): Set<[Node, Node]> {
  const seq = [...pairs].sort((p, q) => a.indexOf(p[0]) - a.indexOf(q[0])).map((p) => ({ p, j: b.indexOf(p[1]) }));
  const best: number[] = [];
  const prev: number[] = [];
  const len: number[] = [];
  seq.forEach((s, i) => {
    len[i] = 1;
    prev[i] = -1;
    for (let k = 0; k < i; k++) if (seq[k].j < s.j && len[k] + 1 > len[i]) ((len[i] = len[k] + 1), (prev[i] = k));
  });
  let end = len.indexOf(Math.max(0, ...len));
  while (end >= 0) (best.push(end), (end = prev[end]));
  const keep = new Set(best);
  return new Set(seq.filter((_, i) => !keep.has(i)).map((s) => s.p));
}

export function diffStructure(oldReport: Report, newReport: Report): StructureChange[] {
  const out: StructureChange[] = [];
  const a = nodes(oldReport);
  const b = nodes(newReport);
  const chapters = pair(a, b, (x, y) => x.kinds.some((k) => y.kinds.includes(k)));
  const moved = reordered(chapters, a, b);
  const orphansOld: Node[] = [];
  const orphansNew: Node[] = [];

  const compareChildren = (x: Node[], y: Node[]) => {
    const pairs = pair(x, y, () => true);
    const movedHere = reordered(pairs, x, y);
    for (const p of pairs) {
      if (p[0].raw !== p[1].raw)
        out.push({ kind: '改标题', level: p[1].level, oldTitle: p[0].title, newTitle: p[1].title, chapter: p[1].chapter });
      if (movedHere.has(p))
        out.push({
          kind: '移动',
          level: p[1].level,
          oldTitle: p[0].title,
          newTitle: p[1].title,
          chapter: p[1].chapter,
          fromChapter: p[0].chapter,
        });
      compareChildren(p[0].children, p[1].children);
    }
    orphansOld.push(...x.filter((n) => !pairs.some((p) => p[0] === n)));
    orphansNew.push(...y.filter((n) => !pairs.some((p) => p[1] === n)));
  };

  for (const p of chapters) {
    if (p[0].raw !== p[1].raw) out.push({ kind: '改标题', level: 1, oldTitle: p[0].title, newTitle: p[1].title, chapter: p[1].title });
    if (moved.has(p)) out.push({ kind: '移动', level: 1, oldTitle: p[0].title, newTitle: p[1].title, chapter: p[1].title });
    compareChildren(p[0].children, p[1].children);
  }
  for (const n of a) if (!chapters.some((p) => p[0] === n)) out.push({ kind: '删除', level: 1, oldTitle: n.title, chapter: n.title });
  for (const n of b) if (!chapters.some((p) => p[1] === n)) out.push({ kind: '新增', level: 1, newTitle: n.title, chapter: n.title });

  // 原来的章里找不到的事项：到别的章里找（移到了别的章），仍找不到的是删除或新增。
  const across = pair(orphansOld, orphansNew, (x, y) => x.level === y.level);
  for (const [x, y] of across)
    out.push({ kind: '移动', level: y.level, oldTitle: x.title, newTitle: y.title, chapter: y.chapter, fromChapter: x.chapter });
  for (const n of orphansOld)
    if (!across.some((p) => p[0] === n)) out.push({ kind: '删除', level: n.level, oldTitle: n.title, chapter: n.chapter });
  for (const n of orphansNew)
    if (!across.some((p) => p[1] === n)) out.push({ kind: '新增', level: n.level, newTitle: n.title, chapter: n.chapter });
  return out;
}
