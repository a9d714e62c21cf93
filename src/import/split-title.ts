import type { Node } from './structure-node.js';

/** 编号之后的文字 → 标题，和接排在标题后的正文。 */
export interface TitleSplit {
  title: string;
  layout: Node['layout'];
  /** 接排标题后去掉的句号（有下级事项时要还回去）。 */
  separator?: string;
  content?: string;
  /** 标题与正文的分界拿不准。 */
  unsure?: boolean;
}

const SENTENCE_END = /[。！？]/;
const CLAUSE_END = /[，；：,;:]/;
/** 接排标题最长多少字：再长就不像标题了。 */
const MAX_RUN_IN_TITLE = 60;

/** 章标题（和 Word 的标题样式）单独成行；标题后面跟着的句子作正文。 */
export function splitChapterTitle(rest: string): TitleSplit {
  const stop = rest.search(SENTENCE_END);
  if (stop >= 0 && stop < rest.length - 1 && stop <= MAX_RUN_IN_TITLE) {
    return { title: rest.slice(0, stop + 1), layout: 'standalone', content: rest.slice(stop + 1).trim() };
  }
  return { title: rest, layout: 'standalone' };
}

/**
 * 事项的标题与正文：第一个句号之前是标题（接排）；没有句号或句号太靠后时，取第一个逗号、分号之前
 * （连同标点，生成的文字不变），并注明拿不准。没有正文的是单独成行的标题。
 */
export function splitTitle(rest: string): TitleSplit {
  const stop = rest.search(SENTENCE_END);
  // "（一）加强组织领导：县政府……"：冒号在句号之前、离得不远时，标题到冒号为止（连同冒号）。
  const colon = rest.search(/[：:]/);
  if (colon > 0 && colon <= 40 && (stop < 0 || colon < stop) && colon < rest.length - 1) {
    return { title: rest.slice(0, colon + 1), layout: 'run-in', separator: '', content: rest.slice(colon + 1).trim() };
  }
  if (stop < 0 || stop === rest.length - 1) {
    if (rest.length <= MAX_RUN_IN_TITLE) return { title: rest, layout: 'standalone' };
  } else if (stop <= MAX_RUN_IN_TITLE) {
    const separator = rest[stop];
    const title = separator === '。' ? rest.slice(0, stop) : rest.slice(0, stop + 1);
    return { title, layout: 'run-in', separator: separator === '。' ? '。' : '', content: rest.slice(stop + 1).trim() };
  }
  const clause = rest.search(CLAUSE_END);
  if (clause > 0 && clause <= 40 && clause < rest.length - 1) {
    return { title: rest.slice(0, clause + 1), layout: 'run-in', separator: '', content: rest.slice(clause + 1).trim(), unsure: true };
  }
  if (stop > 0 && stop < rest.length - 1) {
    return { title: rest.slice(0, stop + 1), layout: 'run-in', separator: '', content: rest.slice(stop + 1).trim(), unsure: true };
  }
  return { title: rest, layout: 'standalone', unsure: true };
}
