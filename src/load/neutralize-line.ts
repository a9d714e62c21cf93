/**
 * YAML 读不下去的一行，报过之后在内存里把它换成一个无害的值，再从头解析：这一行引起的连带错误
 * （一个多余的引号、花括号让后面每一行都报错）随之消失，还剩下的才是别的、独立的问题。
 * 键和缩进保留（结构不变，行号不变）；值换成只含原来那些 {{…}} 的一段文字，
 * 这样它引用的数字仍算"用到了"，不会引出"指标没有用到"的连带提醒。
 */

/** 键（可在"- "之后）：不以引号、括号开头，到第一个": "为止。 */
const KEY = /^(\s*(?:-\s+)?)([^\s#'"{}[\],:][^#:]*?):(?=\s|$)/;

export function neutralizeLine(line: string): string {
  const cr = line.endsWith('\r') ? '\r' : '';
  const body = cr ? line.slice(0, -1) : line;
  const refs = [...body.matchAll(/\{\{[^{}]*\}\}/g)].map((m) => m[0]).join('');
  const placeholder = `'${refs.replace(/'/g, "''")}'`;
  const key = KEY.exec(body);
  if (key) return `${key[0]} ${placeholder}${cr}`;
  const dash = /^(\s*-)(?=\s|$)/.exec(body);
  if (dash) return `${dash[1] ?? '-'} ${placeholder}${cr}`;
  return cr;
}
