import { at } from '../core/at.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { arrangeAllLists, arrangeParagraphs, toPara, type EnumerationGap } from './arrange-paragraphs.js';
import { openingKind } from './chapter-opening.js';
import { classifyChapter } from './classify-chapter.js';
import { detectMarker, type Marker } from './detect-marker.js';
import type { DraftChapter, DraftItem, DraftLayout, Kind } from './draft.js';
import type { ImportNotes, NotePath } from './import-notes.js';
import { numberingLayout, type NumberingDefaults } from './numbering-layout.js';
import { lineProblem, type SourceLine } from './source-line.js';
import { splitSubheadingLines } from './split-subheading-lines.js';
import { splitChapterTitle, splitTitle } from './split-title.js';
import type { Node } from './structure-node.js';
import { warnRenumbered } from './warn-renumbered.js';

export type { NumberingDefaults } from './numbering-layout.js';

export interface Structure {
  导语: string[];
  正文: DraftChapter[];
  版式?: DraftLayout;
}

/**
 * 各段 → 章和事项：编号（一、（一）1. （1）及其变体）定层级，标题单独成行还是与正文接排，
 * "一是……二是……"和段首加粗的各段成为要点，编号是接着上一组编还是每组重编。
 */
export function recogniseStructure(
  source: readonly SourceLine[],
  defaults: NumberingDefaults,
  file: string,
  notes: ImportNotes,
): { structure: Structure; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const lines = splitSubheadingLines(source);
  const markers = lines.map((l) => detectMarker(l.text));
  const kinds = [...new Set(markers.filter((m): m is Marker => !!m && !m.weak).map((m) => m.kind))].sort();
  const levelOf = (kind: Marker['kind']) => kinds.indexOf(kind) + 1 || Math.min(4, kinds.length + 1);

  // 有编号的章的类别（按章标题），和最后一个章标题的位置：其后不编号的段落才可能是另起的"存在问题""下步打算"。
  const chapterAt = lines.map((l, i) => {
    const m = markers[i];
    return (m && !m.weak && levelOf(m.kind) === 1) || l.heading === 1;
  });
  const lastChapter = chapterAt.lastIndexOf(true);
  const numberedKinds = new Set(
    lines.flatMap((l, i) => (chapterAt[i] ? classifyChapter(markers[i] ? l.text.slice(markers[i].length) : l.text) : [])),
  );

  const root: Node = { level: 0, layout: 'none', paras: [], children: [] };
  const stack: Node[] = [root];
  // 报告本身（level 0）总在栈底，不会弹出。
  const top = () => at(stack, stack.length - 1);

  lines.forEach((line, i) => {
    const marker = acceptMarker(markers[i], stack, levelOf);
    // 编号比 Word 的标题样式可靠（有人把各级标题都设成"标题 1"）；没有编号的标题才看样式。
    const level = marker ? levelOf(marker.kind) : (line.heading ?? 0);
    if (level > 0) {
      while (top().level >= level) stack.pop();
      while (top().level < level - 1) {
        const implicit: Node = { level: top().level + 1, layout: 'none', paras: [], children: [] };
        top().children.push(implicit);
        stack.push(implicit);
      }
      const rest = marker ? line.text.slice(marker.length) : line.text;
      const node: Node = { level, layout: 'standalone', marker, line, paras: [], children: [] };
      const split = line.heading || level === 1 ? splitChapterTitle(rest) : splitTitle(rest);
      node.title = split.title;
      node.layout = split.layout;
      node.separator = split.separator;
      if (split.content) node.paras.push(toPara(split.content, line));
      if (split.unsure) node.unsure = true;
      top().children.push(node);
      stack.push(node);
      return;
    }
    // 最后一个编号的章之后、不编号的"……还存在一些问题和不足""下一步，……"：另起一章（没有标题）。
    if (i > lastChapter) {
      const open = stack.find((n) => n.kind);
      const afterProblems = numberedKinds.has('存在问题') || root.children.some((c) => c.kind === '存在问题');
      const kind = openingKind(line.text, afterProblems);
      if (kind && !numberedKinds.has(kind) && open?.kind !== kind && !root.children.some((c) => c.kind === kind)) {
        const node: Node = { level: 1, layout: 'none', kind, line, paras: [], children: [] };
        stack.length = 1;
        root.children.push(node);
        stack.push(node);
      }
    }
    top().paras.push(toPara(line.text, line));
  });

  // 整篇没有编号的章、只由开头的话分出了问题和打算：前面的段落是工作情况一章。
  if (lastChapter < 0 && root.children.length && root.paras.length) {
    root.children.unshift({ level: 1, layout: 'none', kind: '工作情况', paras: root.paras, children: [] });
    root.paras = [];
  }

  const chapters = root.children.length ? root.children : [];
  const layout = numberingLayout(chapters, kinds, lines, defaults);
  warnRenumbered(root, layout.三级编号连续 ?? defaults.三级编号连续, file, diagnostics);

  const gaps: EnumerationGap[] = [];
  const context = { notes, gaps };
  const 正文 = chapters.map((ch, i) => toChapter(ch, ['正文', i], context));
  assignKinds(正文, chapters, notes);
  if (正文.length === 0) {
    // 没有编号的章：整篇作一章不编号的正文。
    const only = arrangeAllLists(root.paras, ['正文', 0], notes);
    gaps.push(...only.gaps);
    正文.push({ 类别: ['工作情况'], ...chapterBody(only) });
    notes.add(['正文', 0, '类别'], '原文没有编号的章，整篇作为一章不编号的正文，请按原文分章');
    diagnostics.push(
      lineProblem(
        file,
        lines[0] ?? { line: 1, text: '' },
        'import/no-chapters',
        'warning',
        '原文里找不到"一、""二、"这样编号的章，整篇作为一章导入。',
        '导入后按原文把正文分成章，并写上各章的类别。',
      ),
    );
  }
  for (const gap of gaps) diagnostics.push(gapProblem(file, gap));
  const 导语 = 正文.length && chapters.length ? root.paras.map((p) => p.text) : [];
  return { structure: { 导语, 正文, ...(Object.keys(layout).length ? { 版式: layout } : {}) }, diagnostics };
}

