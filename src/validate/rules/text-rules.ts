/** 文字里 XML 不允许的字符（控制字符、U+FFFE/FFFF、孤立的代理项）：Word 会拒绝打开。生成时删掉，这里指出来。 */
import { problem, type Problem } from '../../diagnostics/diagnostic.js';
import type { DataPath } from '../../model/data-path.js';
import { findIllegalXml } from '../../text/xml-text.js';
import type { Rule } from './rule.js';

export const illegalCharacters: Rule = ({ report }) => {
  const out: Problem[] = [];
  const walk = (v: unknown, path: DataPath) => {
    if (typeof v === 'string') {
      const at = findIllegalXml(v);
      if (at >= 0) {
        const code = v.codePointAt(at) ?? 0;
        out.push(
          problem(
            'text/illegal-char',
            path,
            `文字里有不可见的控制字符 U+${code.toString(16).toUpperCase().padStart(4, '0')}，Word 文档里不能有它，生成时已删掉。`,
            { fix: '这种字符多是从网页或其他软件复制时带进来的：删掉这个位置的字符后重新输入。', at: { offset: at } },
          ),
        );
      }
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
  };
  walk(report, []);
  return out;
};

/** 全角的大括号 ｛｛…｝｝：多半是想引用数据，输入法打成了全角，文档里会照原样出现。 */
export const fullWidthBraces: Rule = ({ report }) => {
  const out: Problem[] = [];
  const walk = (v: unknown, path: (string | number)[]) => {
    if (typeof v === 'string') {
      const at = v.search(/｛｛|｝｝|\{｛|｛\{/);
      if (at >= 0) {
        out.push(
          problem('text/full-width-braces', path, '文字里有全角的大括号"｛｛"，文档里会照原样出现。', {
            fix: '要引用数据，请改成英文半角的 {{ 和 }}，如 {{指标.行政复议.受理}}。',
            at: { offset: at },
          }),
        );
      }
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
  };
  walk(report, []);
  return out;
};
