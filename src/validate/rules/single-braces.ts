/**
 * 只写了一层花括号的引用：组织参加行政诉讼{指标.行政应诉.案件}件。Handlebars 只认 {{ }}，
 * 一层的照原样印进文档，检查却不出声——所以凡是花括号里像引用的（指标.…、年度、地区、同比 指标.…、> 标准语句），
 * 不论半角 { } 还是全角｛ ｝，都是错误，并给出该写的样子。两层的全角｛｛ ｝｝另有提醒（text/full-width-braces）。
 */
import { problem, type Problem } from '../../diagnostics/diagnostic.js';
import type { DataPath } from '../../model/data-path.js';
import type { Rule } from './rule.js';

/** 一层花括号（前后都不紧挨着另一个括号，也不是 \{ 转义）。 */
const SINGLE = /(?<![{｛\\])[{｛]([^{}｛｝\n]{1,80})[}｝](?![}｝])/g;
/** 里面像一个引用：数据的名字（可带助手），或标准语句。 */
const REFERENCE =
  /^\s*(?:(?:(?:同比|增减|上年)\s+)?(?:指标(?:\s*[.．。]\s*[^\s.．。{}｛｝，,、；]+){1,3}|年度|下一年度|上一年度|地区)|>\s*[^\s{}]+)\s*$/;
/** 不进文档的部分：数字、版式、上年打算的清单、忽略的说明。 */
const NOT_TEXT = new Set(['指标', '版式', '上年打算', '忽略']);

export const singleBraces: Rule = ({ report }) => {
  const out: Problem[] = [];
  const walk = (v: unknown, path: DataPath) => {
    if (typeof v === 'string') {
      for (const m of v.matchAll(SINGLE)) {
        const inside = m[1] ?? '';
        if (!REFERENCE.test(inside)) continue;
        const meant = `{{${inside.trim().replace(/\s*[.．。]\s*/g, '.')}}}`;
        out.push(
          problem('text/single-braces', path, `"${m[0]}"只有一层花括号，不会换成数据，文档里会照原样印出"${m[0]}"。`, {
            fix: `写成 ${meant}（两层英文半角花括号）${(m.index ?? 0) === 0 && m[0].startsWith('{') ? '，这段文字以花括号开头，整段还要加英文双引号' : ''}。`,
            at: { offset: m.index ?? 0 },
          }),
        );
      }
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) if (path.length > 0 || !NOT_TEXT.has(k)) walk(x, [...path, k]);
  };
  walk(report, []);
  return out;
};
