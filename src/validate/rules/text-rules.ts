/** 文字里 XML 不允许的字符（控制字符、U+FFFE/FFFF、孤立的代理项）：Word 会拒绝打开。生成时删掉，这里指出来。 */
import type { DataPath } from '../../load/source-file.js';
import { findIllegalXml } from '../../docx/xml-text.js';
import type { Rule, RuleProblem } from './rule.js';

export const illegalCharacters: Rule = ({ report }) => {
  const out: RuleProblem[] = [];
  const walk = (v: unknown, path: DataPath) => {
    if (typeof v === 'string') {
      const at = findIllegalXml(v);
      if (at >= 0) {
        const code = v.codePointAt(at)!;
        out.push({
          code: 'text/illegal-char',
          severity: 'warning',
          path,
          offsetInText: at,
          message: `文字里有不可见的控制字符 U+${code.toString(16).toUpperCase().padStart(4, '0')}，Word 文档里不能有它，生成时已删掉。`,
          fix: '这种字符多是从网页或其他软件复制时带进来的：删掉这个位置的字符后重新输入。',
        });
      }
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
  };
  walk(report, []);
  return out;
};
