/**
 * 自己打了编号的标题和要点：编号按层级自动生成（一、（一）1.（1）），要点的前缀也是（一是、二是），
 * 办事员照原文再打一遍，文档里就成了"（一）一、加强组织领导"、"一是一是深入学习……"。
 * 看渲染出来的文档，说出文档里会是什么样子，并给出改法。
 */
import { problem, type Problem } from '../../diagnostics/diagnostic.js';
import { blockText } from '../../model/document-model.js';
import type { Rule } from './rule.js';

const NUMERAL = '[一二三四五六七八九十]+';
/** 开头的一个或连着的几个编号（"一是一是"整个算上，改法才一次改对）。 */
const leading = (one: string) => new RegExp(`^\\s*(?:(?:${one})\\s*)+`);
/** 标题开头的编号：一、 （一） 1. （1） 第一章 */
const HEADING_NUMBER = leading(`${NUMERAL}[、，.．]|[（(](?:${NUMERAL}|\\d+)[）)]|\\d+[.．、](?!\\d)|第${NUMERAL}[章节部分](?:[、，])?`);
/** 要点开头的编号：一是 二要 第一， 一、 （一） 1. ① */
const POINT_NUMBER = leading(
  `${NUMERAL}(?:是|要)|第${NUMERAL}(?:[，、,]|是|条|项|点|方面)|${NUMERAL}[、．.]|[（(](?:${NUMERAL}|\\d+)[）)]|\\d+[.．、](?!\\d)|[①-⑳]`,
);

const SHOWN = 24;
const shown = (text: string) => ([...text].length > SHOWN ? [...text].slice(0, SHOWN).join('') + '……' : text);

export const numberingTwice: Rule = ({ model }) => {
  const out: Problem[] = [];
  for (const b of model.blocks) {
    if (b.kind === 'heading' && b.number !== '') {
      const typed = HEADING_NUMBER.exec(b.text)?.[0];
      if (typed === undefined) continue;
      out.push(
        problem(
          'text/double-numbering',
          [...b.source, '标题'],
          `标题自己带了编号"${typed.trim()}"，文档里会印成"${shown(blockText(b))}"。`,
          {
            fix: `删掉标题开头的"${typed.trim()}"：编号按层级自动生成。`,
            at: { offset: b.text.indexOf(typed.trim()) },
          },
        ),
      );
    } else if (b.kind === 'point' && b.prefix !== '') {
      const lead = b.title?.text ?? b.text;
      const typed = POINT_NUMBER.exec(lead)?.[0];
      if (typed === undefined) continue;
      out.push(
        problem(
          'text/double-numbering',
          b.title ? [...b.source, '标题'] : b.source,
          `这一条自己带了编号"${typed.trim()}"，文档里会印成"${shown(b.prefix + lead)}"。`,
          {
            fix: `删掉开头的"${typed.trim()}"（"${b.prefix}"由程序按顺序生成）；要照原文保留编号，写成 要点: {前缀: 无, 条目: [……]}。`,
            at: { offset: lead.indexOf(typed.trim()) },
          },
        ),
      );
    }
  }
  return out;
};
