/**
 * 数据文件里的文字能用的模板写法：一小套安全的 Handlebars。求值之前先看语法树，不在这一套里的一律拒绝（中文说明）：
 *
 *   {{年度}} {{下一年度}} {{上一年度}} {{地区}} {{发文机关}} {{成文日期}}   文件自己的数据
 *   {{指标.组.字段}}                                                      指标
 *   {{同比 指标.…}} {{增减 指标.…}} {{上年 指标.…}}                        三个助手，各跟一个指标
 *   {{> 标准语句}}                                                         模板的标准语句（不带参数）
 *   {{#if 数据}}……{{else}}……{{/if}}                                      有这项数据时才写（最多 LIMITS.blockDepth 层）
 *   {{! 注释 }}
 *
 * 拒绝的：{{this}}、{{@root}}、{{../x}}、{{lookup}}、{{log}}、{{#each}}、{{#with}}、子表达式、字面量参数、
 * 动态的标准语句、内联的标准语句、原始块、原型上的名字（constructor、__proto__、toString、length……）。
 * 这样文字取不到整个数据、印不到终端上、放大不了文档，也伪造不出文档的结构。
 * 标准语句（模板的 partials）和默认标题（标题.hbs）按同一套检查（标准语句里不能再用标准语句）。
 */
import type Handlebars from 'handlebars';
import { LIMITS } from '../core/limits.js';
import { lineColumn } from '../text/line-column.js';

export type LanguageProblem = { code: 'ref/not-allowed' | 'budget/exceeded'; message: string; fix: string; line: number; column: number };

const ROOTS = new Set(['年度', '下一年度', '上一年度', '地区', '发文机关', '成文日期', '指标']);
const HELPERS = new Set(['同比', '增减', '上年']);
const ALLOWED_HINT =
  '文字里能写的只有：{{年度}}、{{地区}} 这样的数据，{{指标.组.字段}}，{{同比 指标.…}}、{{增减 指标.…}}、{{上年 指标.…}}，{{> 标准语句}}，{{#if 指标.…}}……{{/if}}。';

/** JavaScript 对象、文字、数字、函数原型上的名字：决不当作数据的名字。 */
function isPrototypeName(name: string): boolean {
  return (
    name === '__proto__' ||
    name === 'prototype' ||
    name in Object.prototype ||
    name in String.prototype ||
    name in Number.prototype ||
    name in Function.prototype ||
    name in Array.prototype
  );
}

interface Loc {
  loc?: { start: { line: number; column: number } } | null;
}

/**
 * 检查一段文字的模板写法。inPartial：这是标准语句本身（不能再调用标准语句）。
 * 返回第一个问题；没有问题返回 undefined（语法错误也返回 undefined，交给编译时的说明）。
 */
export function textLanguageProblem(env: typeof Handlebars, source: string, inPartial = false): LanguageProblem | undefined {
  let cache = checked.get(env);
  if (!cache) checked.set(env, (cache = new Map<string, LanguageProblem | undefined>()));
  const key = (inPartial ? 'p' : 't') + source;
  if (cache.has(key)) return cache.get(key);
  const found = check(env, source, inPartial);
  if (cache.size > 10_000) cache.clear();
  cache.set(key, found);
  return found;
}

/** 一段文字求值后太长（标准语句放大了文字）。 */
export function renderedTooLong(chars: number): LanguageProblem {
  return {
    code: 'budget/exceeded',
    message: `这段文字求值后有 ${chars} 个字，超过了 ${LIMITS.renderedTextChars} 字的上限。`,
    fix: '少用几次标准语句，或把这段拆开。',
    line: 1,
    column: 1,
  };
}

const checked = new WeakMap<object, Map<string, LanguageProblem | undefined>>();

