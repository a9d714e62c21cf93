/**
 * 把表单里填的一个数字写进数据文件的"指标"，只改那一处的文字：注释、顺序、引号、空行、对齐都不动。
 * 用 yaml 库的文档找到数字在文件里的位置（range），在原文上替换或插入；改完重新解析核对——
 * 除了这个数字，数据一点没变，才交出去。核对不过（很少见的写法，如整个"指标"写成一行花括号）
 * 时改用 yaml 库的文档 API 写回（注释仍保留，个别写法可能变）。
 */
import { isMap, isPair, isScalar, parseDocument, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import { displayWidth } from '../text/display-width.js';

export type SetFigureResult = { ok: true; text: string } | { ok: false; message: string };

type Path = readonly [group: string, field: string];

/** value 为 null 时清空（写成待填）。 */
export function setFigure(text: string, [group, field]: Path, value: number | null): SetFigureResult {
  const doc = parseDocument(text, { keepSourceTokens: true });
  if (doc.errors.length > 0) return { ok: false, message: '数据文件里有 YAML 格式错误，先在左边改正（见"问题"），再填数字。' };
  const root = doc.contents;
  if (root !== null && !isMap(root)) return { ok: false, message: '数据文件的最外层应是"键: 值"的形式。' };
  const shown = value === null ? '' : formatValue(value);
  const spliced = splice(text, root, group, field, shown);
  if (spliced !== undefined && sameExcept(doc, spliced, group, field, value)) return { ok: true, text: spliced };
  // 兜底：文档 API 写回（注释保留）。
  const target = figureNode(root, group, field);
  doc.setIn(isMap(target) ? ['指标', group, field, '值'] : ['指标', group, field], value);
  return { ok: true, text: doc.toString({ lineWidth: 0, nullStr: '' }) };
}

/** 数字的写法：整数照写，小数去掉浮点的尾巴（0.1 + 0.2 不写成 0.30000000000000004）。 */
function formatValue(v: number): string {
  return Number.isInteger(v) ? String(v) : String(Number(v.toFixed(6)));
}

function pairIn(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key);
}

function figureNode(root: YAMLMap | null, group: string, field: string): unknown {
  const figures = root ? pairIn(root, '指标')?.value : undefined;
  const g = isMap(figures) ? pairIn(figures, group)?.value : undefined;
  return isMap(g) ? pairIn(g, field)?.value : undefined;
}

/** 在原文上改：找得到数字就替换，找不到就在该在的地方插一行（或在花括号里加一项）。 */
function splice(text: string, root: YAMLMap | null, group: string, field: string, shown: string): string | undefined {
  const figures = root ? pairIn(root, '指标') : undefined;
  if (!root || !figures) return insertFiguresKey(text, root, group, field, shown);
  if (!isMap(figures.value)) return isEmpty(figures.value) ? insertUnder(text, figures, `${group}:\n${'  '}${field}: ${shown}`) : undefined;
  const g = pairIn(figures.value, group);
  if (!g) return insertLast(text, figures.value, `${group}:\n`, `  ${field}: ${shown}`);
  if (!isMap(g.value)) return isEmpty(g.value) ? insertUnder(text, g, `${field}: ${shown}`) : undefined;
  const f = pairIn(g.value, field);
  if (!f) return g.value.flow ? insertInFlow(text, g.value, `${field}: ${shown}`) : insertLast(text, g.value, '', `${field}: ${shown}`);
  const target = isMap(f.value) ? pairIn(f.value, '值')?.value : f.value;
  const flow = isMap(f.value) ? f.value.flow === true : g.value.flow === true;
  return isScalar(target) || target === null ? replaceScalar(text, target, flow, shown) : undefined;
}

function isEmpty(v: unknown): boolean {
  return v === null || (isScalar(v) && v.value === null);
}

function range(node: unknown): [number, number] | undefined {
  const r = (node as Node | null)?.range;
  return r ? [r[0], r[1]] : undefined;
}

/** 换掉一个数字（或空着的值）。冒号后留一个空格；这一行的注释仍在原来的列上。 */
function replaceScalar(text: string, node: unknown, flow: boolean, shown: string): string | undefined {
  const r = range(node);
  if (!r) return undefined;
  let from = r[0];
  while (from > 0 && (text[from - 1] === ' ' || text[from - 1] === '\t')) from--;
  if (text[from - 1] !== ':') return undefined;
  const replacement = shown === '' ? (flow ? ' ' : '') : ` ${shown}`;
  return keepCommentColumn(text, from, r[1], replacement);
}

