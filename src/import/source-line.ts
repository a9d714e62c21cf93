import type { Code } from '../diagnostics/codes.js';
import type { Diagnostic, Severity } from '../diagnostics/diagnostic.js';

/** 原文里的一段（.txt 的一行，.docx 的一段），带着它在原文里的位置和 Word 给的提示。 */
export interface SourceLine {
  text: string;
  /** .txt 是行号，.docx 是段落序号，都从 1 起。 */
  line: number;
  /** 一行被拆成几段时，这一段从第几个字开始（从 1 起）。 */
  column?: number;
  /** Word 样式说明了这一段是什么（fzbg 自己生成的 .docx 都有）。 */
  role?: 'title' | 'addressee' | 'signature' | 'date' | 'note';
  /** Word 的标题样式：1 为一级标题。 */
  heading?: 1 | 2 | 3 | 4;
  /** 段首加粗的文字（段落其余部分不加粗时）。 */
  boldLead?: string;
}

/** 指向原文某一段的问题。 */
export function lineProblem(
  file: string,
  at: Pick<SourceLine, 'line' | 'column' | 'text'>,
  code: Code,
  severity: Severity,
  message: string,
  fix?: string,
  offset = 0,
): Diagnostic {
  return {
    code,
    severity,
    file,
    line: at.line,
    column: (at.column ?? 1) + offset,
    message,
    ...(fix ? { fix } : {}),
    excerpt: at.text,
  };
}
