/**
 * 把收来的数字写进数据文件的文字：只改动这些数字所在的行，别的每一个字符（注释、空行、引号、对齐、
 * 文件其他部分的写法）都原样不动。
 *
 * 为什么不整篇 doc.toString()：yaml 库重新排版时会改写花括号里的空格（{值: 3} → { 值: 3 }）、
 * 合并注释前的空格，办事员对齐好的注释就乱了。所以用 yaml 的文档树找位置（每个节点的 range），
 * 用它的 stringify 写出要换上的值（该加引号的加引号），改动按行拼回原文；每改一处重新解析一次，位置总是准的。
 *
 * 一行的注释写来源（部门和格子）；原来的注释（如"上年：177"）保留，再收一次时旧的来源换成新的。
 * 花括号写在一行的组（行政复议: {收到申请: 233}）先拆成一项一行，每个数字旁边才放得下自己的注释。
 */
import { isMap, isPair, isScalar, parseDocument, stringify, type Pair, type YAMLMap } from 'yaml';
import { catalogue } from '../schema/catalogue.js';
import { formatNumber } from '../text/format-number.js';
import type { FigureWrite } from './plan-collect.js';

type AnyPair = Pair<unknown, unknown>;

/** 依次写入每个数字，返回新的文字。 */
export function writeFigures(text: string, writes: readonly FigureWrite[]): string {
  let out = text;
  for (const w of writes) out = writeOne(out, w);
  return out;
}

/** 一个指标里各键的次序（新加的键按这个次序插）。 */
const FIGURE_KEYS = ['值', '约', '口径', '写法', '单位', '备注'];

function writeOne(text: string, w: FigureWrite): string {
  // 先把路径上缺的、写在花括号里的补成一项一行，每步之后重新解析（最多几步）。
  for (let step = 0; step < 8; step++) {
    const doc = parse(text);
    const root = doc.contents;
    if (!isMap(root)) throw new Error('数据文件的顶层不是键值（收表前已检查过，不该发生）');
    const figures = findPair(root, '指标');
    if (!figures) {
      const before = findPair(root, '正文');
      const at = before ? lineStart(text, keyStart(before)) : endWithNewline(text);
      text = insert(text, at, `指标:${eolOf(text)}`);
      continue;
    }
    if (isFlowMap(figures.value)) {
      text = toBlock(text, figures);
      continue;
    }
    const group = isMap(figures.value) ? findPair(figures.value, w.group) : undefined;
    if (!group) {
      text = setChild(text, figures, w.group, '', groupOrder, undefined, indentStep(text, root));
      continue;
    }
    if (isFlowMap(group.value)) {
      text = toBlock(text, group);
      continue;
    }
    const field = isMap(group.value) ? findPair(group.value, w.field) : undefined;
    const comment = (old: string | undefined) => mergeComment(old, w);
    if (field && isMap(field.value) && !field.value.flow) return writeBlockFigure(text, w, comment);
    const existing = field && isMap(field.value) ? (field.value.toJSON() as Record<string, unknown>) : undefined;
    return setChild(text, group, w.field, figureText(w, existing), fieldOrder(w.group), comment, indentStep(text, root));
  }
  throw new Error(`写不进"指标.${w.group}.${w.field}"（文件结构出乎意料）`);
}

/** 写成一项一行的指标（值: / 约: / 口径: 各一行，fzbg new 生成的草稿就是这样）：逐个键地改。 */
function writeBlockFigure(text: string, w: FigureWrite, comment: (old: string | undefined) => string): string {
  const path = ['指标', w.group, w.field];
  const wanted: Record<string, string | undefined> = {
    值: formatNumber(w.值),
    约: w.约 ? 'true' : undefined,
    口径: w.口径 === undefined ? undefined : scalarText(w.口径),
  };
  let out = text;
  for (const [key, value] of Object.entries(wanted)) {
    out =
      value === undefined
        ? deleteChild(out, path, key)
        : setChild(out, pairAt(out, path), key, value, figureKeyOrder, key === '值' ? comment : undefined);
  }
  const writing = (pairAt(out, path).value as YAMLMap).get('写法');
  if (w.写法 !== undefined) out = setChild(out, pairAt(out, path), '写法', scalarText(w.写法), figureKeyOrder);
  // 旧的写法（"8万余"）与新的值对不上了；"汉字"只是写法的方式，留着
  else if (writing !== undefined && writing !== '汉字') out = deleteChild(out, path, '写法');
  return out;
}