function gapProblem(file: string, gap: EnumerationGap): Diagnostic {
  return lineProblem(
    file,
    gap.line,
    'import/enumeration-gap',
    'warning',
    `原文的列举是"${gap.found.join('""')}"，缺了"${gap.missing.join('""')}"：照原文的序号导入（要点的前缀写成"无"，每条保留原来的序号）。`,
    `原文确实如此时不用改；要按顺序编号，把这组要点的前缀改回"一是"，并删去各条开头的序号。`,
  );
}

/** 只有数字的编号（"4充分发挥"）要与同一组前一个编号接得上才算。 */
function acceptMarker(m: Marker | undefined, stack: readonly Node[], levelOf: (k: Marker['kind']) => number): Marker | undefined {
  if (!m || !m.weak) return m;
  const level = levelOf(m.kind);
  const parent = [...stack].reverse().find((n) => n.level === level - 1);
  if (!parent) return undefined;
  const siblings = parent.children.filter((c) => c.marker);
  const last = siblings[siblings.length - 1]?.marker?.n;
  return (last === undefined ? m.n === 1 : m.n === last + 1) ? m : undefined;
}

interface Context {
  notes: ImportNotes;
  gaps: EnumerationGap[];
}

function toItem(node: Node, path: NotePath, context: Context): DraftItem {
  const { notes } = context;
  const hasChildren = node.children.length > 0;
  const item: DraftItem = {};
  if (node.title !== undefined) {
    item.标题 = node.layout === 'run-in' && hasChildren ? node.title + (node.separator ?? '') : node.title;
    if (node.unsure) notes.add([...path, '标题'], '标题与正文的分界拿不准（原文标题后没有句号），生成的文字与原文相同');
  }
  // 标题单列、没有下级事项的：每组列举都认（后面的各成不带标题的事项）；接排的只能有一组、在最后。
  if (!hasChildren && node.layout !== 'run-in') {
    const all = arrangeAllLists(node.paras, path, notes);
    context.gaps.push(...all.gaps);
    const rest = [
      ...all.more.map((m) => ({ ...(m.内容.length ? { 内容: m.内容 } : {}), 要点: m.要点 })),
      ...(all.after.length ? [{ 内容: all.after }] : []),
    ];
    if (node.title !== undefined && !rest.length && (all.before.length || all.enumeration)) item.标题单列 = true;
    if (all.before.length) item.内容 = all.before;
    if (all.enumeration) item.要点 = all.enumeration;
    if (rest.length) item.事项 = rest;
    return item;
  }
  const { before, enumeration, after, gaps } = arrangeParagraphs(node.paras, 'item', hasChildren, path, notes);
  context.gaps.push(...gaps);
  const content = [...before, ...after];
  if (node.layout === 'standalone' && !hasChildren && (content.length || enumeration)) item.标题单列 = true;
  if (content.length) item.内容 = content;
  if (enumeration) item.要点 = enumeration;
  if (hasChildren) item.事项 = node.children.map((c, i) => toItem(c, [...path, '事项', i], context));
  return item;
}

