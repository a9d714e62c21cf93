import { WROTE_NOTHING } from '../template/helpers.js';

const PAUSE = new Set(['，', '、', '；', '：']);
const STOP = new Set(['。', '！', '？']);

/**
 * 去掉助手"什么也没写"留下的记号，连同它造成的重复标点：
 *   "86件，▯，受理" → "86件，受理"；"86件，▯。" → "86件。"；"▯，受理" → "受理"；"（▯）" → ""
 * 只动记号两边，办事员自己写的标点不动。
 */
export function closeGaps(text: string): string {
  if (!text.includes(WROTE_NOTHING)) return text;
  let out = '';
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] ?? '';
    if (ch !== WROTE_NOTHING) {
      out += ch;
      continue;
    }
    // 连着的几个记号当一个
    while (chars[i + 1] === WROTE_NOTHING) i++;
    const before = [...out].at(-1) ?? '';
    const after = chars[i + 1] ?? '';
    if (before === '（' && after === '）') {
      out = [...out].slice(0, -1).join('');
      i++;
    } else if (PAUSE.has(before) && (PAUSE.has(after) || STOP.has(after))) {
      // 前面的停顿标点让给后面的（句号留下）
      out = [...out].slice(0, -1).join('');
    } else if ((out === '' || STOP.has(before)) && PAUSE.has(after)) {
      i++;
    }
  }
  return out;
}
