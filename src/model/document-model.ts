/**
 * 文档模型：.md 预览解析出来的结构，也是写 .docx 的唯一输入。
 * 与 Word 无关，测试比较它（.docx 的字节里有时间戳）。
 */
export type HeadingLevel = 1 | 2 | 3 | 4;

export interface Run {
  text: string;
  /** 接排标题部分用该级标题的字体。 */
  heading?: HeadingLevel;
  /** 修订（与上年对比的 Word 文档）：新增或删除的文字。 */
  revision?: 'insert' | 'delete';
}

export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'addressee'; text: string }
  | { kind: 'heading'; level: HeadingLevel; text: string }
  | { kind: 'paragraph'; runs: Run[] }
  | { kind: 'signature'; text: string }
  | { kind: 'date'; text: string }
  | { kind: 'note'; text: string };

export interface DocumentModel {
  blocks: Block[];
}

/** 一个块的纯文字（测试和比较用）。 */
export function blockText(b: Block): string {
  return b.kind === 'paragraph' ? b.runs.map((r) => r.text).join('') : b.text;
}

/** 一个块的文字段（非段落的块只有一段）。 */
export function blockRuns(b: Block): Run[] {
  return b.kind === 'paragraph' ? b.runs : [{ text: b.text }];
}
