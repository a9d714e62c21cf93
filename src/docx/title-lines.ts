/**
 * 标题回行（GB/T 9704：回行时要词意完整，排列对称，长短适宜）：一行放不下时，在词与词之间断成两行，
 * 挑两行长短最接近的断处，上行略短（梯形）；"—"、空格、"关于"之后这类自然的断处优先。
 */
const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/** 排出来的宽度（以一个汉字为 1）：ASCII 字符算半个字。 */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) < 0x2e80 && ch !== '—' ? 0.5 : 1;
  return w;
}

/** 标题分成几行（最多两行；两行也放不下时不断，交给 Word 自己回行）。 */
export function titleLines(title: string, charsPerLine: number): string[] {
  if (width(title) <= charsPerLine) return [title];
  const cuts = new Set<number>();
  let at = 0;
  for (const s of segmenter.segment(title)) {
    at += s.segment.length;
    if (at < title.length) cuts.add(at);
  }
  let best: { at: number; score: number } | undefined;
  for (const cut of cuts) {
    const first = title.slice(0, cut).trimEnd();
    const second = title.slice(cut).trimStart();
    const w1 = width(first);
    const w2 = width(second);
    if (w1 > charsPerLine || w2 > charsPerLine) continue;
    if (/\d$/.test(first) && /^[\d年月日号件个次份]/.test(second)) continue; // 数字和它的"年""件"不分开
    const natural = /[—\s]$/.test(title.slice(0, cut)) || /^\s/.test(title.slice(cut)) || /关于$/.test(first) ? 6 : 0;
    const score = Math.abs(w1 - w2) + (w1 > w2 ? 0.25 : 0) - natural;
    if (!best || score < best.score) best = { at: cut, score };
  }
  if (!best) return [title];
  return [title.slice(0, best.at).trimEnd(), title.slice(best.at).trimStart()];
}
