import type { Marker } from './detect-marker.js';
import type { Kind } from './draft.js';
import type { EnumerationPrefix, GappedEnumeration, InlineEnumeration } from './recognise-enumeration.js';
import type { SourceLine } from './source-line.js';

/** 一段正文，连同认出的列举（段首"一是"、段中"一是……二是……"、段首加粗）。 */
export interface Para {
  text: string;
  line: SourceLine;
  start?: { n: number; prefix: EnumerationPrefix };
  inline?: InlineEnumeration;
  /** 段中跳了号的"一是……三是……"。 */
  gapped?: GappedEnumeration;
  bold?: string;
}

/** 认结构时的一章或一个事项（level 1 为章，2—4 为各级事项，0 为报告本身）。 */
export interface Node {
  level: number;
  title?: string;
  /** 标题单独成行，或与正文接排（"（一）标题。正文"）。 */
  layout: 'standalone' | 'run-in' | 'none';
  /** 接排标题后去掉的句号（有下级事项时要还回去）。 */
  separator?: string;
  marker?: Marker;
  line?: SourceLine;
  paras: Para[];
  children: Node[];
  /** 标题与正文的分界拿不准（原文标题后没有句号）。 */
  unsure?: boolean;
  /** 没有编号、由开头的话认出的章（"……但还存在一些问题和不足""下一步，……"）的类别。 */
  kind?: Kind;
}
