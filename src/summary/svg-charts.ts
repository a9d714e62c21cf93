/**
 * 汇总网页里的图：直接写成 SVG 放进 HTML（不引用任何外部脚本或字体，断网也能看、能打印）。
 * 三种：横条图（各县的一个数字）、分组柱图（各年度交齐、按时、内容齐全的县数）、折线图（一个数字历年的变化）。
 */
import { escapeXml } from '../text/xml-text.js';
import { formatNumber } from '../text/format-number.js';

const FONT = `font-family="'Noto Sans CJK SC','Microsoft YaHei','黑体',sans-serif"`;
const COLORS = ['#2f5597', '#c55a11', '#548235', '#7030a0', '#bf9000', '#1f7a7a', '#a61c3c', '#5b6770'];

/** 刻度的上限：1、2、5 乘 10 的幂里不小于最大值的那个。 */
function niceMax(max: number): number {
  if (max <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(max));
  return ([1, 2, 5, 10].map((m) => m * p).find((v) => v >= max) ?? 10 * p) || 1;
}

const short = (n: number) =>
  n >= 1e8
    ? `${formatNumber(Number((n / 1e8).toFixed(2)))}亿`
    : n >= 1e4
      ? `${formatNumber(Number((n / 1e4).toFixed(2)))}万`
      : formatNumber(Number(n.toFixed(2)));

export function barChart(options: {
  title: string;
  unit: string;
  bars: { label: string; value: number; approx?: boolean }[];
  note?: string;
}): string {
  const { bars } = options;
  const labelWidth = 120;
  const width = 720;
  const rowHeight = 20;
  const top = 34;
  const plot = width - labelWidth - 80;
  const max = niceMax(Math.max(0, ...bars.map((b) => b.value)));
  const height = top + bars.length * rowHeight + (options.note ? 34 : 16);
  const rows = bars
    .map((b, i) => {
      const y = top + i * rowHeight;
      const w = Math.max(1, (b.value / max) * plot);
      return (
        `<text x="${labelWidth - 6}" y="${y + 14}" text-anchor="end" font-size="12">${escapeXml(b.label)}</text>` +
        `<rect x="${labelWidth}" y="${y + 3}" width="${w.toFixed(1)}" height="${rowHeight - 6}" fill="${COLORS[0]}"/>` +
        `<text x="${(labelWidth + w + 4).toFixed(1)}" y="${y + 14}" font-size="11" fill="#333">${escapeXml(short(b.value) + (b.approx ? '余' : ''))}</text>`
      );
    })
    .join('');
  const note = options.note ? `<text x="0" y="${height - 10}" font-size="11" fill="#666">${escapeXml(options.note)}</text>` : '';
  return svg(width, height, `${title(options.title, options.unit)}${rows}${note}`);
}

export function columnChart(options: {
  title: string;
  categories: string[];
  series: { label: string; values: number[] }[];
  max?: number;
}): string {
  const width = 720;
  const height = 260;
  const left = 44;
  const top = 40;
  const bottom = 40;
  const plotW = width - left - 20;
  const plotH = height - top - bottom;
  const max = niceMax(options.max ?? Math.max(0, ...options.series.flatMap((s) => s.values)));
  const groupW = plotW / Math.max(1, options.categories.length);
  const barW = Math.min(40, (groupW * 0.8) / Math.max(1, options.series.length));
  const parts: string[] = [title(options.title, '个县')];
  for (let t = 0; t <= 4; t++) {
    const v = (max * t) / 4;
    const y = top + plotH - (v / max) * plotH;
    parts.push(`<line x1="${left}" x2="${width - 20}" y1="${y.toFixed(1)}" y2="${y.toFixed(1)}" stroke="#ddd"/>`);
    parts.push(
      `<text x="${left - 4}" y="${(y + 4).toFixed(1)}" text-anchor="end" font-size="10" fill="#666">${escapeXml(short(v))}</text>`,
    );
  }
  options.categories.forEach((cat, i) => {
    const x0 = left + i * groupW + (groupW - barW * options.series.length) / 2;
    options.series.forEach((s, j) => {
      const v = s.values[i] ?? 0;
      const h = (v / max) * plotH;
      const x = x0 + j * barW;
      parts.push(
        `<rect x="${x.toFixed(1)}" y="${(top + plotH - h).toFixed(1)}" width="${(barW - 2).toFixed(1)}" height="${h.toFixed(1)}" fill="${COLORS[j % COLORS.length] ?? '#333'}"/>`,
      );
      parts.push(
        `<text x="${(x + barW / 2 - 1).toFixed(1)}" y="${(top + plotH - h - 3).toFixed(1)}" text-anchor="middle" font-size="10">${v}</text>`,
      );
    });
    parts.push(
      `<text x="${(left + i * groupW + groupW / 2).toFixed(1)}" y="${height - bottom + 16}" text-anchor="middle" font-size="12">${escapeXml(cat)}</text>`,
    );
  });
  parts.push(
    legend(
      options.series.map((s) => s.label),
      left,
      height - 10,
    ),
  );
  return svg(width, height, parts.join(''));
}