/** 写在一行里的指标：数字，或有约数、口径、写法时的 {值: …}（原来就是花括号的，别的键照留）。 */
function figureText(w: FigureWrite, existing: Record<string, unknown> | undefined): string {
  const merged: Record<string, unknown> = { ...(existing ?? {}) };
  merged.值 = w.值;
  if (w.约) merged.约 = true;
  else delete merged.约;
  if (w.口径 !== undefined) merged.口径 = w.口径;
  else delete merged.口径;
  if (w.写法 !== undefined) merged.写法 = w.写法;
  else if (merged.写法 !== '汉字') delete merged.写法;
  const keys = Object.keys(merged);
  if (keys.length === 1) return formatNumber(w.值);
  const ordered = Object.fromEntries(keys.sort((a, b) => rank(FIGURE_KEYS, a) - rank(FIGURE_KEYS, b)).map((k) => [k, merged[k]]));
  return stringify(ordered, { collectionStyle: 'flow', flowCollectionPadding: false, lineWidth: 0 }).trim();
}

/** 注释：原来的留着（去掉上次收表写的来源、原值），加上这次的。 */
function mergeComment(old: string | undefined, w: FigureWrite): string {
  const kept = (old ?? '')
    .split('；')
    .map((p) => p.trim())
    .filter((p) => p !== '' && !p.startsWith('来源：') && !p.startsWith('部门备注：') && !p.startsWith('原为 '));
  return [...kept, ...(w.replaced !== undefined ? [`原为 ${w.replaced}`] : []), w.source].join('；');
}

// ——— 文档树里找位置 ———

function parse(text: string) {
  return parseDocument(text, { uniqueKeys: false });
}

function findPair(map: YAMLMap, key: string): AnyPair | undefined {
  return map.items.find((p): p is AnyPair => isPair(p) && isScalar(p.key) && String(p.key.value) === key);
}

function pairAt(text: string, path: readonly string[]): AnyPair {
  let node: unknown = parse(text).contents;
  let pair: AnyPair | undefined;
  for (const key of path) {
    pair = isMap(node) ? findPair(node, key) : undefined;
    if (!pair) throw new Error(`找不到 ${path.join('.')}`);
    node = pair.value;
  }
  if (!pair) throw new Error('路径是空的');
  return pair;
}

const isFlowMap = (v: unknown): v is YAMLMap => isMap(v) && v.flow === true;

function keyStart(pair: AnyPair): number {
  return (pair.key as { range?: [number, number, number] }).range?.[0] ?? 0;
}

function keyEnd(pair: AnyPair): number {
  return (pair.key as { range?: [number, number, number] }).range?.[1] ?? 0;
}

/** 这一项最后一个字的下一个位置（值的末尾，不含行尾注释；块的值退回到最后一个非空白字）。 */
function lastOffset(text: string, pair: AnyPair): number {
  const value = pair.value as { range?: [number, number, number] } | null;
  let end = value?.range?.[1] ?? keyEnd(pair);
  const floor = keyEnd(pair);
  while (end > floor && /\s/.test(text.charAt(end - 1))) end--;
  return Math.max(end, floor);
}

function columnOf(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

/** 一层键的缩进：第一项的列；空的时候是上一层加一级。 */
function childIndent(text: string, parent: AnyPair, step: number): number {
  const map = parent.value;
  const first = isMap(map) ? map.items.find(isPair) : undefined;
  return first ? columnOf(text, keyStart(first)) : columnOf(text, keyStart(parent)) + step;
}

/** 缩进一级是几个空格：看文件里第一个嵌套的块（默认两个）。 */
function indentStep(text: string, root: unknown): number {
  const visit = (map: unknown): number | undefined => {
    if (!isMap(map) || map.flow) return undefined;
    for (const p of map.items) {
      if (!isPair(p) || !isMap(p.value) || p.value.flow) continue;
      const child = p.value.items.find(isPair);
      if (child) {
        const d = columnOf(text, keyStart(child)) - columnOf(text, keyStart(p));
        if (d > 0) return d;
      }
    }
    return undefined;
  };
  return visit(root) ?? 2;
}

// ——— 按行改文字 ———

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** 这一行内容的末尾（\r\n 或 \n 之前）。 */
function lineContentEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  const end = nl < 0 ? text.length : nl;
  return end > 0 && text.charAt(end - 1) === '\r' ? end - 1 : end;
}

/** 下一行的开头（最后一行没有换行时是文字末尾）。 */
function nextLineStart(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}

function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

function endWithNewline(text: string): number {
  return text.length;
}

function insert(text: string, at: number, lines: string): string {
  // 插在没有换行的最后一行之后：先补一个换行
  const prefix = at === text.length && text.length > 0 && !text.endsWith('\n') ? eolOf(text) : '';
  return text.slice(0, at) + prefix + lines + text.slice(at);
}

