import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { decodeText } from '../load/decode-text.js';
import type { SourceLine } from './source-line.js';

/**
 * 纯文本报告 → 非空的各行（UTF-8、带 BOM 的 UTF-8 或 GBK/GB18030 都认）。
 * 行首行尾的空白（含全角空格、不换行空格）去掉，行内连续的空白并成一个空格。
 */
export function readTextLines(bytes: Uint8Array, file: string): { lines: SourceLine[]; diagnostics: Diagnostic[] } {
  const { text, diagnostics } = decodeText(bytes, file);
  const lines: SourceLine[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const clean = cleanText(raw);
    if (clean) lines.push({ text: clean, line: i + 1 });
  });
  return { lines, diagnostics };
}

/** 去掉零宽字符和行首行尾空白，行内空白并成一个空格。 */
export function cleanText(raw: string): string {
  return raw
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[\s\u00a0\u3000]+/g, ' ')
    .trim();
}
