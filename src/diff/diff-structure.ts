/**
 * 两年的结构比较，在文档模型上做：章按类别和标题对齐，事项在对齐的章里按标题对齐，要点的各条在对齐的章或事项里
 * 按文字对齐；在原处找不到的再到别处找（移到了别的章）。报告新增、删除、移动、改标题和改写，每一处带着它在两个
 * 文件里的数据路径。年份不算改动："2023年工作打算"与下一年的"2024年工作打算"是同一个标题。
 */
import type { DataPath } from '../model/data-path.js';
import type { DocumentModel } from '../model/document-model.js';
import { chineseNumber } from '../text/chinese-number.js';
import { textSimilarity } from '../text/text-similarity.js';
import { pointName, structureUnits, type Unit, type UnitKind } from './structure-units.js';

type StructureChangeKind = '新增' | '删除' | '移动' | '改标题' | '改写';

/** 一处结构变化在某一年的文件里的位置。 */
interface Place {
  path: DataPath;
  /** 在那一年的数据文件里的行。 */
  line: number;
  /** 文档里的样子（带编号或前缀）。 */
  label: string;
}

export interface StructureChange {
  kind: StructureChangeKind;
  unit: UnitKind;
  /** 1 为章，2—4 为各级事项；要点是所在章或事项的级别。 */
  level: number;
  oldTitle?: string;
  newTitle?: string;
  /** 所在的章（新的一年；删除时为旧的一年）。 */
  chapter?: string;
  /** 移动时：原来在哪一章。 */
  fromChapter?: string;
  old?: Place;
  new?: Place;
  /** 一句话说明："删去第二项（二是……）"。 */
  summary: string;
}

export interface YearText {
  model: DocumentModel;
  year: number;
  /** 数据路径在这一年的文件里的行。 */
  lineOf: (path: DataPath) => number;
}

/** 标题相似到这个程度算同一个（改了标题）。 */
const SAME = 0.5;

/** 比较用：本年度、上一年度、下一年度的年份换成记号，年年顺延的年份不算改动。 */
function withoutYears(text: string, year: number): string {
  return text.replace(/\d{4}/g, (y) => {
    const d = Number(y) - year;
    return d === 0 ? '〈本年〉' : d === 1 ? '〈下年〉' : d === -1 ? '〈上年〉' : y;
  });
}

