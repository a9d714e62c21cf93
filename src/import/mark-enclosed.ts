/** 文字里每个字是否落在某对括号（《》、〔〕、“”……）之间：括号里的数字和年份不当指标、不改写。 */
export function markEnclosed(text: string, pairs: readonly (readonly [string, string])[]): boolean[] {
  const marked = new Array<boolean>(text.length).fill(false);
  for (const [open, close] of pairs) {
    let from = 0;
    for (;;) {
      const s = text.indexOf(open, from);
      if (s < 0) break;
      const e = text.indexOf(close, s + 1);
      if (e < 0) break;
      for (let i = s; i <= e; i++) marked[i] = true;
      from = e + 1;
    }
  }
  return marked;
}