/** 把一项（键和写在同一行或几行里的值）换成一行"键: 值  # 注释"。原来的注释列对齐的，尽量对在原来的列上。 */
function replacePairLine(text: string, pair: AnyPair, valueText: string, comment?: (old: string | undefined) => string): string {
  const start = lineStart(text, keyStart(pair));
  const last = lastOffset(text, pair);
  const end = lineContentEnd(text, last);
  const rest = text.slice(last, end);
  const old = /^\s*#\s?(.*)$/.exec(rest);
  const head = `${text.slice(start, keyEnd(pair))}:${valueText === '' ? '' : ' '}${valueText}`;
  let tail = old ? rest : '';
  if (comment) {
    const c = comment(old?.[1]?.trimEnd());
    const oldColumn = old ? columnOf(text, last + rest.indexOf('#')) : -1;
    const pad = oldColumn - [...head].length >= 2 ? oldColumn - head.length : 2;
    tail = c ? `${' '.repeat(pad)}# ${c}` : '';
  } else if (old) {
    const oldColumn = columnOf(text, last + rest.indexOf('#'));
    tail = `${' '.repeat(Math.max(2, oldColumn - head.length))}${rest.trimStart()}`;
  }
  return text.slice(0, start) + head + tail + text.slice(end);
}

type Order = (key: string) => number;

const rank = (list: readonly string[], key: string) => {
  const i = list.indexOf(key);
  return i < 0 ? list.length + 1 : i;
};
const groupOrder: Order = (key) => (key === '自定义' ? 10_000 : rank(Object.keys(catalogue), key));
const fieldOrder =
  (group: string): Order =>
  (key) =>
    rank(Object.keys(catalogue[group]?.字段 ?? {}), key);
const figureKeyOrder: Order = (key) => rank(FIGURE_KEYS, key);

/**
 * 在 parent 这一项的值（一层键值）里把 key 设成 valueText：有这个键就改它那一行，没有就按次序插一行。
 * parent 的值还是空的（"学法:"）时，在它下面插第一行。
 */
function setChild(
  text: string,
  parent: AnyPair,
  key: string,
  valueText: string,
  order: Order,
  comment?: (old: string | undefined) => string,
  step = 2,
): string {
  const map = parent.value;
  const existing = isMap(map) ? findPair(map, key) : undefined;
  if (existing) return replacePairLine(text, existing, valueText, comment);
  const eol = eolOf(text);
  const indent = childIndent(text, parent, step);
  const c = comment?.(undefined);
  const line = `${' '.repeat(indent)}${scalarText(key)}:${valueText === '' ? '' : ' '}${valueText}${c ? `  # ${c}` : ''}${eol}`;
  if (!isMap(map)) {
    // 空着的上一层：把"学法: ~"这样写明的空值去掉，在它下面插
    const cleared = replacePairLine(text, parent, '');
    const at = nextLineStart(cleared, lineStart(cleared, keyStart(parent)));
    return insert(cleared, at, line);
  }
  const siblings = map.items.filter((p): p is AnyPair => isPair(p) && isScalar(p.key));
  const mine = order(key);
  const before = siblings.filter((p) => order(String((p.key as { value: unknown }).value)) < mine).at(-1);
  if (before) return insert(text, nextLineStart(text, lastOffset(text, before)), line);
  const first = siblings[0];
  return insert(text, first ? lineStart(text, keyStart(first)) : nextLineStart(text, keyEnd(parent)), line);
}

/** 删掉一层键值里的一个键（它那一行）。 */
function deleteChild(text: string, path: readonly string[], key: string): string {
  const map = pairAt(text, path).value;
  const pair = isMap(map) ? findPair(map, key) : undefined;
  if (!pair) return text;
  return text.slice(0, lineStart(text, keyStart(pair))) + text.slice(nextLineStart(text, lastOffset(text, pair)));
}

/** 花括号写在一起的一层（"行政复议: {收到申请: 233, 受理: 177}"）拆成一项一行，值照原样抄。 */
function toBlock(text: string, pair: AnyPair): string {
  const map = pair.value as YAMLMap;
  const eol = eolOf(text);
  const indent = ' '.repeat(columnOf(text, keyStart(pair)) + indentStep(text, parse(text).contents));
  const slice = (node: unknown) => {
    const r = (node as { range?: [number, number, number] } | null)?.range;
    return r ? text.slice(r[0], r[1]).replace(/\s*\r?\n\s*/g, ' ') : '';
  };
  const lines = map.items
    .filter(isPair)
    .map((p) => `${eol}${indent}${slice(p.key)}:${p.value === null ? '' : ` ${slice(p.value)}`}`)
    .join('');
  const start = lineStart(text, keyStart(pair));
  const last = lastOffset(text, pair);
  const end = lineContentEnd(text, last);
  const rest = text.slice(last, end);
  const comment = /^\s*#/.test(rest) ? `  ${rest.trimStart()}` : '';
  return text.slice(0, start) + `${text.slice(start, keyEnd(pair))}:${comment}${lines}` + text.slice(end);
}

/** 一个文字值写成 YAML（该加引号时加）。 */
function scalarText(value: string): string {
  return stringify(value, { lineWidth: 0 }).trim();
}
