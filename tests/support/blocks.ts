/** 单元测试用：手写文档模型的块（来源不要紧时为 []）。 */
import type { DataPath } from '../../src/model/data-path.js';
import type { Block, HeadingLevel } from '../../src/model/document-model.js';

export const para = (text: string, source: DataPath = []): Block => ({ kind: 'paragraph', text, source });

export const heading = (level: HeadingLevel, number: string, text: string, runIn = false, source: DataPath = []): Block => ({
  kind: 'heading',
  level,
  number,
  text,
  runIn,
  source,
});

export const point = (prefix: string, text: string, joined = false, source: DataPath = []): Block => ({
  kind: 'point',
  prefix,
  text,
  joined,
  source,
});
