/** 与上一年度一字不差的段落（20 字以上，标题除外）：多半是忘了改。比较两年渲染出来的文档。 */
import { problem, type Problem } from '../../diagnostics/diagnostic.js';
import { pointText, type Block } from '../../model/document-model.js';
import type { Rule } from './rule.js';

const STALE_MIN_CHARS = 20;

/** 比较的文字：段落和要点（要点不带"一是"，挪了位置、换了编号也认得出）。标题年年一样是常事，不比。 */
function comparable(b: Block): string | undefined {
  if (b.kind !== 'paragraph' && b.kind !== 'point') return undefined;
  const t = (b.kind === 'point' ? pointText(b) : b.text).trim();
  return [...t].length >= STALE_MIN_CHARS ? t : undefined;
}

export const staleText: Rule = ({ model, priorModel }) => {
  if (!priorModel) return [];
  const last = new Set(priorModel.blocks.map(comparable).filter((t): t is string => t !== undefined));
  const out: Problem[] = [];
  for (const b of model.blocks) {
    const t = comparable(b);
    if (t === undefined || !last.has(t)) continue;
    out.push(
      problem('text/stale', b.source, `这段文字与上一年度一字不差（"${[...t].slice(0, 16).join('')}…"），可能忘了改。`, {
        fix: '按今年的情况改写；确实不变的可以不管这条提醒。',
      }),
    );
  }
  return out;
};
