import { catalogue, fieldSpec } from '../schema/catalogue.js';
import { chineseNumber } from '../text/chinese-number.js';
import { formatNumber } from '../text/format-number.js';
import type { Draft, DraftFigure } from './draft.js';
import { FIGURE_RULES, type FigureRule } from './figure-rules.js';
import { findNumberTokens, type NumberToken } from './find-number-tokens.js';
import type { ImportNotes } from './import-notes.js';
import { forEachText } from './for-each-text.js';

const SENTENCE_END = /[。！？]/;
const SENTENCE_WINDOW = 400;
const MONTHS = /(\d{1,2})\s*[—–\-~～至到]\s*(\d{1,2})\s*月/g;

/**
 * 正文里说到目录中指标的句子：数字进"指标"，文字改成引用（{{指标.行政复议.受理}}），生成的文字不变。
 * 按文档的先后：同一个指标第一次出现的数字算数；后面同值的也引用它，不同值的留作文字（并在指标旁注明）。
 */
export function recogniseFigures(draft: Draft, notes: ImportNotes): void {
  const figures: Record<string, Record<string, DraftFigure>> = {};
  const unreferenced = new Map<string, string[]>();
  forEachText(draft, (text, context) => {
    if (context.isTitle) return text;
    const tokens = findNumberTokens(text);
    if (tokens.length === 0) return text;
    const sentences = sentenceBounds(text);
    let out = '';
    let from = 0;
    for (const token of tokens) {
      const match = matchRule(text, token, context.title, sentences);
      if (!match) continue;
      const [group, field] = match.rule.ref.split('.');
      const existing = figures[group]?.[field];
      if (existing && !sameFigure(existing, match.figure)) {
        const list = unreferenced.get(match.rule.ref) ?? [];
        unreferenced.set(match.rule.ref, [...list, token.raw + token.unit]);
        continue;
      }
      if (!existing) (figures[group] ??= {})[field] = match.figure;
      out += text.slice(from, token.start) + `{{指标.${group}.${field}}}`;
      from = token.end;
    }
    return out + text.slice(from);
  });
  for (const [ref, raws] of unreferenced) {
    notes.add(['指标', ...ref.split('.')], `正文里另有${raws.map((r) => `"${r}"`).join('、')}也像是这一项，数字不同，留作文字`);
  }
  if (Object.keys(figures).length) draft.指标 = sortedLikeCatalogue(figures);
}

/** 每个位置所在句子的起止（句号、问号、叹号分句）。 */
function sentenceBounds(text: string): { start: Int32Array; end: Int32Array } {
  const start = new Int32Array(text.length + 1);
  const end = new Int32Array(text.length + 1);
  for (let i = 0, s = 0; i <= text.length; i++) {
    start[i] = s;
    if (i < text.length && SENTENCE_END.test(text[i])) s = i + 1;
  }
  for (let i = text.length, e = text.length; i >= 0; i--) {
    if (i < text.length && SENTENCE_END.test(text[i])) e = i;
    end[i] = e;
  }
  return { start, end };
}

function matchRule(
  text: string,
  token: NumberToken,
  title: string | undefined,
  sentences: { start: Int32Array; end: Int32Array },
): { rule: FigureRule; figure: DraftFigure } | undefined {
  // 句子太长时只看数字前后各 SENTENCE_WINDOW 字（一句话不会那么长；也免得怪异的输入拖慢导入）。
  const sentenceStart = Math.max(sentences.start[token.start], token.start - SENTENCE_WINDOW);
  const afterUnit = token.end + token.unit.length;
  const sentenceEnd = Math.min(Math.max(afterUnit, sentences.end[afterUnit]), afterUnit + SENTENCE_WINDOW);
  const lead = text.slice(sentenceStart, token.start).trimEnd();
  const after = text.slice(afterUnit, sentenceEnd).trimStart();
  const sentence = (title ?? '') + '\n' + text.slice(sentenceStart, sentenceEnd);
  if (text[token.end + token.unit.length] === '}' || text.slice(token.start - 2, token.start) === '{{') return undefined;
  for (const rule of FIGURE_RULES) {
    if (!rule.units.includes(token.unit)) continue;
    if (token.chinese && !rule.chinese) continue;
    if (rule.lead && !rule.lead.test(lead)) continue;
    if (rule.after && !rule.after.test(after)) continue;
    if (rule.sentence && !rule.sentence.test(sentence)) continue;
    if (rule.notSentence?.test(sentence)) continue;
    const figure = figureOf(rule, token, lead);
    if (figure) return { rule, figure };
  }
  return undefined;
}

/** 数字 → 指标的值、约数、写法、单位、口径；类型对不上（件数是小数、比率超过 100）时为 undefined。 */
function figureOf(rule: FigureRule, token: NumberToken, lead: string): DraftFigure | undefined {
  const [group, field] = rule.ref.split('.');
  const spec = fieldSpec(group, field);
  if (!spec) return undefined;
  let value: number;
  let unit: string | undefined;
  if (spec.类型 === '比率') {
    if (token.unit !== '%' || token.multiplier !== 1) return undefined;
    value = token.number;
    if (value > 100) return undefined;
  } else if (spec.类型 === '金额') {
    value = token.number;
    if (token.unit === '亿元' || (token.unit === '元' && token.multiplier === 100000000)) unit = '亿元';
    else if (token.unit === '元' && token.multiplier === 1) unit = '元';
    if (unit === spec.单位) unit = undefined;
  } else {
    value = Math.round(token.number * token.multiplier * 1e6) / 1e6;
    if (!Number.isInteger(value)) return undefined;
  }
  const figure: DraftFigure = { 值: value };
  if (token.approx) figure.约 = true;
  const plain = formatNumber(value) + (token.approx ? '余' : '');
  if (token.chinese) figure.写法 = chineseNumber(value) === token.raw ? '汉字' : token.raw;
  else if (plain !== token.raw) figure.写法 = token.raw;
  if (unit) figure.单位 = unit;
  const months = [...lead.matchAll(MONTHS)].pop();
  if (months) figure.口径 = `${months[1]}—${months[2]}月`;
  return figure;
}

const sameFigure = (a: DraftFigure, b: DraftFigure) =>
  a.值 === b.值 && a.约 === b.约 && a.写法 === b.写法 && a.单位 === b.单位 && a.口径 === b.口径;

/** 指标按目录的顺序排（组和字段），读起来与目录一致。 */
function sortedLikeCatalogue(figures: Record<string, Record<string, DraftFigure>>): Record<string, Record<string, DraftFigure>> {
  const out: Record<string, Record<string, DraftFigure>> = {};
  for (const [group, spec] of Object.entries(catalogue)) {
    if (!figures[group]) continue;
    out[group] = {};
    for (const field of Object.keys(spec.字段)) if (figures[group][field]) out[group][field] = figures[group][field];
  }
  return out;
}
