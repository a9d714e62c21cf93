import type Handlebars from 'handlebars';
import { GROUP_MARK, type TextContext } from '../resolve/build-context.js';
import { Figure } from '../resolve/figure.js';
import type { RenderNote, RenderNotes } from '../template/helpers.js';
import { closeGaps } from './close-gaps.js';
import { didYouMean } from '../text/did-you-mean.js';
import { lineColumn } from '../text/line-column.js';
import { partialNames, partialSource } from '../template/partial-sources.js';
import { LIMITS } from '../core/limits.js';
import { renderedTooLong, textLanguageProblem, type LanguageProblem } from '../template/text-language.js';

export type TextResult =
  | { ok: true; text: string; notes: RenderNote[] }
  /** ref：引用了却不存在的数据（如"指标.行政复议.受理"）。 */
  | { ok: false; message: string; fix?: string; line: number; column: number; code?: LanguageProblem['code']; ref?: string };

const compiledByEnv = new WeakMap<object, Map<string, Handlebars.TemplateDelegate>>();

/**
 * 把数据文件里的一段文字当作 Handlebars 模板，在文件自己的数据上求值。
 * 严格模式：引用不存在的数字是错误（报到那一行），决不在文档里留空白。
 * 不做 HTML 转义：结果是纯文字，后面按 Markdown 转义。原型访问保持关闭（Handlebars 默认）。
 */
export function renderText(hbs: typeof Handlebars, source: string, context: TextContext): TextResult {
  if (!source.includes('{{')) return { ok: true, text: source, notes: [] };
  const simple = renderSimplePaths(source, context);
  if (simple !== undefined) return { ok: true, text: simple, notes: [] };
  const refused = textLanguageProblem(hbs, source);
  if (refused) return { ok: false, ...refused };
  let cache = compiledByEnv.get(hbs);
  if (!cache) compiledByEnv.set(hbs, (cache = new Map<string, Handlebars.TemplateDelegate>()));
  try {
    let fn = cache.get(source);
    if (!fn) {
      fn = hbs.compile(source, { strict: true, noEscape: true });
      cache.set(source, fn);
    }
    const notes: RenderNotes = { notes: [] };
    const text = closeGaps(fn(context, { data: { fzbg: notes } }));
    if (text.length > LIMITS.renderedTextChars) return { ok: false, ...renderedTooLong(text.length) };
    const group = GROUP_MARK.exec(text);
    if (group) {
      const path = group[1] ?? '';
      const fields = group[2] ? group[2].split('、') : [];
      return {
        ok: false,
        message: `"${path}"是一组数据，不能直接写进文字。`,
        fix: fields.length ? `写到具体的一项，如 {{${path}.${fields[0]}}}；这一组有：${fields.join('、')}。` : '写到具体的一项。',
        ...locate(source, `{{${path.split('.')[0]}`),
      };
    }
    return { ok: true, text, notes: notes.notes };
  } catch (e) {
    return explain(e, source, context, hbs);
  }
}

