/**
 * 同比：只在两年都有这个数字、口径相同、都不是约数时才比较，否则什么也不说（决不编造比较）。
 *
 * 舍入：百分数和百分点都保留一位小数，四舍五入（0.05 进为 0.1，按绝对值舍入，负数对称）。
 * 计数和金额说"增长/下降 x%"，x = (今年 − 上年) ÷ 上年 × 100；上年为 0 时不说百分比（增减照说）。
 * 比率说"提高/下降 x 个百分点"，x = 今年 − 上年。
 * 相等时说"与上年持平"；不相等但舍入后为 0.0 时说"与上年基本持平"。
 */
import type { Figure } from '../resolve/figure.js';

export type Comparison =
  | {
      ok: true;
      direction: 'up' | 'down' | 'same' | 'about-same';
      amount: number;
      percent?: number;
      points?: number;
      current: number;
      previous: number;
    }
  | { ok: false; reason: string };

/** 按绝对值四舍五入到一位小数。 */
export function roundOneDecimal(x: number): number {
  const r = Math.round(Math.abs(x) * 10 + 1e-9) / 10;
  return x < 0 ? -r : r;
}

export function compareFigures(current: Figure | undefined, previous: Figure | undefined): Comparison {
  if (!current) return { ok: false, reason: '今年没有这个数字' };
  if (!previous) return { ok: false, reason: '上一年度没有这个数字（或没有上一年度的文件）' };
  if (current.值 === null) return { ok: false, reason: '今年的数字还没填' };
  if (previous.值 === null) return { ok: false, reason: '上一年度的数字是空的' };
  if ((current.口径 ?? '') !== (previous.口径 ?? '')) {
    return { ok: false, reason: `两年的口径不同（今年"${current.口径 ?? '全年'}"，上年"${previous.口径 ?? '全年'}"）` };
  }
  if (current.约 || previous.约) return { ok: false, reason: '约数不作比较' };
  const c = current.值;
  const p = previous.值;
  const amount = c - p;
  // 比率：目录里的比率，或自定义指标里单位写成 % 的（自定义指标没有“类型”）。
  if (current.类型 === '比率' || (current.类型 === undefined && current.单位 === '%')) {
    const points = roundOneDecimal(amount);
    const direction = amount === 0 ? 'same' : points === 0 ? 'about-same' : amount > 0 ? 'up' : 'down';
    return { ok: true, direction, amount, points: Math.abs(points), current: c, previous: p };
  }
  if (amount === 0) return { ok: true, direction: 'same', amount, percent: 0, current: c, previous: p };
  // 上年是 0：增减照说（"增加5件"），百分比算不出，同比什么也不说。
  if (p === 0) return { ok: true, direction: 'up', amount, current: c, previous: p };
  const percent = roundOneDecimal((amount / p) * 100);
  const direction = percent === 0 ? 'about-same' : amount > 0 ? 'up' : 'down';
  return { ok: true, direction, amount, percent: Math.abs(percent), current: c, previous: p };
}

/** "同比增长12.5%" / "同比下降3.0%" / "同比提高1.2个百分点" / "与上年持平" / "与上年基本持平"。 */
export function yearOverYearText(cmp: Comparison): string {
  if (!cmp.ok) return '';
  if (cmp.percent === undefined && cmp.points === undefined) return '';
  if (cmp.direction === 'same') return '与上年持平';
  if (cmp.direction === 'about-same') return '与上年基本持平';
  const verb = cmp.points !== undefined ? (cmp.direction === 'up' ? '提高' : '下降') : cmp.direction === 'up' ? '增长' : '下降';
  if (cmp.points !== undefined) return `同比${verb}${cmp.points.toFixed(1)}个百分点`;
  return cmp.percent !== undefined ? `同比${verb}${cmp.percent.toFixed(1)}%` : '';
}

/** "增加12件" / "减少3件" / "提高1.2个百分点" / "持平" / "基本持平"（比率舍入后为 0.0）。 */
export function changeText(cmp: Comparison, unit: string): string {
  if (!cmp.ok) return '';
  if (cmp.amount === 0) return '持平';
  if (cmp.points !== undefined) {
    if (cmp.points === 0) return '基本持平';
    return `${cmp.amount > 0 ? '提高' : '下降'}${cmp.points.toFixed(1)}个百分点`;
  }
  const n = Math.abs(cmp.amount);
  const shown = Number.isInteger(n) ? String(n) : String(Number(n.toFixed(6)));
  return `${cmp.amount > 0 ? '增加' : '减少'}${shown}${unit}`;
}
