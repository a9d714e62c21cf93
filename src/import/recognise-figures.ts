import { catalogue, fieldSpec } from '../schema/catalogue.js';
import { chineseNumber } from '../text/chinese-number.js';
import { formatNumber } from '../text/format-number.js';
import type { Draft, DraftFigure } from './draft.js';
import { FIGURE_MEANINGS } from './figure-meanings.js';
import { FIGURE_RULES } from './figure-rules.js';
import { findNumberTokens, type NumberToken } from './find-number-tokens.js';
import type { ImportNotes } from './import-notes.js';
import { forEachText } from './for-each-text.js';

const SENTENCE_END = /[。！？]/;
const SENTENCE_WINDOW = 400;
const MONTHS = /(\d{1,2})\s*[—–\-~～至到]\s*(\d{1,2})\s*月/g;

/**
 * 正文里说到目录中指标的句子：数字进"指标"，文字改成引用（{{指标.行政复议.受理}}），生成的文字不变。
 * 按文档的先后：同一个指标第一次出现的数字算数；后面同值的也引用它，不同值的留作文字（并在指标旁注明）。
 * 先按逐字的说法（figure-rules.ts）走一遍全文，再按意思（figure-meanings.ts）认剩下的数字：
 * 逐字认出的指标不再按意思另找（同一项有好几个数字时，逐字的说法更可靠）。
 */
export function recogniseFigures(draft: Draft, notes: ImportNotes): void {
  const figures: Record<string, Record<string, DraftFigure>> = {};
  const unreferenced = new Map<string, string[]>();
  const pass = (match: Matcher, byMeaning: boolean) => {
    const exact = new Set(Object.entries(figures).flatMap(([g, fields]) => Object.keys(fields).map((f) => `${g}.${f}`)));
    forEachText(draft, (text, context) => {
      if (context.isTitle) return text;
      const tokens = findNumberTokens(text);
      if (tokens.length === 0) return text;
      const sentences = sentenceBounds(text);
      let out = '';
      let from = 0;
      for (const token of tokens) {
        const found = match(text, token, context.title, sentences);
        if (!found) continue;
        const [group = '', field = ''] = found.ref.split('.');
        const existing = figures[group]?.[field];
        if (existing && !sameFigure(existing, found.figure)) {
          if (byMeaning && exact.has(found.ref)) continue;
          const list = unreferenced.get(found.ref) ?? [];
          unreferenced.set(found.ref, [...list, token.raw + token.unit]);
          continue;
        }
        if (!existing) {
          (figures[group] ??= {})[field] = found.figure;
          if (found.uncertain) notes.add(['指标', group, field], found.uncertain);
        }
        out += text.slice(from, token.start) + `{{指标.${group}.${field}}}`;
        from = token.end;
      }
      return out + text.slice(from);
    });
  };
  pass(matchRule, false);
  pass(matchMeaning, true);
  for (const [ref, raws] of unreferenced) {
    notes.add(['指标', ...ref.split('.')], `正文里另有${raws.map((r) => `"${r}"`).join('、')}也像是这一项，数字不同，留作文字`);
  }
  if (Object.keys(figures).length) draft.指标 = sortedLikeCatalogue(figures);
}

type Matcher = (
  text: string,
  token: NumberToken,
  title: string | undefined,
  sentences: { start: Int32Array; end: Int32Array },
) => Match | undefined;

/** 每个位置所在句子的起止（句号、问号、叹号分句）。 */
function sentenceBounds(text: string): { start: Int32Array; end: Int32Array } {
  const start = new Int32Array(text.length + 1);
  const end = new Int32Array(text.length + 1);
  for (let i = 0, s = 0; i <= text.length; i++) {
    start[i] = s;
    if (i < text.length && SENTENCE_END.test(text[i] ?? '')) s = i + 1;
  }
  for (let i = text.length, e = text.length; i >= 0; i--) {
    if (i < text.length && SENTENCE_END.test(text[i] ?? '')) e = i;
    end[i] = e;
  }
  return { start, end };
}

function matchRule(
  text: string,
  token: NumberToken,
  title: string | undefined,
  sentences: { start: Int32Array; end: Int32Array },
): Match | undefined {
  // 句子太长时只看数字前后各 SENTENCE_WINDOW 字（一句话不会那么长；也免得怪异的输入拖慢导入）。
  const sentenceStart = Math.max(sentences.start[token.start] ?? 0, token.start - SENTENCE_WINDOW);
  const afterUnit = token.end + token.unit.length;
  const sentenceEnd = Math.min(Math.max(afterUnit, sentences.end[afterUnit] ?? afterUnit), afterUnit + SENTENCE_WINDOW);
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
    const figure = figureOf(rule.ref, token, lead);
    if (figure) return { ref: rule.ref, figure };
  }
  return undefined;
}