const MUSTACHE = /\{\{([^{}]*)\}\}/g;
const SIMPLE_PATH = /^[^\s{}#>/!^&~"'=()[\]@.\d\\][^\s{}#>/!^&~"'=()[\]@\\]*$/;
const LITERALS = new Set(['true', 'false', 'null', 'undefined', 'this']);

/**
 * 只有 {{年度}}、{{指标.行政复议.受理}} 这样的简单引用时，直接查数据写出来，不必让 Handlebars 编译
 * （编译一段文字要零点几毫秒，一份报告上百段）。有助手、标准语句、块、转义、找不到的数据等任何别的情况，
 * 返回 undefined，交给 Handlebars（结果和报错都以它为准；tests/render-text.test.ts 核对两者一致）。
 */
export function renderSimplePaths(source: string, context: object): string | undefined {
  if (source.includes('\\') || source.includes('{{{') || source.includes('}}}')) return undefined;
  let out = '';
  let last = 0;
  for (const m of source.matchAll(MUSTACHE)) {
    const expr = (m[1] ?? '').trim();
    if (!SIMPLE_PATH.test(expr) || expr.endsWith('.')) return undefined;
    let cur: unknown = context;
    for (const seg of expr.split('.')) {
      if (LITERALS.has(seg) || /^\d/.test(seg) || seg === '') return undefined;
      if (cur === null || typeof cur !== 'object' || !Object.hasOwn(cur, seg)) return undefined;
      cur = (cur as Record<string, unknown>)[seg];
    }
    if (typeof cur === 'function' || (cur !== null && typeof cur === 'object' && !(cur instanceof Figure))) return undefined;
    out += source.slice(last, m.index) + textOf(cur);
    last = (m.index ?? 0) + m[0].length;
  }
  const rest = source.slice(last);
  if (out === '' && last === 0) return undefined;
  // 剩下的文字里还有 {{ 或 }}：不是简单引用，交给 Handlebars
  if ((source.slice(0, last).replace(MUSTACHE, '') + rest).includes('{{') || (out + rest).length === 0) return undefined;
  return out + rest;
}

/** 一个简单引用的值写成文字（数字、年份、Figure 的写法；空值什么也不写）。 */
function textOf(value: unknown): string {
  if (value instanceof Figure) return value.toString();
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

function explain(e: unknown, source: string, context: TextContext, hbs: typeof Handlebars): TextResult {
  const msg = e instanceof Error ? e.message : String(e);
  const ex = e as { lineNumber?: number; column?: number };
  const line = ex.lineNumber ?? Number(/line (\d+)/.exec(msg)?.[1] ?? 1);
  const column = (ex.column ?? 0) + 1;
  let m = /^"(.+)" not defined in/.exec(msg);
  const missing = m?.[1];
  if (m && missing !== undefined) {
    const here = expressionAt(source, line, column);
    if (!here || !here.split('.').includes(missing)) {
      // 出错的 {{…}} 不在这段文字里，而在它用到的标准语句里。
      const inPartial = partialExpression(hbs, source, missing, line, column);
      if (inPartial) {
        return {
          ok: false,
          message: `标准语句"{{> ${inPartial.partial}}}"要用的数据"${inPartial.expr}"不存在。`,
          fix: `在"指标"里加上这项数据，或不用这个标准语句、自己写这句话。`,
          ...locate(source, `{{> ${inPartial.partial}`),
        };
      }
    }
    const expr = here ?? missing;
    const path = expr.split('.');
    // Handlebars 报的常是最后一段（"调处纠纷" not defined in undefined）：自己沿路径找第一段不存在的（"人民条解"）。
    const firstAbsent = firstAbsentSegment(context, path);
    const missingAt = firstAbsent >= 0 ? firstAbsent : path.indexOf(missing);
    const parentKeys = keysAt(context, path.slice(0, Math.max(0, missingAt)));
    const absent = path[missingAt] ?? missing;
    const guess = didYouMean(absent, parentKeys);
    return {
      ok: false,
      ref: expr,
      message: `引用的数据"${expr}"不存在。`,
      fix:
        missingAt > 0 && parentKeys.length
          ? `${guess ? `是不是要写"${guess}"？` : ''}在 ${path.slice(0, missingAt).join('.')} 下加上"${absent}"，或改成已有的：${listSome(parentKeys)}。`
          : `在文件里加上这项数据，或改正名字。`,
      line,
      column,
    };
  }
  m = /The partial (.+) could not be found/.exec(msg);
  if (m) {
    const names = partialNames(hbs);
    return {
      ok: false,
      message: `标准语句"{{> ${m[1]}}}"不存在。`,
      fix: names.length ? `模板里有的标准语句：${names.join('、')}。` : '当前模板没有标准语句。',
      ...locate(source, `{{> ${m[1]}`),
    };
  }
  if (/Parse error|Expecting|Invalid path|doesn't match/.test(msg)) {
    const open = unmatchedOpen(source);
    return {
      ok: false,
      message: open ? '"{{"没有配对的"}}"。' : '{{ }} 里面的写法有误。',
      fix: '检查 {{ 和 }} 是否成对（都要两个、英文半角）、里面的名字是否正确；要在文中写出"{{"本身，请写成 \\{{。',
      ...(open ?? { line, column }),
    };
  }
  m = /Cannot use 'in' operator to search for '(.+)' in/.exec(msg);
  if (m) {
    const expr = expressionAt(source, line, column) ?? m[1];
    return {
      ok: false,
      message: `引用的数据"${expr}"不存在："${m[1]}"前面的那一项是一个值，下面没有别的数据。`,
      fix: `去掉".${m[1]}"，或改成已有的数据。`,
      line,
      column,
    };
  }
  // 别的出错一律用中文说，不把 JavaScript 的内部信息给办事员看。
  return {
    ok: false,
    message: `"${expressionAt(source, line, column) ?? '{{…}}'}"这一处读不出来。`,
    fix: '检查 {{ }} 里的名字：名字之间用英文半角的点、不加空格，如 {{指标.行政复议.受理}}；同比、增减、上年后面空一格再写数据的名字。',
    line,
    column,
  };
}

/** 没有配对的 "{{" 的位置（行列从 1 起）。 */
function unmatchedOpen(source: string): { line: number; column: number } | undefined {
  let from = 0;
  for (;;) {
    const at = source.indexOf('{{', from);
    if (at < 0) return undefined;
    const close = source.indexOf('}}', at + 2);
    const next = source.indexOf('{{', at + 2);
    if (close < 0 || (next >= 0 && next < close)) return lineColumn(source, at);
    from = close + 2;
  }
}

/** 出错位置（行列从 1 起）处的 {{ … }} 里的路径。 */
function expressionAt(source: string, line: number, column: number): string | undefined {
  const text = source.split('\n')[line - 1] ?? '';
  const rest = text.slice(column - 1);
  const m = /^[\s#>]*([^\s}]+)/.exec(rest);
  return m?.[1];
}

/** 在这段文字用到的标准语句里找出错的 {{…}}。 */
function partialExpression(
  hbs: typeof Handlebars,
  source: string,
  name: string,
  line: number,
  column: number,
): { partial: string; expr: string } | undefined {
  for (const [, partial = ''] of source.matchAll(/\{\{>\s*([^\s}]+)/g)) {
    const text = partialSource(hbs, partial);
    if (text === undefined) continue;
    const expr = expressionAt(text, line, column);
    if (expr && expr.split('.').includes(name)) return { partial, expr };
  }
  return undefined;
}

function locate(source: string, needle: string): { line: number; column: number } {
  const idx = source.indexOf(needle);
  return idx < 0 ? { line: 1, column: 1 } : lineColumn(source, idx);
}

/** 列出已有的名字：太多时只列前几个（自定义指标常有二三十个，全列出来就看不清了）。 */
function listSome(names: readonly string[]): string {
  const LISTED = 8;
  return names.length <= LISTED ? names.join('、') : `${names.slice(0, LISTED).join('、')}等 ${names.length} 项`;
}

/** 路径上第一段在数据里不存在的位置；都在时为 -1。 */
function firstAbsentSegment(context: unknown, path: string[]): number {
  let cur = context;
  for (const [i, seg] of path.entries()) {
    if (!cur || typeof cur !== 'object' || !Object.hasOwn(cur, seg)) return i;
    cur = (cur as Record<string, unknown>)[seg];
  }
  return -1;
}

function keysAt(context: unknown, path: string[]): string[] {
  let cur = context;
  for (const seg of path) {
    if (!cur || typeof cur !== 'object' || !Object.hasOwn(cur, seg)) return [];
    cur = (cur as Record<string, unknown>)[seg];
  }
  return cur && typeof cur === 'object' ? Object.keys(cur) : [];
}