/**
 * 把 [from, to) 换成 replacement；这一行后面有注释时，注释前的空格增减，使注释仍从原来的显示列开始（至少空一格）。
 * 办事员常把"# 上年：177"这样的注释排成一列。
 */
function keepCommentColumn(text: string, from: number, to: number, replacement: string): string {
  const lineStart = text.lastIndexOf('\n', from - 1) + 1;
  const lineEnd = text.indexOf('\n', to) < 0 ? text.length : text.indexOf('\n', to);
  const rest = text.slice(to, lineEnd);
  const comment = /^(\s*)(#.*)$/.exec(rest);
  const head = text.slice(lineStart, from) + replacement;
  if (!comment) return text.slice(0, from) + replacement + text.slice(to);
  const column = displayWidth(text.slice(lineStart, to) + (comment[1] ?? ''));
  const pad = Math.max(1, column - displayWidth(head));
  return text.slice(0, lineStart) + head + ' '.repeat(pad) + (comment[2] ?? '') + text.slice(lineEnd);
}

/** 键的下一行插入它的第一个下级（"行政复议:"下面还空着时）。 */
function insertUnder(text: string, pair: Pair, body: string): string | undefined {
  const key = range(pair.key);
  if (!key) return undefined;
  const indent = ' '.repeat(columnOf(text, key[0]) + 2);
  const at = lineEndAfter(text, key[1]);
  const lines = body.split('\n').map((l) => indent + l);
  return text.slice(0, at) + '\n' + lines.join('\n') + text.slice(at);
}

/** 块状映射的最后一项之后插一项，缩进与已有的项相同。head 是新组的键行（插一组时）。 */
function insertLast(text: string, map: YAMLMap, head: string, line: string): string | undefined {
  if (map.flow) return head ? undefined : insertInFlow(text, map, line);
  const first = map.items[0];
  const last = map.items[map.items.length - 1];
  const firstKey = range(first?.key);
  const end = range(last?.value ?? last?.key);
  if (!firstKey || !end) return undefined;
  const indent = ' '.repeat(columnOf(text, firstKey[0]));
  const at = text[end[1] - 1] === '\n' ? end[1] - 1 : lineEndAfter(text, end[1]);
  const inner = head ? `${indent}${head.trimEnd()}\n${indent}${line}` : `${indent}${line}`;
  return text.slice(0, at) + '\n' + inner + text.slice(at);
}

/** 花括号里加一项：{收到申请: 233} → {收到申请: 233, 受理: 177}。 */
function insertInFlow(text: string, map: YAMLMap, item: string): string | undefined {
  const r = range(map);
  if (!r || text[r[1] - 1] !== '}') return undefined;
  const close = r[1] - 1;
  const before = text.slice(r[0] + 1, close);
  const sep = before.trim() === '' ? '' : before.trimEnd().endsWith(',') ? ' ' : ', ';
  const trimmed = text.slice(0, r[0] + 1) + before.trimEnd();
  return trimmed + sep + item + (before.endsWith(' ') && before.trim() !== '' ? ' ' : '') + text.slice(close);
}

/** 文件里还没有"指标"：加在"正文"之前（没有正文时加在末尾）。 */
function insertFiguresKey(text: string, root: YAMLMap | null, group: string, field: string, shown: string): string {
  const block = `指标:\n  ${group}:\n    ${field}: ${shown}\n`;
  const body = root ? pairIn(root, '正文') : undefined;
  const at = range(body?.key);
  if (at) {
    const lineStart = text.lastIndexOf('\n', at[0] - 1) + 1;
    return text.slice(0, lineStart) + block + text.slice(lineStart);
  }
  return text + (text === '' || text.endsWith('\n') ? '' : '\n') + block;
}

function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

/** offset 所在行的行尾（换行符的位置，或文件末尾）。 */
function lineEndAfter(text: string, offset: number): number {
  const i = text.indexOf('\n', offset);
  return i < 0 ? text.length : i;
}

/** 改过的文字解析出的数据，与原来的数据只差这一个数字。 */
function sameExcept(old: Document, text: string, group: string, field: string, value: number | null): boolean {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return false;
  const expected = structuredClone((old.toJS() ?? {}) as Record<string, unknown>);
  const figures = (expected['指标'] ??= {}) as Record<string, unknown>;
  const g = (figures[group] ??= {}) as Record<string, unknown>;
  const current = g[field];
  if (current !== null && typeof current === 'object') (current as Record<string, unknown>)['值'] = value;
  else g[field] = value;
  return sameData(doc.toJS(), expected);
}

/** 两份数据相同（键的先后不论：新加的"指标"在"正文"之前）。 */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return (
    ka.length === kb.length &&
    ka.every((k) => Object.hasOwn(b, k) && sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}
