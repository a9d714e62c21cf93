/**
 * 由上一年度的数据文件做出新年度的草稿（YAML 文档层面改，注释、顺序、写法都保留）：
 * 年度和成文日期顺延；数字清空，上年的值写在旁边的注释里；正文里指本年度和下一年度的年份词顺延；
 * 上年"下步打算"列成文末的"上年打算"清单。
 */
import { isMap, isPair, isScalar, isSeq, parseDocument, Scalar, type YAMLMap, type Document } from 'yaml';
import type { Report } from '../schema/report-types.generated.js';
import { isoDay, shiftIsoDate } from '../text/chinese-date.js';
import { lineFinder } from '../text/line-column.js';
import { carryPlans } from './carry-plans.js';
import { shiftYearWords, type YearWordChange } from './shift-year-words.js';

interface NextYearChange extends YearWordChange {
  /** 在旧文件里的行号。 */
  line: number;
}

export interface NextYearDraft {
  text: string;
  yearWords: NextYearChange[];
  emptied: number;
  plans: number;
}

const SCHEMA_LINE = '# yaml-language-server: $schema=../report.schema.json';

/** 不改年份词的键：名称、日期、数字、版式。 */
const FROZEN_KEYS = new Set(['地区', '发文机关', '成文日期', '指标', '版式', '上年打算', '年度']);

export function nextYearDraft(oldText: string, old: Report, fromFile: string, newYear: number, today = new Date()): NextYearDraft {
  const doc = parseDocument(oldText, { keepSourceTokens: false });
  const lineOf = lineFinder(oldText);
  const yearWords: NextYearChange[] = [];
  const shift = newYear - old.年度;

  // 正文等文字里的年份词（一年一年地挪，跨了几年就挪几次）
  walkStrings(doc.contents, [], (node, path) => {
    if (FROZEN_KEYS.has(String(path[0]))) return;
    let value = String(node.value);
    for (let k = 0; k < shift; k++) {
      const r = shiftYearWords(value, old.年度 + k);
      if (k === 0) {
        const base = lineOf(node.range?.[0] ?? 0);
        for (const c of r.changes) yearWords.push({ ...c, line: base });
      }
      value = r.text;
    }
    if (value !== node.value) node.value = value;
  });

  doc.set('年度', newYear);
  doc.set('成文日期', shiftIsoDate(old.成文日期, shift));

  const emptied = emptyFigures(doc);

  // 上一年度自己的"上年打算"（那一年已经答过了）不再带过来，换成上一年度"下步打算"的新清单。
  doc.delete('上年打算');
  const plans = carryPlans(old);
  if (plans.length) {
    const seq = doc.createNode(plans.map((p) => ({ 打算: p })));
    const pair = doc.createPair('上年打算', seq);
    (pair.key as Scalar).commentBefore =
      ` 上年"下步打算"的落实情况：每一条加"落实: 已完成"（或 继续推进、不再进行），\n 或"对应: <今年工作情况里报告它的事项标题>"。这一部分不进入文档。`;
    (doc.contents as YAMLMap).items.push(pair);
  }

  const stamp = isoDay(today);
  const header = `# 由 fzbg new 从 ${fromFile} 生成（${stamp}）：数字已清空（上年的值在旁边的注释里），年份已顺延，上年打算列在文末。`;
  // 说明放在 Schema 那一行之后（编辑器只认第一行的 $schema）。
  const lines = doc.toString({ nullStr: '', lineWidth: 0 }).split('\n');
  const schemaLine = lines.findIndex((l) => l.includes('yaml-language-server'));
  if (schemaLine >= 0) lines.splice(schemaLine + 1, 0, header);
  else lines.unshift(SCHEMA_LINE, header);
  return { text: lines.join('\n'), yearWords, emptied, plans: plans.length };
}

/** 指标里的每个数字清空，上年的写法作为注释留在旁边。返回清空了几个。 */
function emptyFigures(doc: Document): number {
  const figures = doc.get('指标', true);
  if (!isMap(figures)) return 0;
  let n = 0;
  for (const group of figures.items) {
    if (!isPair(group) || !isMap(group.value)) continue;
    group.value.flow = false;
    for (const field of group.value.items) {
      if (!isPair(field)) continue;
      const v = field.value;
      if (isScalar(v) && typeof v.value === 'number') {
        const empty = new Scalar(null);
        empty.comment = ` 上年：${shown(v.value)}`;
        field.value = empty;
        n++;
      } else if (isMap(v)) {
        const value = v.get('值', true);
        if (!isScalar(value) || typeof value.value !== 'number') continue;
        const writing = v.get('写法');
        const approx = v.get('约') === true;
        v.flow = false;
        const empty = new Scalar(null);
        empty.comment = ` 上年：${typeof writing === 'string' && writing !== '汉字' ? writing : shown(value.value) + (approx ? '余' : '')}`;
        v.set('值', empty);
        if (typeof writing === 'string' && writing !== '汉字') v.delete('写法');
        n++;
      }
    }
  }
  return n;
}

function shown(v: number): string {
  return Number.isInteger(v) ? String(v) : String(Number(v.toFixed(6)));
}

/** 文档里所有的文字值（不含键），带数据路径。 */
function walkStrings(node: unknown, path: (string | number)[], visit: (node: Scalar, path: (string | number)[]) => void): void {
  if (isScalar(node)) {
    if (typeof node.value === 'string') visit(node, path);
  } else if (isMap(node)) {
    for (const pair of node.items)
      if (isPair(pair) && isScalar(pair.key)) walkStrings(pair.value, [...path, String(pair.key.value)], visit);
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => walkStrings(item, [...path, i], visit));
  }
}
