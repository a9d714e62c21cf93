import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { arrangeParagraphs, toPara } from './arrange-paragraphs.js';
import { classifyChapter } from './classify-chapter.js';
import { detectMarker, type Marker } from './detect-marker.js';
import type { DraftChapter, DraftItem, DraftLayout, Kind } from './draft.js';
import type { ImportNotes, NotePath } from './import-notes.js';
import { numberingLayout, type NumberingDefaults } from './numbering-layout.js';
import { lineProblem, type SourceLine } from './source-line.js';
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
  lines: readonly SourceLine[],
  defaults: NumberingDefaults,
  file: string,
  notes: ImportNotes,
): { structure: Structure; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const kinds = [
    ...new Set(
      lines
        .map((l) => detectMarker(l.text))
        .filter((m): m is Marker => !!m && !m.weak)
        .map((m) => m.kind),
    ),
  ].sort();
  const levelOf = (kind: Marker['kind']) => kinds.indexOf(kind) + 1 || Math.min(4, kinds.length + 1);

  const root: Node = { level: 0, layout: 'none', paras: [], children: [] };
  const stack: Node[] = [root];
  const top = () => stack[stack.length - 1];

  for (const line of lines) {
    const marker = acceptMarker(detectMarker(line.text), stack, levelOf);
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
    } else {
      top().paras.push(toPara(line.text, line));
    }
  }

  const chapters = root.children.length ? root.children : [];
  const layout = numberingLayout(chapters, kinds, lines, defaults);
  warnRenumbered(root, layout.三级编号连续 ?? defaults.三级编号连续, file, diagnostics);

  const 正文 = chapters.map((ch, i) => toChapter(ch, ['正文', i], notes));
  assignKinds(正文, notes);
  if (正文.length === 0) {
    // 没有编号的章：整篇作一章不编号的正文。
    const only = arrangeParagraphs(root.paras, 'chapter', false, ['正文', 0], notes);
    正文.push({
      类别: ['工作情况'],
      ...(only.enumeration ? { 导语: only.before, 要点: only.enumeration } : { 内容: only.before }),
      ...(only.after.length ? { 结语: only.after } : {}),
    });
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
    return { structure: { 导语: [], 正文, ...(Object.keys(layout).length ? { 版式: layout } : {}) }, diagnostics };
  }
  return { structure: { 导语: root.paras.map((p) => p.text), 正文, ...(Object.keys(layout).length ? { 版式: layout } : {}) }, diagnostics };
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

function toItem(node: Node, path: NotePath, notes: ImportNotes): DraftItem {
  const hasChildren = node.children.length > 0;
  const item: DraftItem = {};
  if (node.title !== undefined) {
    item.标题 = node.layout === 'run-in' && hasChildren ? node.title + (node.separator ?? '') : node.title;
    if (node.unsure) notes.add([...path, '标题'], '标题与正文的分界拿不准（原文标题后没有句号），生成的文字与原文相同');
  }
  const { before, enumeration, after } = arrangeParagraphs(node.paras, 'item', hasChildren, path, notes);
  const content = [...before, ...after];
  if (node.layout === 'standalone' && !hasChildren && (content.length || enumeration)) item.标题单列 = true;
  if (content.length) item.内容 = content;
  if (enumeration) item.要点 = enumeration;
  if (hasChildren) item.事项 = node.children.map((c, i) => toItem(c, [...path, '事项', i], notes));
  return item;
}

function toChapter(node: Node, path: NotePath, notes: ImportNotes): DraftChapter {
  const hasChildren = node.children.length > 0;
  const chapter: DraftChapter = { 类别: [] };
  if (node.title !== undefined) chapter.标题 = node.title;
  const { before, enumeration, after } = arrangeParagraphs(node.paras, 'chapter', hasChildren, path, notes);
  if (before.length) {
    if (enumeration || hasChildren) chapter.导语 = before;
    else chapter.内容 = before;
  }
  if (enumeration) chapter.要点 = enumeration;
  if (hasChildren) chapter.事项 = node.children.map((c, i) => toItem(c, [...path, '事项', i], notes));
  if (after.length) chapter.结语 = after;
  return chapter;
}

/** 类别按章标题的用词；认不出的，在"存在问题""下步打算"之前的算工作情况，之后的算其他。 */
function assignKinds(chapters: DraftChapter[], notes: ImportNotes): void {
  let seenLater = false;
  chapters.forEach((ch, i) => {
    const kinds = ch.标题 ? classifyChapter(ch.标题) : [];
    if (kinds.some((k) => k !== '工作情况')) seenLater = true;
    if (kinds.length) ch.类别 = kinds;
    else {
      const guess: Kind = seenLater ? '其他' : '工作情况';
      ch.类别 = [guess];
      notes.add(['正文', i, '类别'], `章标题里没有表明类别的词，按位置算作"${guess}"`);
    }
  });
}