export function lineChart(options: {
  title: string;
  unit: string;
  years: number[];
  series: { label: string; points: (number | undefined)[] }[];
}): string {
  const width = 720;
  const height = 280;
  const left = 56;
  const top = 40;
  const bottom = 56;
  const plotW = width - left - 30;
  const plotH = height - top - bottom;
  const max = niceMax(Math.max(0, ...options.series.flatMap((s) => s.points.filter((p) => p !== undefined))));
  const n = options.years.length;
  const x = (i: number) => left + (n <= 1 ? plotW / 2 : (i / (n - 1)) * plotW);
  const y = (v: number) => top + plotH - (v / max) * plotH;
  const parts: string[] = [title(options.title, options.unit)];
  for (let t = 0; t <= 4; t++) {
    const v = (max * t) / 4;
    parts.push(`<line x1="${left}" x2="${left + plotW}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="#ddd"/>`);
    parts.push(
      `<text x="${left - 4}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end" font-size="10" fill="#666">${escapeXml(short(v))}</text>`,
    );
  }
  options.years.forEach((yr, i) =>
    parts.push(`<text x="${x(i).toFixed(1)}" y="${top + plotH + 16}" text-anchor="middle" font-size="11">${yr}</text>`),
  );
  options.series.forEach((s, j) => {
    const color = COLORS[j % COLORS.length] ?? '#333';
    const pts = s.points.map((p, i) => (p === undefined ? undefined : `${x(i).toFixed(1)},${y(p).toFixed(1)}`));
    // 缺了某一年的，折线在那里断开
    const runs: string[][] = [[]];
    for (const p of pts) {
      if (p === undefined) runs.push([]);
      else runs.at(-1)?.push(p);
    }
    for (const run of runs)
      if (run.length > 1) parts.push(`<polyline fill="none" stroke="${color}" stroke-width="2" points="${run.join(' ')}"/>`);
    for (const p of pts) if (p) parts.push(`<circle cx="${p.split(',')[0]}" cy="${p.split(',')[1]}" r="3" fill="${color}"/>`);
  });
  parts.push(
    legend(
      options.series.map((s) => s.label),
      left,
      height - 12,
    ),
  );
  return svg(width, height, parts.join(''));
}

function title(text: string, unit: string): string {
  return `<text x="0" y="18" font-size="14" font-weight="bold">${escapeXml(text)}${unit ? `<tspan font-size="11" font-weight="normal" fill="#666">（${escapeXml(unit)}）</tspan>` : ''}</text>`;
}

function legend(labels: string[], x0: number, y: number): string {
  let x = x0;
  return labels
    .map((label, i) => {
      const item = `<rect x="${x}" y="${y - 9}" width="10" height="10" fill="${COLORS[i % COLORS.length] ?? '#333'}"/><text x="${x + 14}" y="${y}" font-size="11">${escapeXml(label)}</text>`;
      x += 24 + [...label].length * 12;
      return item;
    })
    .join('');
}

function svg(width: number, height: number, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" ${FONT}>${body}</svg>`;
}
