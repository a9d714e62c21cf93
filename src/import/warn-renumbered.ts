import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { chineseNumber } from '../text/chinese-number.js';
import { lineProblem } from './source-line.js';
import type { Node } from './structure-node.js';

/** 原文编号跳号或重号时，生成的文档按顺序重新编号：指出原文接不上的那一行（其后顺延的不再重复指出）。 */
export function warnRenumbered(root: Node, continuous: boolean, file: string, diagnostics: Diagnostic[]): void {
  const visit = (node: Node, counter: { level3?: number }) => {
    let previous: number | undefined;
    for (const child of node.children) {
      if (child.title === undefined) {
        visit(child, counter);
        continue;
      }
      const m = child.marker;
      if (m && child.line) {
        const runOn = child.level === 3 && continuous && counter.level3 !== undefined ? counter.level3 : undefined;
        const expected = previous !== undefined ? previous + 1 : runOn !== undefined ? runOn + 1 : 1;
        if (m.n !== expected && !(previous === undefined && m.n === 1)) {
          const shown = child.line.text.slice(0, m.length).trim();
          diagnostics.push(
            lineProblem(
              file,
              child.line,
              'import/renumbered',
              'warning',
              `原文的编号"${shown}"与上一项接不上（应为第 ${m.kind <= 2 ? chineseNumber(expected) : expected} 项），生成的文档按顺序编号。`,
              '原文确实跳号或重号时不用改；否则核对原文是否漏了一项。',
            ),
          );
        }
        previous = m.n;
        if (child.level === 3) counter.level3 = m.n;
      }
      visit(child, child.level === 1 ? {} : counter);
    }
  };
  visit(root, {});
}
