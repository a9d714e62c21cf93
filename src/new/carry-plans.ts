import type { Chapter, Report } from '../schema/report-types.generated.js';

/**
 * 上一年度"下步打算"里的各条：事项的标题，要点的标题（写成 {标题, 内容} 时）或第一句。新年度的文件里列成清单，
 * check 会提醒逐条说明落实情况。
 */
export function carryPlans(report: Report): string[] {
  const out: string[] = [];
  for (const ch of report.正文 as Chapter[]) {
    const kinds = Array.isArray(ch.类别) ? ch.类别 : [ch.类别];
    if (!kinds.includes('下步打算')) continue;
    for (const it of ch.事项 ?? []) {
      const t = it.标题 ?? firstSentence(Array.isArray(it.内容) ? it.内容[0] : it.内容);
      if (t) out.push(t.trim());
    }
    const points = ch.要点 === undefined ? [] : Array.isArray(ch.要点) ? ch.要点 : ch.要点.条目;
    for (const p of points) {
      // 写成 {标题, 内容} 的一条用它的标题，否则用第一句。
      const t = typeof p === 'string' ? firstSentence(p) : p.标题.trim().replace(/[。；：]$/, '');
      if (t) out.push(t);
    }
  }
  return out;
}

/** 第一句（到第一个句号、分号或冒号为止）；里面的 {{…}} 原样保留。 */
function firstSentence(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const m = /^[^。；：！？]*[。；：！？]?/.exec(text.trim());
  const s = (m?.[0] ?? text).replace(/[。；：]$/, '').trim();
  return s.length ? s : undefined;
}
