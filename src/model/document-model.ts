/**
 * 文档模型：由数据渲染出来的文档，是所有输出的唯一来源——.md 预览、.docx、修订稿、比较、网页预览都从它来。
 * 每一块都记着它的文字来自数据文件的哪个位置（source），比较和预览由此指回文件的行。
 * 块是"逻辑上的块"：接排的标题、连写的要点各自是一块，排到纸面上时才并成一段（page-paragraphs.ts）。
 * 与 Word 无关；测试比较它（.docx 的字节里有时间戳）。
 */
import type { DataPath } from './data-path.js';

export type HeadingLevel = 1 | 2 | 3 | 4;

export interface Run {
  text: string;
  /** 接排标题部分用该级标题的字体。 */
  heading?: HeadingLevel;
  /** 修订（与上年对比的 Word 文档）：新增或删除的文字。 */
  revision?: 'insert' | 'delete';
}

interface Sourced {
  /** 文字来自数据文件的哪个值；模板自己写的文字为 []。 */
  source: DataPath;
}

export type Block =
  | ({ kind: 'title'; text: string } & Sourced)
  | ({ kind: 'addressee'; text: string } & Sourced)
  /** 章（1）和各级事项（2—4）的标题；runIn：与下一块接排成一段（"（一）标题。正文……"）。source 是章或事项本身。 */
  | ({ kind: 'heading'; level: HeadingLevel; number: string; text: string; runIn: boolean } & Sourced)
  | ({ kind: 'paragraph'; text: string } & Sourced)
  /**
   * 要点的一条："一是……"。joined：接在上一段后面（连写），否则自成一段。source 是这一条。
   * title：写成 {标题, 内容} 的一条的标题（"一是深入学习宣传习近平法治思想。"），用 level 那一级接排标题的字体。
   */
  | ({ kind: 'point'; prefix: string; title?: PointTitle; text: string; joined: boolean } & Sourced)
  | ({ kind: 'signature'; text: string } & Sourced)
  | ({ kind: 'date'; text: string } & Sourced)
  | ({ kind: 'note'; text: string } & Sourced);

interface PointTitle {
  text: string;
  level: HeadingLevel;
}

/** 一章：在数据里的位置和它的类别（比较两年时按类别对齐章）。 */
interface ChapterInfo {
  source: DataPath;
  kinds: readonly string[];
}

export interface DocumentModel {
  blocks: Block[];
  chapters: ChapterInfo[];
}

/** 一块在纸面上的文字（带编号、前缀）。 */
export function blockText(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return b.number + b.text;
    case 'point':
      return b.prefix + pointText(b);
    case 'title':
    case 'addressee':
    case 'paragraph':
    case 'signature':
    case 'date':
    case 'note':
      return b.text;
  }
}

/** 要点一条的文字，不带"一是"（有标题时连同标题）：比较两年时按它对齐。 */
export function pointText(b: Extract<Block, { kind: 'point' }>): string {
  return (b.title?.text ?? '') + b.text;
}

/** 一块的文字段：接排标题、要点的标题（连同"一是"）用标题的字体，其余一段。 */
export function blockRuns(b: Block): Run[] {
  if (b.kind === 'heading' && b.runIn) return [{ text: blockText(b), heading: b.level }];
  if (b.kind === 'point' && b.title) {
    const lead: Run = { text: b.prefix + b.title.text, heading: b.title.level };
    return b.text === '' ? [lead] : [lead, { text: b.text }];
  }
  return [{ text: blockText(b) }];
}

/** 文档的标题（文档属性里也写它）。 */
export function documentTitle(model: DocumentModel): string {
  const title = model.blocks.find((b) => b.kind === 'title');
  return title?.text ?? '法治政府建设情况报告';
}
