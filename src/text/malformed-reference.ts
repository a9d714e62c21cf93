/**
 * {{ }} 里的名字被空格、中文句号拆开了：{{ 指标. 行政应诉.案件 }}、{{指标 行政应诉 案件}}、{{指标.行政应诉。案件}}。
 * Handlebars 把它们读成别的东西，有的报出 JavaScript 的内部信息（"Cannot read properties of undefined"），
 * 有的什么也不报、在文档里留一个空白。求值之前先认出来，用中文说清楚，并给出该写的样子。
 * {{ 指标.行政应诉.案件 }}（只在两头有空格）、{{同比 指标.行政复议.受理}}（助手和它的数据之间的空格）是对的。
 */
export interface MalformedReference {
  /** 在文字里的下标（从 0 起）。 */
  index: number;
  written: string;
  meant: string;
}

const MUSTACHE = /\{\{(?!\{)([^{}]*)\}\}/g;

export function findMalformedReference(source: string, helpers: ReadonlySet<string>): MalformedReference | undefined {
  for (const m of source.matchAll(MUSTACHE)) {
    const inside = (m[1] ?? '').trim();
    // 块、标准语句、注释、带引号的参数：不是这里管的
    if (inside === '' || /^[#/>!^&]|^else\b/.test(inside) || /["'=()]/.test(inside)) continue;
    if ((m.index ?? 0) > 0 && source[(m.index ?? 0) - 1] === '\\') continue;
    const meant = meantReference(inside, helpers);
    if (meant === inside) continue;
    return { index: m.index ?? 0, written: m[0], meant: `{{${meant}}}` };
  }
  return undefined;
}

/** {{ }} 里想写的样子：名字之间的空格、中文句号换成点；助手（同比 …）和它的数据之间的空格留着。 */
export function meantReference(inside: string, helpers: ReadonlySet<string>): string {
  const text = inside.trim();
  if (!/[\s。．]/.test(text)) return text; // 常见的情形：没有空格、没有句号，不用改
  const first = text.split(/\s+/)[0];
  const helper = first !== undefined && helpers.has(first) ? first : undefined;
  const path = helper === undefined ? text : text.slice(helper.length).trim();
  const joined = path.replace(/[。．]/g, '.').replace(/\s*\.\s*/g, '.');
  // 不是助手时，名字之间的空格也是想写点
  const meantPath = helper === undefined ? joined.replace(/\s+/g, '.') : joined;
  return helper === undefined ? meantPath : `${helper} ${meantPath}`;
}