interface Match {
  ref: string;
  figure: DraftFigure;
  /** 拿不准是哪一项时的说明（写成注释）。 */
  uncertain?: string;
}

/** 分句的界：逗号、分号、句号、冒号……；"75件、政协提案93件"里单位后面的顿号也是。 */
const CLAUSE_END = /[，；。：！？,;:!?]/;

/**
 * 逐字的说法认不出时，按意思认（figure-meanings.ts）：数字所在分句里有这个指标的动词或名词，
 * 这句话在数字之前（或同一分句里）、或所在事项的标题里有它的话题词，单位对得上。
 */
function matchMeaning(
  text: string,
  token: NumberToken,
  title: string | undefined,
  sentences: { start: Int32Array; end: Int32Array },
): Match | undefined {
  if (token.chinese) return undefined;
  if (text[token.end + token.unit.length] === '}' || text.slice(token.start - 2, token.start) === '{{') return undefined;
  const afterUnit = token.end + token.unit.length;
  let clauseStart = token.start;
  while (clauseStart > 0 && !CLAUSE_END.test(text[clauseStart - 1] ?? '') && !unitComma(text, clauseStart - 1)) clauseStart--;
  let clauseEnd = afterUnit;
  while (clauseEnd < text.length && !CLAUSE_END.test(text[clauseEnd] ?? '') && text[clauseEnd] !== '、') clauseEnd++;
  const clause = text.slice(clauseStart, clauseEnd);
  const lead = text.slice(clauseStart, token.start).trimEnd();
  const sentenceStart = Math.max(sentences.start[token.start] ?? 0, token.start - SENTENCE_WINDOW);
  const topicText = text.slice(sentenceStart, clauseEnd);
  const found: { ref: string; distance: number; fallback: boolean }[] = [];
  for (const meaning of FIGURE_MEANINGS) {
    if (!meaning.units.includes(token.unit) || meaning.not?.test(clause)) continue;
    if (!(meaning.fallback ? meaning.verb.test(lead) : meaning.verb.test(clause))) continue;
    const distance = topicDistance(meaning.topic, topicText, token.start - sentenceStart, title);
    if (distance === undefined || found.some((f) => f.ref === meaning.ref)) continue;
    found.push({ ref: meaning.ref, distance, fallback: meaning.fallback === true });
  }
  // 同一组里按表的先后（具体的在前）；不同组的，话题词离数字近的算数。
  const groups = new Map<string, (typeof found)[number]>();
  for (const f of found) {
    const [group = ''] = f.ref.split('.');
    if (!groups.has(group)) groups.set(group, f);
  }
  const ranked = [...groups.values()].sort((a, b) => Number(a.fallback) - Number(b.fallback) || a.distance - b.distance);
  const best = ranked[0];
  if (!best) return undefined;
  const figure = figureOf(best.ref, token, lead);
  if (!figure) return undefined;
  const said = `"${clause.trim()}"`;
  const others = ranked.slice(1).map((f) => f.ref);
  if (best.fallback)
    return { ref: best.ref, figure, uncertain: `拿不准：原文${said}没有说是收到、受理还是办结，按"${best.ref}"导入，请核对` };
  if (others.length)
    return { ref: best.ref, figure, uncertain: `拿不准：原文${said}也可能是"${others.join('""')}"，按"${best.ref}"导入，请核对` };
  return { ref: best.ref, figure };
}

/** "75件、"：单位后面的顿号分开两个数字。 */
function unitComma(text: string, at: number): boolean {
  return text[at] === '、' && /[件项个名人次条份%％]/.test(text[at - 1] ?? '');
}

/** 话题词离数字多远（在数字之前的取最近的一处；在数字所在分句里的算 0；只在标题里的算很远）。 */
function topicDistance(topic: RegExp, text: string, at: number, title: string | undefined): number | undefined {
  let best: number | undefined;
  for (const m of text.matchAll(new RegExp(topic.source, 'g'))) {
    const d = m.index < at ? at - (m.index + m[0].length) : 0;
    if (best === undefined || d < best) best = Math.max(0, d);
  }
  if (best !== undefined) return best;
  return title && topic.test(title) ? 1000 : undefined;
}

/** 数字 → 指标的值、约数、写法、单位、口径；类型对不上（件数是小数、比率超过 100）时为 undefined。 */
function figureOf(ref: string, token: NumberToken, lead: string): DraftFigure | undefined {
  const [group = '', field = ''] = ref.split('.');
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
