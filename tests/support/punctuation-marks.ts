/**
 * 数标点：.md 预览里的每一个标点（Unicode 的标点 P 和符号 S 两大类：，。、；：“”（）《》—…％ + 等）
 * 和 PDF 文字层里的同一些字，逐个字符计数，好比对"哪一个标点少了几个"。
 *
 * .md 是 fzbg 按 templates/标准/报告.md.hbs 写的，标记只有这几种，数之前去掉，只留页面上印出来的字：
 * 行首的 # 号（标题级别）、标题后的 {.run-in}（接排）、::: 开头的行（主送、署名、日期、附注的围栏）、
 * 反斜杠转义（\. \< \>，页面上只印后面那个字）。
 */
import { footerRows } from './pdf-page-geometry.js';
import type { PdfPage } from './pdf-bbox.js';

const MARK = /[\p{P}\p{S}]/u;

/** 每个标点出现几次。 */
export function countMarks(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const ch of text) if (MARK.test(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  return counts;
}

/** .md 预览里印到页面上的文字（去掉 Markdown 标记）。 */
export function printedTextOfMarkdown(md: string): string {
  return md
    .split('\n')
    .filter((line) => !line.startsWith(':::'))
    .map((line) =>
      line
        .replace(/^#{1,6} /, '')
        .replace(/ \{\.run-in\}$/, '')
        .replace(/\\([!-/:-@[-`{-~])/g, '$1'),
    )
    .join('\n');
}

/** PDF 每页版心里的文字（不含页脚的页码"— 1 —"，它的一字线不是正文里的标点）。 */
export function printedTextOfPdf(pages: readonly PdfPage[]): string {
  return pages
    .map((p) => {
      const footer = new Set(footerRows(p));
      return p.rows
        .filter((r) => !footer.has(r))
        .map((r) => r.text)
        .join('\n');
    })
    .join('\n');
}

/** 两份计数按字符排好，写成 { '，': 183, … }，测试失败时一眼看出哪个标点差了几个。 */
export function asRecord(counts: Map<string, number>): Record<string, number> {
  return Object.fromEntries([...counts].sort(([a], [b]) => a.localeCompare(b)));
}
