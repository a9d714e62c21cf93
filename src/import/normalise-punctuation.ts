import { at } from '../core/at.js';

/** 中文字符（汉字、全角标点、中文引号书名号）。 */
const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’《》〔〕【】—…]/;
const HALF_TO_FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！' };

/**
 * 网页常把中文里的标点存成半角（","";""(一)"）：中文旁边的半角逗号、分号、冒号、问号、叹号和括号
 * 改成全角，全角标点前后多余的空格去掉。数字之间的（1,000、10:30）不动。
 */
export function toFullWidthPunctuation(text: string): string {
  const chars = [...text];
  const cjkAt = (i: number) => i >= 0 && i < chars.length && CJK.test(chars[i] ?? '');
  const skipSpaces = (i: number, step: 1 | -1) => {
    while (i >= 0 && i < chars.length && chars[i] === ' ') i += step;
    return i;
  };
  for (let i = 0; i < chars.length; i++) {
    const full = HALF_TO_FULL[chars[i] ?? ''];
    if (!full) continue;
    const before = skipSpaces(i - 1, -1);
    const after = skipSpaces(i + 1, 1);
    const digitsAround = /\d/.test(chars[before] ?? '') && /\d/.test(chars[after] ?? '');
    if (!digitsAround && (cjkAt(before) || cjkAt(after))) chars[i] = full;
  }
  // 括号成对改：里面有中文、挨着中文，或在段首（"(一)""(1)"编号）。
  const open: number[] = [];
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] === '(') open.push(i);
    else if (chars[i] === ')') {
      const start = open.pop();
      if (start === undefined) continue;
      const inside = chars.slice(start + 1, i).join('');
      if (CJK.test(inside) || cjkAt(start - 1) || cjkAt(i + 1) || start === 0) {
        chars[start] = '（';
        chars[i] = '）';
      }
    }
  }
  // 英文双引号成对改成中文引号（里面有中文时）。
  const quotes = chars.map((c, i) => (c === '"' ? i : -1)).filter((i) => i >= 0);
  for (let k = 0; k + 1 < quotes.length; k += 2) {
    const [open, close] = [at(quotes, k), at(quotes, k + 1)];
    if (CJK.test(chars.slice(open + 1, close).join(''))) {
      chars[open] = '“';
      chars[close] = '”';
    }
  }
  return chars.join('').replace(/ *([，。；：！？、“”（）《》]) */g, '$1');
}