export function diffStructure(older: YearText, newer: YearText): StructureChange[] {
  const out: StructureChange[] = [];
  const oldPlace = (u: Unit): Place => ({ path: u.path, line: older.lineOf(u.path), label: u.label });
  const newPlace = (u: Unit): Place => ({ path: u.path, line: newer.lineOf(u.path), label: u.label });
  const a = structureUnits(older.model);
  const b = structureUnits(newer.model);
  const same = (x: Unit, y: Unit) => withoutYears(x.title, older.year) === withoutYears(y.title, newer.year);
  const similarity = (x: Unit, y: Unit) =>
    same(x, y) ? 2 : textSimilarity(withoutYears(x.title, older.year), withoutYears(y.title, newer.year), SAME);
  const where = (u: Unit) => (u.kind === '章' ? '' : `（在"${u.chapter}"）`);
  const name = (u: Unit) => (u.kind === '要点' ? pointName(u) : `${u.kind === '章' ? '章' : `${u.level}级事项`}"${u.title}"`);

  const moved = (x: Unit, y: Unit) =>
    out.push({
      kind: '移动',
      unit: y.kind,
      level: y.level,
      oldTitle: x.title,
      newTitle: y.title,
      chapter: y.chapter,
      fromChapter: x.chapter,
      old: oldPlace(x),
      new: newPlace(y),
      summary:
        y.kind === '要点'
          ? `${pointName(x)}移到${x.chapter !== y.chapter ? `"${y.chapter}"的` : ''}第${chineseNumber(y.index + 1)}项`
          : `${name(y)}${x.chapter !== y.chapter ? `从"${x.chapter}"移到"${y.chapter}"` : '换了位置'}`,
    });
  const removed = (x: Unit) =>
    out.push({
      kind: '删除',
      unit: x.kind,
      level: x.level,
      oldTitle: x.title,
      chapter: x.chapter,
      old: oldPlace(x),
      summary: x.kind === '要点' ? `删去${pointName(x)}${where(x)}` : `删除${name(x)}${where(x)}`,
    });
  const added = (y: Unit) =>
    out.push({
      kind: '新增',
      unit: y.kind,
      level: y.level,
      newTitle: y.title,
      chapter: y.chapter,
      new: newPlace(y),
      summary: y.kind === '要点' ? `新增${pointName(y)}${where(y)}` : `新增${name(y)}${where(y)}`,
    });
  const changed = (x: Unit, y: Unit) => {
    if (same(x, y)) return;
    out.push({
      kind: y.kind === '要点' ? '改写' : '改标题',
      unit: y.kind,
      level: y.level,
      oldTitle: x.title,
      newTitle: y.title,
      chapter: y.chapter,
      old: oldPlace(x),
      new: newPlace(y),
      summary:
        y.kind === '要点'
          ? `改写${pointName(y)}${where(y)}`
          : `${y.kind === '章' ? '章' : `${y.level}级事项`}改标题："${x.title}" → "${y.title}"`,
    });
  };

  const orphanItems: [Unit[], Unit[]] = [[], []];
  const orphanPoints: [Unit[], Unit[]] = [[], []];

  /** 对齐一组（章、事项或要点），配上的再往下比；配不上的留到最后到别处找。 */
  const align = (xs: Unit[], ys: Unit[], orphans: [Unit[], Unit[]], ok: (x: Unit, y: Unit) => boolean = () => true) => {
    const pairs = pair(xs, ys, (x, y) => ok(x, y) && similarity(x, y) >= SAME, similarity);
    const reorderedPairs = reordered(pairs, xs, ys);
    for (const p of pairs) {
      changed(p[0], p[1]);
      if (reorderedPairs.has(p)) moved(p[0], p[1]);
      if (p[0].kind !== '要点') {
        align(p[0].items, p[1].items, orphanItems);
        align(p[0].points, p[1].points, orphanPoints);
      }
    }
    orphans[0].push(...xs.filter((x) => !pairs.some((p) => p[0] === x)));
    orphans[1].push(...ys.filter((y) => !pairs.some((p) => p[1] === y)));
  };

  const orphanChapters: [Unit[], Unit[]] = [[], []];
  align(a, b, orphanChapters, (x, y) => x.kinds.some((k) => y.kinds.includes(k)));
  for (const x of orphanChapters[0]) removed(x);
  for (const y of orphanChapters[1]) added(y);
  // 原来的章里找不到的事项、要点：到别的章里找（移到了别的章），仍找不到的是删除或新增。
  for (const [olds, news] of [orphanItems, orphanPoints]) {
    const across = pair(olds, news, (x, y) => x.level === y.level && similarity(x, y) >= (x.kind === '要点' ? 0.8 : SAME), similarity);
    for (const [x, y] of across) moved(x, y);
    for (const x of olds) if (!across.some((p) => p[0] === x)) removed(x);
    for (const y of news) if (!across.some((p) => p[1] === y)) added(y);
  }
  return out;
}

/** 贪心配对：相似度从高到低，能配就配。排序只看对称的量，A 对 B 与 B 对 A 配出同样的对。 */
function pair(a: Unit[], b: Unit[], ok: (x: Unit, y: Unit) => boolean, similarity: (x: Unit, y: Unit) => number): [Unit, Unit][] {
  const candidates: { i: number; j: number; s: number; k: string }[] = [];
  a.forEach((x, i) =>
    b.forEach((y, j) => {
      if (ok(x, y)) candidates.push({ i, j, s: similarity(x, y), k: [x.title, y.title].sort().join('\u0000') });
    }),
  );
  candidates.sort((p, q) => q.s - p.s || p.i + p.j - (q.i + q.j) || Math.abs(p.i - p.j) - Math.abs(q.i - q.j) || p.k.localeCompare(q.k));
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const out: [Unit, Unit][] = [];
  for (const c of candidates) {
    const x = a[c.i];
    const y = b[c.j];
    if (!x || !y || usedA.has(c.i) || usedB.has(c.j)) continue;
    usedA.add(c.i);
    usedB.add(c.j);
    out.push([x, y]);
  }
  return out;
}

/** 配对里不在"最长的同序子列"上的：顺序变了。 */
function reordered(pairs: [Unit, Unit][], a: Unit[], b: Unit[]): Set<[Unit, Unit]> {
  const seq = [...pairs].sort((p, q) => a.indexOf(p[0]) - a.indexOf(q[0])).map((p) => ({ p, j: b.indexOf(p[1]) }));
  const len: number[] = [];
  const prev: number[] = [];
  seq.forEach((s, i) => {
    len[i] = 1;
    prev[i] = -1;
    for (let k = 0; k < i; k++) {
      const before = seq[k];
      if (before && before.j < s.j && (len[k] ?? 1) + 1 > (len[i] ?? 1)) {
        len[i] = (len[k] ?? 1) + 1;
        prev[i] = k;
      }
    }
  });
  const keep = new Set<number>();
  let end = len.indexOf(Math.max(0, ...len));
  while (end >= 0) {
    keep.add(end);
    end = prev[end] ?? -1;
  }
  return new Set(seq.filter((_, i) => !keep.has(i)).map((s) => s.p));
}
