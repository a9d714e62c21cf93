/**
 * 部门填回来的一个数：表格里可能是数字，也可能是文字——"300"、"３００"、"1,234"、"约300"、"300余件"、
 * "1.2万"、"99.5%"、"500万元"、"1.2亿元"。读成 {值, 约}，单位按指标的类型核对；读不了的说清楚为什么，决不猜。
 * "约数"和"统计口径"两栏也在这里读。
 */
import type { FigureKind } from '../schema/catalogue.js';
import { tidy } from '../forms/amount-unit.js';

/** 一个格子里的东西（exceljs 的各种值已经化成这几种）。percent：格子的数字格式是百分比（0.995 显示为 99.5%）。 */
export interface CellInput {
  value: number | string | boolean | Date | null;
  percent?: boolean;
}

export type ReadValue =
  | { kind: 'blank'; text?: string }
  | { kind: 'value'; 值: number; 约: boolean; 写法?: string; note?: string }
  | { kind: 'bad'; text: string; reason: string; fix: string };

type Kind = FigureKind | '自定义';

/** 这些写法当作没有填（"无"可能是 0，也可能是没有统计：不猜，报出来请核对）。 */
const BLANK = new Set(['', '-', '--', '—', '——', '/', '\\', '无', '暂无', '没有', '空', 'n/a', 'na', '不详', '待定', '待统计']);
const APPROX_BEFORE = /^(约|大约|约计|近|接近|超过|逾|>|≥|>=)/;
const APPROX_AFTER = /(余|多|\+|以上|左右)$/;
/** 计数的量词：数字后面写了单位也认（"233件"），只要是常见的量词或这个指标自己的单位。 */
const COUNT_UNITS = [
  '件次',
  '人次',
  '场次',
  '件',
  '个',
  '次',
  '场',
  '份',
  '条',
  '名',
  '人',
  '项',
  '期',
  '卷',
  '支',
  '家',
  '部',
  '户',
  '起',
  '宗',
  '篇',
];

export function readFormValue(cell: CellInput, kind: Kind, unit: string): ReadValue {
  const v = cell.value;
  if (v === null) return { kind: 'blank' };
  if (typeof v === 'boolean' || v instanceof Date) {
    const text = v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
    return bad(
      text,
      v instanceof Date ? '格子里是一个日期，不是数字' : '格子里不是数字',
      '只写数字；格子被设成了日期格式的，改成"常规"或"数值"再填。',
    );
  }
  if (typeof v === 'number') {
    const n = cell.percent && kind === '比率' ? tidy(v * 100) : v;
    return checked(n, false, kind, String(v));
  }
  return readText(v, kind, unit);
}

function readText(original: string, kind: Kind, unit: string): ReadValue {
  // 全角数字、逗号、百分号、空格（NFKC）；千分位逗号；中间的空格
  let t = original.normalize('NFKC').trim().replace(/\s+/g, '');
  if (BLANK.has(t.toLowerCase())) return t === '' ? { kind: 'blank' } : { kind: 'blank', text: original.trim() };
  t = t.replace(/(\d),(?=\d{3}(\D|$))/g, '$1');
  let approx = false;
  const before = APPROX_BEFORE.exec(t);
  if (before) {
    approx = true;
    t = t.slice(before[0].length);
  }
  const m = /^(\d+(?:\.\d+)?)(万|亿)?(余|多)?(.*)$/.exec(t);
  if (!m) return bad(original, '读不出数字', '只写数字，如 300；约数写 300 并在"约数"一栏选"是"。');
  let value = Number(m[1]);
  const scale = m[2];
  if (m[3]) approx = true;
  let rest = m[4] ?? '';
  const after = APPROX_AFTER.exec(rest);
  if (after) {
    approx = true;
    rest = rest.slice(0, -after[0].length);
  }
  let note: string | undefined;
  if (kind === '金额') {
    // 金额一律是万元：写了"万""万元"照读，"亿""亿元"乘一万，只写"元"的换成万元并提醒核对
    const written = `${scale ?? ''}${rest}`;
    if (written === '' || written === '万' || written === '万元') value = value * 1;
    else if (written === '亿' || written === '亿元') value = value * 10000;
    else if (written === '元') {
      value = value / 10000;
      note = `写的是"${original.trim()}"，已按元换算成 ${tidy(value)} 万元`;
    } else return bad(original, `数字后面的"${written}"不是金额的单位`, '金额只写万元数，不写单位。');
    return withNote(checked(tidy(value), approx, kind, original), note);
  }
  if (kind === '比率') {
    if (scale || (rest !== '' && rest !== '%')) return bad(original, `百分数后面多了"${scale ?? ''}${rest}"`, '比率只写百分数，如 99.5。');
    return checked(value, approx, kind, original);
  }
  if (scale) value = value * (scale === '万' ? 10000 : 100000000);
  const unitOk = rest === '' || rest === unit || COUNT_UNITS.includes(rest) || (kind === '自定义' && rest === unit);
  if (!unitOk) return bad(original, `数字后面的"${rest}"读不懂`, `只写数字（单位${unit || '见说明'}），要说明的写在"备注"里。`);
  const result = checked(tidy(value), approx, kind, original);
  // "1.2万余"这样的写法留着：正文可以照部门的说法写（写法），值是 12000。
  if (result.kind === 'value' && scale) result.写法 = `${m[1]}${scale}${approx ? '余' : ''}`;
  return result;
}

function checked(n: number, approx: boolean, kind: Kind, text: string): ReadValue {
  if (!Number.isFinite(n)) return bad(text, '不是一个数', '只写数字。');
  if (n < 0) return bad(text, '是负数', '填不小于 0 的数。');
  if (kind === '比率' && n > 100) return bad(text, '百分数超过了 100', '比率写 0 到 100 之间的百分数，如 99.5。');
  if (kind === '计数') {
    // LibreOffice、WPS 偶尔把 300 存成 299.99999999999997：离整数极近的算整数。
    const rounded = Math.round(n);
    if (Math.abs(n - rounded) > 1e-6) return bad(text, '计数应为整数', '件数、人次等写整数。');
    n = rounded;
  }
  return { kind: 'value', 值: n, 约: approx };
}

function bad(text: string, reason: string, fix: string): ReadValue {
  return { kind: 'bad', text, reason, fix };
}

function withNote(r: ReadValue, note: string | undefined): ReadValue {
  return r.kind === 'value' && note ? { ...r, note } : r;
}

/** "约数"一栏：是、√、约 算约数；否、空着算准数。 */
export function readApprox(cell: CellInput): boolean {
  const v = cell.value;
  if (v === true) return true;
  if (typeof v !== 'string') return false;
  return ['是', '√', '✓', '✔', '约', '约数', 'y', 'yes', 'true', '对'].includes(v.normalize('NFKC').trim().toLowerCase());
}

/**
 * "统计口径"一栏：整年的（空着、"全年"、"1—12月"）不写；"1-11月"、"1~11月"、"1至11月"统一写成"1—11月"，
 * 两年的口径才比得上（同比只在口径相同时才说）。
 */
export function readScope(cell: CellInput): string | undefined {
  const v = cell.value;
  if (v === null || typeof v === 'boolean') return undefined;
  if (v instanceof Date) return `${v.getUTCMonth() + 1}月${v.getUTCDate()}日`;
  const t = String(v)
    .normalize('NFKC')
    .trim()
    .replace(/\s+/g, '')
    .replace(/(\d)(?:-|–|—|~|～|至|到)+(\d)/g, '$1—$2');
  if (t === '' || t === '全年' || t === '1—12月' || t === '全年度') return undefined;
  return t;
}
