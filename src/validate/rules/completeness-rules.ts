/** 《法治政府建设与责任落实督察工作规定》要求年度报告写的内容，每项要有对应"类别"的章。 */
import { problem, type Problem } from '../../diagnostics/diagnostic.js';
import type { Rule } from './rule.js';

const REQUIRED: readonly { kind: string; severity: 'error' | 'warning'; rule: string }[] = [
  { kind: '工作情况', severity: 'error', rule: '上一年度推进法治政府建设的主要举措和成效' },
  { kind: '存在问题', severity: 'error', rule: '上一年度推进法治政府建设存在的不足和原因' },
  { kind: '履职情况', severity: 'warning', rule: '上一年度党政主要负责人履行推进法治建设第一责任人职责、加强法治政府建设的有关情况' },
  { kind: '下步打算', severity: 'error', rule: '下一年度推进法治政府建设的主要安排' },
];

export const requiredContents: Rule = ({ report }) => {
  const present = new Set<string>(report.正文.flatMap((ch) => (Array.isArray(ch.类别) ? ch.类别 : [ch.类别])));
  return REQUIRED.filter((r) => !present.has(r.kind)).map((r): Problem =>
    problem(
      r.severity === 'error' ? 'content/missing' : 'content/missing-duties',
      ['正文'],
      `正文里没有"${r.kind}"的章。规定要求年度报告写明"${r.rule}"。`,
      { fix: `加一章"类别: ${r.kind}"，或在合并的章里写 类别: [……, ${r.kind}]。`, at: { key: true } },
    ),
  );
};