/** 没有下级事项的章：导语（或内容）、要点、后面几组列举各成不带标题的事项、结语。 */
function chapterBody(all: ReturnType<typeof arrangeAllLists>): Omit<DraftChapter, '类别'> {
  const body: Omit<DraftChapter, '类别'> = {};
  if (all.before.length) {
    if (all.enumeration) body.导语 = all.before;
    else body.内容 = all.before;
  }
  if (all.enumeration) body.要点 = all.enumeration;
  if (all.more.length) body.事项 = all.more.map((m) => ({ ...(m.内容.length ? { 内容: m.内容 } : {}), 要点: m.要点 }));
  if (all.after.length) body.结语 = all.after;
  return body;
}

function toChapter(node: Node, path: NotePath, context: Context): DraftChapter {
  const { notes } = context;
  const hasChildren = node.children.length > 0;
  const chapter: DraftChapter = { 类别: [] };
  if (node.title !== undefined) chapter.标题 = node.title;
  if (!hasChildren) {
    const all = arrangeAllLists(node.paras, path, notes);
    context.gaps.push(...all.gaps);
    return { ...chapter, ...chapterBody(all) };
  }
  const { before, enumeration, after, gaps } = arrangeParagraphs(node.paras, 'chapter', hasChildren, path, notes);
  context.gaps.push(...gaps);
  if (before.length) chapter.导语 = before;
  if (enumeration) chapter.要点 = enumeration;
  chapter.事项 = node.children.map((c, i) => toItem(c, [...path, '事项', i], context));
  if (after.length) chapter.结语 = after;
  return chapter;
}

/**
 * 类别按章标题的用词；由开头的话认出的章用认出的类别；认不出的，在"存在问题""下步打算"之前的算工作情况，之后的算其他。
 */
function assignKinds(chapters: DraftChapter[], nodes: readonly Node[], notes: ImportNotes): void {
  let seenLater = false;
  chapters.forEach((ch, i) => {
    const opened = nodes[i]?.kind;
    const kinds = opened ? [opened] : ch.标题 ? classifyChapter(ch.标题) : [];
    if (kinds.some((k) => k !== '工作情况')) seenLater = true;
    if (opened && nodes[i]?.line) {
      const words = nodes[i].line.text.slice(0, 16);
      notes.add(['正文', i, '类别'], `原文这一章没有标题和编号，由开头的话（"${words}……"）认出是"${opened}"`);
    }
    if (kinds.length) ch.类别 = kinds;
    else {
      const guess: Kind = seenLater ? '其他' : '工作情况';
      ch.类别 = [guess];
      notes.add(['正文', i, '类别'], `章标题里没有表明类别的词，按位置算作"${guess}"`);
    }
  });
}