function check(env: typeof Handlebars, source: string, inPartial: boolean): LanguageProblem | undefined {
  const count = source.split('{{').length - 1;
  if (count > LIMITS.expressionsPerText)
    return budget(
      `一段文字里有 ${count} 个 {{…}}，超过了 ${LIMITS.expressionsPerText} 个的上限。`,
      '把这段拆成几段，或少用一些引用。',
      source,
      0,
    );
  const depth = blockDepth(source);
  if (depth.depth > LIMITS.blockDepth)
    return budget(
      `{{#…}} 嵌套了 ${depth.depth} 层，超过了 ${LIMITS.blockDepth} 层的上限。`,
      '少用几层 {{#if}}，或把这句话拆开写。',
      source,
      depth.at,
    );
  let ast: hbs.AST.Program;
  try {
    ast = env.parse(source);
  } catch {
    return undefined;
  }
  return program(ast, 0);

  function program(p: hbs.AST.Program, level: number): LanguageProblem | undefined {
    for (const s of p.body) {
      const found = statement(s, level);
      if (found) return found;
    }
    return undefined;
  }

  function statement(s: hbs.AST.Statement, level: number): LanguageProblem | undefined {
    switch (s.type) {
      case 'ContentStatement':
      case 'CommentStatement':
        return undefined;
      case 'MustacheStatement': {
        const m = s as hbs.AST.MustacheStatement;
        if (m.path.type !== 'PathExpression') return refuse(s, `"${shown(s)}"不能用：{{ }} 里要写数据的名字。`);
        const path = m.path as hbs.AST.PathExpression;
        if (m.params.length === 0 && (!m.hash || m.hash.pairs.length === 0)) return dataPath(path, s);
        if (!HELPERS.has(path.original)) return refuse(s, `"${shown(s)}"不能用：文字里能用的助手只有 同比、增减、上年。`);
        return helperCall(m.params, m.hash, s, path.original);
      }
      case 'BlockStatement': {
        const b = s as hbs.AST.BlockStatement;
        const name = b.path.type === 'PathExpression' ? b.path.original : '';
        if (name !== 'if') return refuse(s, `"{{#${name || '…'}}}"不能用：文字里的块只能是 {{#if 数据}}……{{/if}}。`);
        const [param] = b.params;
        if (b.params.length !== 1 || !param || param.type !== 'PathExpression' || (b.hash && b.hash.pairs.length > 0))
          return refuse(s, `"{{#if …}}"后面要跟一项数据，如 {{#if 指标.行政复议.办结}}。`);
        if (b.program.blockParams?.length) return refuse(s, '"{{#if … as |x|}}"不能用。');
        return (
          dataPath(param as hbs.AST.PathExpression, s) ??
          program(b.program, level + 1) ??
          (b.inverse ? program(b.inverse, level + 1) : undefined)
        );
      }
      case 'PartialStatement': {
        const p = s as hbs.AST.PartialStatement;
        if (inPartial) return refuse(s, '标准语句里不能再用标准语句（{{> …}}）。');
        if (p.name.type !== 'PathExpression') return refuse(s, '"{{> …}}"要直接写标准语句的名字，如 {{> 行政复议}}。');
        const name = p.name;
        if (name.data || name.depth > 0 || name.parts.length !== 1 || isPrototypeName(name.original))
          return refuse(s, `"{{> ${name.original}}}"不能用：要直接写标准语句的名字，如 {{> 行政复议}}。`);
        if (p.params.length || (p.hash && p.hash.pairs.length))
          return refuse(s, `"{{> ${name.original} …}}"不能带参数：标准语句用的是这个文件自己的数据，写成 {{> ${name.original}}}。`);
        return undefined;
      }
      default:
        return refuse(s, `"${shown(s)}"这种写法不能用。`);
    }
  }

  function helperCall(
    params: hbs.AST.Expression[],
    hash: hbs.AST.Hash | undefined,
    s: hbs.AST.Node,
    name: string,
  ): LanguageProblem | undefined {
    const [param] = params;
    if (params.length !== 1 || !param || param.type !== 'PathExpression' || (hash && hash.pairs.length > 0))
      return refuse(s, `"{{${name} …}}"后面要跟一个指标，且只跟一个，如 {{${name} 指标.行政复议.受理}}。`);
    const path = param as hbs.AST.PathExpression;
    if (path.parts[0] !== '指标') return refuse(s, `"{{${name} …}}"后面要跟一个指标，如 {{${name} 指标.行政复议.受理}}。`);
    return dataPath(path, s);
  }

  function dataPath(path: hbs.AST.PathExpression, s: hbs.AST.Node): LanguageProblem | undefined {
    if (path.data) return refuse(s, `"{{@${path.original.replace(/^@/, '')}}}"不能用：文字里只能引用具体的数据。`);
    if (path.depth > 0 || path.original.startsWith('../')) return refuse(s, `"{{${path.original}}}"不能用：文字里不能用"../"。`);
    if (path.parts.length === 0 || path.original === 'this' || path.original.startsWith('this.') || path.original.startsWith('./'))
      return refuse(s, '"{{this}}"不能用：文字里只能引用具体的数据，如 {{年度}}、{{指标.行政复议.受理}}。');
    const bad = path.parts.find(isPrototypeName);
    if (bad !== undefined) return refuse(s, `"{{${path.original}}}"不能用："${bad}"不是数据的名字。`);
    const [root] = path.parts;
    if (root !== undefined && path.parts.length === 1 && HELPERS.has(root))
      return refuse(s, `"{{${root}}}"后面要跟一个指标，如 {{${root} 指标.行政复议.受理}}。`);
    if (root !== undefined && path.parts.length === 1 && Object.hasOwn(env.helpers, root))
      return refuse(s, `"{{${root}}}"不能用：文字里能用的助手只有 同比、增减、上年。`);
    if (root !== undefined && !ROOTS.has(root) && path.parts.length > 1)
      return refuse(s, `"{{${path.original}}}"不能用：文字能引用的数据只有 ${[...ROOTS].join('、')}。`);
    return undefined;
  }

  function refuse(node: hbs.AST.Node, message: string): LanguageProblem {
    const start = (node as Loc).loc?.start;
    return { code: 'ref/not-allowed', message, fix: ALLOWED_HINT, line: start?.line ?? 1, column: (start?.column ?? 0) + 1 };
  }

  function shown(node: hbs.AST.Node): string {
    const start = (node as Loc).loc?.start;
    const end = (node as { loc?: { end: { line: number; column: number } } | null }).loc?.end;
    if (!start || !end) return '{{…}}';
    const lines = source.split('\n');
    const text =
      start.line === end.line
        ? (lines[start.line - 1] ?? '').slice(start.column, end.column)
        : (lines[start.line - 1] ?? '').slice(start.column) + '…';
    return [...text].length > 40 ? [...text].slice(0, 40).join('') + '…' : text;
  }
}

function budget(message: string, fix: string, source: string, at: number): LanguageProblem {
  return { code: 'budget/exceeded', message, fix, ...lineColumn(source, at) };
}

/** {{#…}} 的最大嵌套层数（不解析，只数开和关；解析一万层的嵌套本身就要几十秒）。 */
export function blockDepth(source: string): { depth: number; at: number } {
  let depth = 0;
  let max = 0;
  let at = 0;
  for (const m of source.matchAll(/\{\{~?\s*([#^/]|else\b)/g)) {
    if (m[1] === '#' || m[1] === '^') {
      depth++;
      if (depth > max) {
        max = depth;
        at = m.index;
      }
    } else if (m[1] === '/') depth = Math.max(0, depth - 1);
  }
  return { depth: max, at };
}
