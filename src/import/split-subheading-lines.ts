import { detectMarker } from './detect-marker.js';
import type { SourceLine } from './source-line.js';

/** 标题后面紧接着下一级的第一项，中间至多有空白："（二）规范行政执法 1.推行……"。 */
const SUB_MARKER = /\s*(?:1\s*[.．、]|[（(]\s*1\s*[）)]|[（(]\s*一\s*[）)])/g;
const MAX_TITLE = 40;

/**
 * 一行里的章或（一）标题后面接着写了下一级的"1."（或"（一）""（1）"）：拆成两段。
 * 只在标题部分没有句号、不长，后面的编号是下一级的第一项时才拆。
 */
export function splitSubheadingLines(lines: readonly SourceLine[]): SourceLine[] {
  return lines.flatMap((line) => {
    const m = detectMarker(line.text);
    if (!m || m.weak || m.kind > 2) return [line];
    const rest = line.text.slice(m.length);
    for (const found of rest.matchAll(SUB_MARKER)) {
      const title = rest.slice(0, found.index);
      if (found.index < 2 || title.length > MAX_TITLE || /[。！？；]/.test(title)) break;
      const subStart = m.length + found.index + (found[0].length - found[0].trimStart().length);
      const sub = detectMarker(line.text.slice(subStart));
      if (!sub || sub.weak || sub.n !== 1 || sub.kind <= m.kind) continue;
      const column = line.column ?? 1;
      return [
        { ...line, text: line.text.slice(0, m.length + found.index).trimEnd() },
        { ...line, text: line.text.slice(subStart), column: column + subStart },
      ];
    }
    return [line];
  });
}
