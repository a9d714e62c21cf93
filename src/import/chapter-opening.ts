import type { Kind } from './draft.js';

/**
 * 第一句（到第一个句号、冒号或"一是"为止，最多 80 字）里转折着说"但……还存在一些问题和不足"：
 * 要有"但""仍""还"这样的字（工作段落里"发现的问题逐项整改，存在问题全部销号"不是）。
 */
const PROBLEMS = /(?:但|仍|还|也|尚|依然)[^，。；]{0,6}?(?:存在|有)[^，。；]{0,8}?(?:问题|不足|短板|差距|薄弱环节)/;
const PROBLEMS_START = /^(?:存在的?(?:主要)?问题|问题和不足|不足之处)/;
/** "下一步，……""今后，……""新的一年，……"；存在问题之后的"2024年，我县将……"。 */
const PLANS_START = /^(?:下一步|下步|今后|新的一年|明年|未来一年)/;
const PLANS_YEAR = /^(?:19|20)\d{2}年[，,]?[^。；]{0,12}将/;

/**
 * 没有编号的一段是不是"存在问题"或"下步打算"一章的开头（有的报告只给工作情况编号，
 * 问题和打算写成不编号的段落："……取得阶段性成效，但工作中还存在一些问题和不足，一是……""下一步，县政府将……"）。
 */
export function openingKind(text: string, afterProblems: boolean): Kind | undefined {
  const firstSentence = text.slice(0, 80).split(/[。：:！？]|一是|一要/)[0] ?? '';
  if (PROBLEMS_START.test(text) || PROBLEMS.test(firstSentence)) return '存在问题';
  if (PLANS_START.test(text) || (afterProblems && PLANS_YEAR.test(text))) return '下步打算';
  return undefined;
}
