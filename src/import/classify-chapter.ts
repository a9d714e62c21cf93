import type { Kind } from './draft.js';

/** 章标题里的用词 → 类别（按在标题里出现的先后；"存在问题及下步打算"得到两个）。 */
const WORDING: readonly { kind: Kind; pattern: RegExp }[] = [
  { kind: '履职情况', pattern: /第一责任人|履行职责|履职|述法/ },
  { kind: '存在问题', pattern: /问题|不足|短板|差距|薄弱/ },
  { kind: '下步打算', pattern: /打算|安排|下一步|下步|思路|计划|工作重点|重点工作|展望/ },
  { kind: '意见建议', pattern: /意见建议|有关建议|建议/ },
  { kind: '工作情况', pattern: /成效|举措|工作情况|开展情况|推进情况|进展情况|建设情况|主要工作|基本情况|做法|成绩|进展/ },
];

/** 章标题 → 类别；认不出时为空列表。 */
export function classifyChapter(title: string): Kind[] {
  const found: { kind: Kind; at: number }[] = [];
  for (const { kind, pattern } of WORDING) {
    const m = pattern.exec(title);
    if (m) found.push({ kind, at: m.index });
  }
  // "主要负责人履行职责情况"：有履职就不再算工作情况
  const kinds = found.sort((a, b) => a.at - b.at).map((f) => f.kind);
  return kinds.includes('履职情况') ? kinds.filter((k) => k !== '工作情况') : kinds;
}
