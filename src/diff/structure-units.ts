/**
 * 文档的结构单元：章、各级事项、要点的每一条，由文档模型的块按数据路径归拢（块记着自己来自哪一章哪一项）。
 * 比较两年的结构时对齐的就是这些单元。
 */
import { sectionOf, type DataPath } from '../model/data-path.js';
import type { DocumentModel } from '../model/document-model.js';
import { chineseNumber } from '../text/chinese-number.js';

export type UnitKind = '章' | '事项' | '要点';

export interface Unit {
  kind: UnitKind;
  /** 1 为章，2—4 为各级事项；要点是它所在的章或事项的级别。 */
  level: number;
  /** 章、事项在数据里的位置；要点是这一条的位置。 */
  path: DataPath;
  /** 比较用的标题：章和事项是标题（不带编号），要点是这一条的文字（不带"一是"）。 */
  title: string;
  /** 文档里的样子（带编号或前缀）。 */
  label: string;
  /** 所在的章的类别。 */
  kinds: readonly string[];
  /** 所在的章的标题（说明"在哪一章"用）。 */
  chapter: string;
  /** 在同级里是第几个（从 0 起）。 */
  index: number;
  items: Unit[];
  points: Unit[];
}

const key = (p: DataPath) => JSON.stringify(p);

export function structureUnits(model: DocumentModel): Unit[] {
  const byPath = new Map<string, Unit>();
  const chapters: Unit[] = [];
  model.chapters.forEach((ch, i) => {
    const unit: Unit = {
      kind: '章',
      level: 1,
      path: ch.source,
      title: `（第 ${i + 1} 章，无标题）`,
      label: `（第 ${i + 1} 章，无标题）`,
      kinds: ch.kinds,
      chapter: `（第 ${i + 1} 章，无标题）`,
      index: i,
      items: [],
      points: [],
    };
    byPath.set(key(ch.source), unit);
    chapters.push(unit);
  });

  /** 章或事项的单元：第一次遇到时建起来，挂到上一级下面。 */
  const section = (path: DataPath): Unit | undefined => {
    const hit = byPath.get(key(path));
    if (hit) return hit;
    const parent = sectionOf(path.slice(0, -2));
    const up = parent ? section(parent) : undefined;
    if (!up) return undefined;
    const index = up.items.length;
    const unit: Unit = {
      kind: '事项',
      level: up.level + 1,
      path,
      title: `（第 ${index + 1} 项，无标题）`,
      label: `（第 ${index + 1} 项，无标题）`,
      kinds: up.kinds,
      chapter: up.chapter,
      index,
      items: [],
      points: [],
    };
    up.items.push(unit);
    byPath.set(key(path), unit);
    return unit;
  };

  const untitledSnippet = new Set<Unit>();
  for (const b of model.blocks) {
    if (b.kind === 'heading') {
      const unit = section(b.source);
      if (!unit) continue;
      unit.title = b.runIn ? b.text.replace(/。$/, '') : b.text;
      unit.label = b.number + b.text;
      if (unit.kind === '章') {
        unit.chapter = unit.title;
        for (const u of descendants(unit)) u.chapter = unit.title;
      }
    } else if (b.kind === 'point') {
      const owner = sectionOf(b.source);
      const unit = owner ? section(owner) : undefined;
      if (!unit) continue;
      // 有标题的一条用标题认它（"一是深入学习宣传习近平法治思想"），没有的用整条文字。
      const title = b.title ? b.title.text.replace(/[。：；]$/, '') : b.text;
      unit.points.push({
        kind: '要点',
        level: unit.level,
        path: b.source,
        title,
        label: b.prefix + title,
        kinds: unit.kinds,
        chapter: unit.chapter,
        index: unit.points.length,
        items: [],
        points: [],
      });
    } else if (b.kind === 'paragraph') {
      // 没有标题的事项：用它的第一段开头认它（"（第 2 项，无标题）加强……"）。
      const owner = sectionOf(b.source);
      const unit = owner ? section(owner) : undefined;
      if (unit && unit.kind === '事项' && unit.title.startsWith('（第 ') && !untitledSnippet.has(unit)) {
        untitledSnippet.add(unit);
        unit.title += [...b.text].slice(0, 12).join('');
        unit.label = unit.title;
      }
    }
  }
  return chapters;
}

function descendants(u: Unit): Unit[] {
  return [...u.items, ...u.points, ...u.items.flatMap(descendants)];
}

/** "第二项（二是加强执法队伍……）"：说一条要点在哪里、是什么。 */
export function pointName(u: Unit, index = u.index): string {
  const text = [...u.label];
  return `第${chineseNumber(index + 1)}项（${text.slice(0, 14).join('')}${text.length > 14 ? '……' : ''}）`;
}
