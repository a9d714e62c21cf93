import { at } from '../core/at.js';
import { isoDate, readDamagedDate } from './read-date.js';
import { DATE_LINE_KEY, type PageMeta } from './strip-web-chrome.js';

/** 选中的成文日期和它的出处（"落款""发布时间"……）。 */
export interface DateChoice {
  iso: string;
  /** 出处，写进注释："成文日期取自发布时间……"。 */
  source: string;
  /** 原文的写法。 */
  raw: string;
  /** 落款上完好的日期：不用提醒。 */
  trusted: boolean;
}

/** 落款日期丢了"年""月"时的读法（不止一种时读不出）。 */
export interface DamagedDate {
  raw: string;
  readings: string[];
}

/**
 * 网页上的日期按可信程度排：文档自己的（成文日期、发文日期）→ 发布日期、发布时间 → 别的日期、时间 →
 * 正文前只有日期的一行 → 更新时间（常是改网页的日子）。
 */
function metaRank(label: string): number {
  if (/成文|发文|印发|签发/.test(label)) return 1;
  if (/更新|修改|维护/.test(label)) return 5;
  if (label === DATE_LINE_KEY) return 4;
  if (/发布|公开|生成/.test(label)) return 2;
  if (/日期|时间/.test(label)) return 3;
  return 0;
}

/**
 * 成文日期：先看落款的日期；丢了"年""月"的（"202438"）只能拆成一种读法时用它；
 * 再看网页给出的各个日期（见 metaRank）。早于报告年度的不用（那是别的文件的日子）。
 */
export function chooseDate(
  signatureDate: string | undefined,
  meta: PageMeta,
  year: number | undefined,
): { choice?: DateChoice; damaged?: DamagedDate } {
  const fits = (iso: string | undefined): iso is string => !!iso && (year === undefined || Number(iso.slice(0, 4)) >= year);
  let damaged: DamagedDate | undefined;
  if (signatureDate !== undefined) {
    const iso = isoDate(signatureDate);
    if (fits(iso)) return { choice: { iso, source: '落款', raw: signatureDate, trusted: true } };
    const readings = readDamagedDate(signatureDate).filter(fits);
    damaged = { raw: signatureDate, readings };
    if (readings.length === 1)
      return { choice: { iso: at(readings, 0), source: '落款（丢了年、月）', raw: signatureDate, trusted: false }, damaged };
  }
  const fromPage = Object.entries(meta)
    .flatMap(([label, value]) => {
      const rank = metaRank(label);
      const iso = isoDate(value);
      return rank > 0 && fits(iso) ? [{ label, value, rank, iso }] : [];
    })
    .sort((a, b) => a.rank - b.rank);
  const best = fromPage[0];
  if (best) return { choice: { iso: best.iso, source: best.label, raw: best.value, trusted: false }, ...(damaged ? { damaged } : {}) };
  return damaged ? { damaged } : {};
}
