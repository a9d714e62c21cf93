/** 新年度草稿（fzbg new）的规则：待填的数字、上年打算的落实情况。 */
import { problem, type Problem } from '../../diagnostics/diagnostic.js';
import { textSimilarity } from '../../text/text-similarity.js';
import type { Rule } from './rule.js';

/** 待填的数字：草稿里是警告，定稿（--final）时是错误。 */
export const emptyFigures: Rule = ({ report, final }) => {
  const out: Problem[] = [];
  for (const [g, fields] of Object.entries(report.指标 ?? {})) {
    for (const [f, v] of Object.entries((fields ?? {}) as Record<string, unknown>)) {
      const empty = v === null || (typeof v === 'object' && v !== null && (v as { 值?: unknown }).值 === null);
      if (!empty) continue;
      out.push(
        problem(
          'figure/empty',
          v === null ? ['指标', g, f] : ['指标', g, f, '值'],
          final ? `指标"${g}.${f}"还没有填，定稿不能留空。` : `指标"${g}.${f}"还没有填，文档里暂时写作"××"。`,
          {
            fix: '填上今年的数字（上年的值在这一行的注释里）；不再报告这个数字就删掉它和正文里的引用。',
            at: { key: true },
            severity: final ? 'error' : 'warning',
          },
        ),
      );
    }
  }
  return out;
};

/** 工作情况各章里所有事项的标题（任意层级）。 */
function workItemTitles(report: Parameters<Rule>[0]['report']): Set<string> {
  const titles = new Set<string>();
  const walk = (items: { 标题?: string; 事项?: unknown[] }[] | undefined) => {
    for (const it of items ?? []) {
      if (it.标题) titles.add(it.标题.trim());
      walk(it.事项 as { 标题?: string; 事项?: unknown[] }[] | undefined);
    }
  };
  for (const ch of report.正文) {
    const kinds = Array.isArray(ch.类别) ? ch.类别 : [ch.类别];
    if (kinds.includes('工作情况')) walk(ch.事项);
  }
  return titles;
}

/** 最接近的事项标题（按字符的相似度，一半以上相同才算）。 */
function closestTitle(text: string, titles: Set<string>): string | undefined {
  let best: string | undefined;
  let score = 0.5;
  for (const t of titles) {
    const s = textSimilarity(text, t);
    if (s > score) [best, score] = [t, s];
  }
  return best;
}

/** 上年打算：每一条都要写明落实情况，或指出今年哪个工作情况事项报告了它。 */
export const planChecklist: Rule = ({ report }) => {
  const out: Problem[] = [];
  const titles = workItemTitles(report);
  (report.上年打算 ?? []).forEach((item, i) => {
    const short = [...item.打算].slice(0, 20).join('') + ([...item.打算].length > 20 ? '…' : '');
    if (item.对应 !== undefined && !titles.has(item.对应.trim())) {
      out.push(
        problem('plan/unknown-item', ['上年打算', i, '对应'], `上年打算"${short}"写的对应事项"${item.对应}"在工作情况里找不到。`, {
          fix: `${closestTitle(item.对应, titles) ? `是不是"${closestTitle(item.对应, titles)}"？` : ''}写工作情况里某个事项的标题（一字不差），或改写"落实"。`,
        }),
      );
    } else if (item.落实 === undefined && item.对应 === undefined) {
      out.push(
        problem('plan/unanswered', ['上年打算', i], `上年打算"${short}"还没有说落实情况。`, {
          fix: '加一行"落实: 已完成"（或 继续推进、不再进行），或"对应: <工作情况里报告它的事项标题>"。',
        }),
      );
    }
  });
  return out;
};
