import { Document, isMap, isScalar, isSeq, Scalar, visit, type Node } from 'yaml';
import { at } from '../core/at.js';
import { REPORT_KEYS } from '../schema/schema-keys.js';
import type { Draft, DraftChapter, DraftEnumeration, DraftFigure, DraftItem } from './draft.js';
import type { ImportNotes } from './import-notes.js';

/**
 * 导入的报告 → 数据文件的文字：第一行是编辑器用的 Schema，拿不准的地方写成"# 导入：……"注释。
 * 一段的列表写成字符串，"一是、分段"的要点写成列表，指标和类别等短的写成一行。
 */
export function writeDataFile(draft: Draft, notes: ImportNotes, source: string): string {
  const doc = new Document(plain(draft));
  doc.commentBefore =
    ' yaml-language-server: $schema=../report.schema.json\n' +
    ` 由 fzbg import 从"${source}"导入。标有"导入："的注释是导入时拿不准的地方，请对照原件核对后删去注释。`;

  for (const path of [['主送'], ['版式', '编号'], ['落款']]) flow(doc.getIn(path, true));
  const figures = doc.get('指标', true);
  if (isMap(figures)) for (const group of figures.items) if (isMap(group.value)) for (const f of group.value.items) flow(f.value);
  const chapters = doc.get('正文', true);
  if (isSeq(chapters)) for (const ch of chapters.items) if (isMap(ch)) flow(ch.get('类别', true));

  for (const { path, texts } of notes.entries()) attachComment(doc, path, texts.map((t) => ` 导入：${t}`).join('\n'));

  // 以"键名："开头的文字加上引号：免得被当成全角冒号的手误（fzbg check 逐行找"标题：""内容："）。
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && startsWithKey(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

function startsWithKey(text: string): boolean {
  for (const m of text.matchAll(/(?:^|[{,]\s*)([^\s#:：'"{}[\],]+)：/g)) if (REPORT_KEYS.has(m[1] ?? '')) return true;
  return false;
}

function flow(node: unknown): void {
  if (isMap(node) || isSeq(node)) node.flow = true;
}

/** 注释写在那个键的上一行；键不在（如化简掉了）时写在最近的上级上。 */
function attachComment(doc: Document, path: readonly (string | number)[], comment: string): void {
  for (let n = path.length; n > 0; n--) {
    const parentPath = path.slice(0, n - 1);
    const last = path[n - 1];
    const parent = parentPath.length ? doc.getIn(parentPath, true) : doc.contents;
    if (isMap(parent)) {
      const pairIndex = parent.items.findIndex((p) => isScalar(p.key) && p.key.value === last);
      if (pairIndex < 0) continue;
      const pair = at(parent.items, pairIndex);
      // 列表里一项的第一个键：注释写在"- "的上一行。
      const grand = parentPath.length ? doc.getIn(parentPath.slice(0, -1), true) : undefined;
      const target = pairIndex === 0 && isSeq(grand) ? (parent as Node) : (pair.key as Node);
      target.commentBefore = target.commentBefore ? `${target.commentBefore}\n${comment}` : comment;
      return;
    }
    if (isSeq(parent) && typeof last === 'number' && parent.items[last]) {
      const item = parent.items[last] as Node;
      item.commentBefore = item.commentBefore ? `${item.commentBefore}\n${comment}` : comment;
      return;
    }
  }
}

const one = (texts: string[] | undefined) =>
  texts === undefined || texts.length === 0 ? undefined : texts.length === 1 ? texts[0] : texts;

function enumeration(e: DraftEnumeration | undefined): unknown {
  if (!e) return undefined;
  if (e.前缀 === '一是' && e.样式 === '分段') return e.条目;
  return { ...(e.前缀 !== '一是' ? { 前缀: e.前缀 } : {}), ...(e.样式 !== '分段' ? { 样式: e.样式 } : {}), 条目: e.条目 };
}

function item(it: DraftItem): Record<string, unknown> {
  return compact({
    标题: it.标题,
    标题单列: it.标题单列,
    内容: one(it.内容),
    要点: enumeration(it.要点),
    事项: it.事项?.map(item),
  });
}

function chapter(ch: DraftChapter): Record<string, unknown> {
  return compact({
    类别: ch.类别.length === 1 ? ch.类别[0] : ch.类别,
    标题: ch.标题,
    导语: one(ch.导语),
    内容: one(ch.内容),
    要点: enumeration(ch.要点),
    事项: ch.事项?.map(item),
    结语: one(ch.结语),
  });
}

function figure(f: DraftFigure): unknown {
  return Object.keys(f).length === 1 ? f.值 : compact({ 值: f.值, 约: f.约, 写法: f.写法, 单位: f.单位, 口径: f.口径 });
}

function plain(d: Draft): Record<string, unknown> {
  return compact({
    地区: d.地区,
    年度: d.年度,
    发文机关: d.发文机关,
    标题: d.标题,
    主送: d.主送 && (d.主送.length === 1 ? d.主送[0] : d.主送),
    成文日期: d.成文日期,
    附注: d.附注,
    版式: d.版式 && Object.keys(d.版式).length ? d.版式 : undefined,
    指标:
      d.指标 &&
      Object.fromEntries(
        Object.entries(d.指标).map(([g, fields]) => [g, Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, figure(f)]))]),
      ),
    导语: one(d.导语),
    正文: d.正文.map(chapter),
    落款: d.落款 && Object.keys(d.落款).length ? compact(d.落款) : undefined,
  });
}

function compact(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}
