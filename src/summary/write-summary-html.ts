/**
 * 汇总的网页：一个自成一体的 .html（样式和图都在页面里，不引用任何外部文件，断网能看、能打印、能发邮件）。
 * 一、各县报告情况（图和表）；二、各组数字跨县对照（图、表、同比、全市合计）；三、自定义指标；四、检查出的问题。
 */
import { chineseNumber } from '../text/chinese-number.js';
import { formatNumber } from '../text/format-number.js';
import { REQUIRED_CONTENTS, type GroupTable, type SummaryModel } from './build-summary.js';
import { barChart, columnChart, lineChart } from './svg-charts.js';

const esc = (s: string | number | undefined) => String(s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** 横条图最多画几个县（几千个县都画就看不清了：画最多的这些，表里有全部）。 */
const MAX_BARS = 30;
/** 折线图画几个县的历年变化（年份最多的几个），另有全市合计。 */
const MAX_LINES = 5;

export function summaryHtml(m: SummaryModel, meta: { source: string; generated: string }): string {
  const reports = m.overview.filter((r) => r.present).length;
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>法治政府建设年度报告汇总</title>
<style>
body{font-family:"Noto Sans CJK SC","Microsoft YaHei","黑体",sans-serif;margin:2em auto;max-width:1200px;padding:0 1em;color:#111;line-height:1.5}
h1{text-align:center;font-weight:bold;margin-bottom:.2em}h2{border-bottom:2px solid #2f5597;padding-bottom:.2em;margin-top:2em}
h3{margin-top:1.6em}p.meta{text-align:center;color:#555;margin-top:0}
.cards{display:flex;gap:1em;flex-wrap:wrap;margin:1em 0}.card{border:1px solid #ccd;border-radius:6px;padding:.6em 1em;min-width:8em}
.card b{display:block;font-size:1.6em;color:#2f5597}.card.bad b{color:#c00000}
table{border-collapse:collapse;font-size:13px;margin:.6em 0}th,td{border:1px solid #bbb;padding:.15em .45em;text-align:right;white-space:nowrap}
th{background:#d9e1f2;position:sticky;top:0}td.t,th.t{text-align:left}td.msg{text-align:left;white-space:normal;min-width:24em;color:#444}
tr.missing td{background:#fde9e7}tr.total td{background:#fff2cc;font-weight:bold}td.no{color:#c00000;font-weight:bold}td.yes{color:#2e7d32}
td.up{color:#2e7d32}td.down{color:#c00000}small{color:#666}.charts{display:flex;flex-wrap:wrap;gap:1em}.scroll{max-height:32em;overflow:auto;display:inline-block}
@media print{.scroll{max-height:none;overflow:visible}th{position:static}}
</style></head><body>
<h1>法治政府建设年度报告汇总</h1>
<p class="meta">数据：${esc(meta.source)}（${m.counties.length} 个县，${reports} 份报告）&emsp;生成于 ${esc(meta.generated)}</p>
${overviewSection(m)}
<h2>二、各组数字跨县对照</h2>
<p>每组一张表：每个县每年一行，数字后面是同比（与同一个县上一年度的比；口径不同、约数、没有上一年度的不比）。
金额都换成了万元。"余"是约数，括号里是统计口径。全市合计只加计数和金额，比率不加；合计里有约数或部分口径的数时标出。</p>
${m.groups.map((g, i) => groupSection(g, i)).join('\n')}
${customSection(m)}
${problemSection(m)}
</body></html>
`;
}

function overviewSection(m: SummaryModel): string {
  const rows = m.overview.filter((r) => r.年度 === m.year);
  const present = rows.filter((r) => r.present);
  const card = (label: string, n: number, bad = false) => `<div class="card${bad && n > 0 ? ' bad' : ''}"><b>${n}</b>${esc(label)}</div>`;
  const perYear = m.years.map((y) => m.overview.filter((r) => r.年度 === y && r.present));
  const chart = columnChart({
    title: '各年度报告情况',
    categories: m.years.map((y) => `${y}年度`),
    series: [
      { label: '已交', values: perYear.map((r) => r.length) },
      { label: '规定内容齐全', values: perYear.map((r) => r.filter((x) => x.complete).length) },
      { label: '发布截止前成文', values: perYear.map((r) => r.filter((x) => x.onTime === true).length) },
      { label: '检查没有错误', values: perYear.map((r) => r.filter((x) => x.readable && x.errors === 0).length) },
    ],
  });
  const head = `<tr><th class="t">地区</th><th>年度</th><th>报告</th>${REQUIRED_CONTENTS.map((c) => `<th title="${esc(c.label)}">${esc(c.kind)}</th>`).join('')}<th>成文日期</th><th>发布截止</th><th>按时</th><th>错误</th><th>警告</th><th class="t">主要问题</th></tr>`;
  const body = m.overview
    .map((r) => {
      if (!r.present) {
        return `<tr class="missing"><td class="t">${esc(r.地区)}</td><td>${r.年度}</td><td class="no">未交</td>${'<td></td>'.repeat(REQUIRED_CONTENTS.length + 6)}</tr>`;
      }
      const contents = REQUIRED_CONTENTS.map((c, i) =>
        !r.readable ? '<td></td>' : r.contents[i] ? '<td class="yes">有</td>' : c.required ? '<td class="no">缺</td>' : '<td>—</td>',
      ).join('');
      const onTime = r.onTime === undefined ? '<td></td>' : r.onTime ? '<td class="yes">是</td>' : '<td class="no">否</td>';
      return (
        `<tr><td class="t">${esc(r.地区)}</td><td>${r.年度}</td><td class="${r.readable ? 'yes' : 'no'}">${r.readable ? '有' : '读不了'}</td>${contents}` +
        `<td>${esc(r.成文日期)}</td><td>${esc(r.截止)}</td>${onTime}<td class="${r.errors ? 'no' : ''}">${r.errors}</td><td>${r.warnings}</td>` +
        `<td class="msg">${r.top.map(esc).join('<br>')}</td></tr>`
      );
    })
    .join('\n');
  return `<h2>一、各县报告情况</h2>
<div class="cards">${card(`${m.year}年度应交的县`, m.counties.length)}${card('已交', present.length)}${card('未交', rows.length - present.length, true)}${card('规定内容不全', present.filter((r) => !r.complete).length, true)}${card('晚于发布截止', present.filter((r) => r.onTime === false).length, true)}${card('检查有错误', present.filter((r) => r.errors > 0 || !r.readable).length, true)}</div>
<p>规定的内容：《法治政府建设与责任落实督察工作规定》要求年度报告写的五项——${REQUIRED_CONTENTS.map((c) => `${c.kind}（${c.label}）`).join('、')}；"其他"可以没有。发布截止由模板的"发布截止"设定（默认下一年度 4 月 1 日前）。</p>
${chart}
<div class="scroll"><table>${head}\n${body}</table></div>`;
}

/** 图里画的那个数字：能加的字段里，最新一年报了它的县最多的那个。 */
function keyField(g: GroupTable): number {
  const latest = Math.max(...g.rows.map((r) => r.年度));
  let best = 0;
  let bestCount = -1;
  g.fields.forEach((f, i) => {
    const count = g.rows.filter((r) => r.年度 === latest && r.cells[i]).length + (f.additive ? 1e6 : 0);
    if (count > bestCount) [best, bestCount] = [i, count];
  });
  return best;
}

function groupSection(g: GroupTable, index: number): string {
  const k = keyField(g);
  const field = g.fields[k];
  const charts: string[] = [];
  if (field) {
    const latest = Math.max(...g.rows.map((r) => r.年度));
    const bars = g.rows
      .flatMap((r) => {
        const c = r.cells[k];
        return r.年度 === latest && c ? [{ label: r.地区, value: c.值, approx: c.约 }] : [];
      })
      .sort((a, b) => b.value - a.value);
    charts.push(
      barChart({
        title: `${latest}年度 ${field.title}`,
        unit: field.unit,
        bars: bars.slice(0, MAX_BARS),
        ...(bars.length > MAX_BARS ? { note: `共 ${bars.length} 个县有这个数，图里是最多的 ${MAX_BARS} 个；全部见下表。` } : {}),
      }),
    );
    // 横轴是连续的年份（缺的年份空着，折线断开），间隔才不骗人
    const present = g.rows.map((r) => r.年度);
    const years = Array.from({ length: Math.max(...present) - Math.min(...present) + 1 }, (_, i) => Math.min(...present) + i);
    if (years.length > 1) {
      const byCounty = new Map<string, Map<number, number>>();
      for (const r of g.rows) {
        const c = r.cells[k];
        if (c) byCounty.set(r.地区, (byCounty.get(r.地区) ?? new Map<number, number>()).set(r.年度, c.值));
      }
      const counties = [...byCounty]
        .filter(([, ys]) => ys.size > 1)
        .sort((a, b) => b[1].size - a[1].size || a[0].localeCompare(b[0], 'zh'))
        .slice(0, MAX_LINES);
      const series = counties.map(([name, ys]) => ({ label: name, points: years.map((y) => ys.get(y)) }));
      if (field.additive) {
        series.unshift({ label: '全市合计', points: years.map((y) => g.totals.find((t) => t.年度 === y)?.sums[k]?.value) });
      }
      if (series.length) charts.push(lineChart({ title: `${field.title}历年变化`, unit: field.unit, years, series }));
    }
  }
  const head = `<tr><th class="t">地区</th><th>年度</th>${g.fields.map((f) => `<th>${esc(f.title)}<br><small>${esc(f.unit)}</small></th><th>同比</th>`).join('')}</tr>`;
  const body = g.rows
    .map(
      (r) =>
        `<tr><td class="t">${esc(r.地区)}</td><td>${r.年度}</td>${r.cells
          .map((c) =>
            c
              ? `<td>${esc(c.text)}</td><td class="${/增长|提高/.test(c.yoy) ? 'up' : /下降/.test(c.yoy) ? 'down' : ''}">${esc(c.yoy)}</td>`
              : '<td></td><td></td>',
          )
          .join('')}</tr>`,
    )
    .join('\n');
  const totals = g.totals
    .map(
      (t) =>
        `<tr class="total"><td class="t">全市合计</td><td>${t.年度}</td>${t.sums
          .map((s) =>
            s
              ? `<td>${esc(formatNumber(s.value))}${s.approx || s.partial ? '*' : ''}<br><small>${s.counties} 个县</small></td><td></td>`
              : '<td></td><td></td>',
          )
          .join('')}</tr>`,
    )
    .join('\n');
  const starred = g.totals.some((t) => t.sums.some((s) => s && (s.approx || s.partial)));
  return `<h3>（${chineseNumber(index + 1)}）${esc(g.title)}</h3>
<div class="charts">${charts.join('')}</div>
<div class="scroll"><table>${head}\n${body}\n${totals}</table></div>${starred ? '\n<p><small>* 合计里有约数或只统计了部分时间的数。</small></p>' : ''}`;
}

/** 自定义指标各县名称不一：网页里按名称归并（几个县、几份报告），逐县的数在 .xlsx 的"自定义"表里。 */
function customSection(m: SummaryModel): string {
  if (!m.custom.length) return '';
  const byName = new Map<string, { unit: string; counties: Set<string>; reports: number; latest: number; sum: number }>();
  for (const c of m.custom) {
    const k = `${c.name}|${c.unit}`;
    const e = byName.get(k) ?? { unit: c.unit, counties: new Set<string>(), reports: 0, latest: 0, sum: 0 };
    e.counties.add(c.地区);
    e.reports++;
    if (c.年度 > e.latest) [e.latest, e.sum] = [c.年度, 0];
    if (c.年度 === e.latest) e.sum += c.cell.值;
    byName.set(k, e);
  }
  const rows = [...byName]
    .sort((a, b) => b[1].counties.size - a[1].counties.size || a[0].localeCompare(b[0], 'zh'))
    .map(
      ([k, e]) =>
        `<tr><td class="t">${esc(k.split('|')[0])}</td><td class="t">${esc(e.unit)}</td><td>${e.counties.size}</td><td>${e.reports}</td><td>${e.latest}</td><td>${esc(formatNumber(Number(e.sum.toFixed(6))))}</td></tr>`,
    )
    .join('\n');
  return `<h2>三、自定义指标</h2>
<p>目录里没有、各县自己报告的数字，按名称归并（名称各县不一，逐县的数见 .xlsx 的"自定义"表）。</p>
<div class="scroll"><table><tr><th class="t">名称</th><th class="t">单位</th><th>县数</th><th>报告份数</th><th>最近年度</th><th>最近年度之和</th></tr>
${rows}</table></div>`;
}

function problemSection(m: SummaryModel): string {
  const codes = m.problemCodes
    .map(
      (c) =>
        `<tr><td class="t">${esc(c.code)}</td><td class="${c.severity === 'error' ? 'no' : ''}">${c.severity === 'error' ? '错误' : '警告'}</td><td class="msg">${esc(c.meaning)}</td><td>${c.count}</td><td>${c.reports}</td></tr>`,
    )
    .join('\n');
  const errors = m.errors
    .map(
      (e) =>
        `<tr><td class="t">${esc(e.地区)}</td><td>${e.年度}</td><td class="t">${esc(e.file)}:${e.line}</td><td class="t">${esc(e.code)}</td><td class="msg">${esc(e.message)}</td></tr>`,
    )
    .join('\n');
  return `<h2>${m.custom.length ? '四' : '三'}、检查出的问题</h2>
<p>与 <code>fzbg check</code> 相同的检查。按代码统计；错误逐条列出（警告只计数，运行 fzbg check 查看）。</p>
${codes ? `<table><tr><th class="t">代码</th><th>严重程度</th><th class="t">含义</th><th>条数</th><th>报告份数</th></tr>\n${codes}</table>` : '<p>没有问题。</p>'}
${errors ? `<h3>错误</h3><div class="scroll"><table><tr><th class="t">地区</th><th>年度</th><th class="t">位置</th><th class="t">代码</th><th class="t">说明</th></tr>\n${errors}</table></div>` : ''}`;
}
