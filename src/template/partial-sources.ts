import type Handlebars from 'handlebars';

/**
 * 标准语句的原文。Handlebars 第一次用到一个 partial 就把 env.partials 里的原文换成编译后的函数，
 * 报错时要在原文里找出错的 {{…}}，所以另存一份。
 */
const sources = new WeakMap<object, Record<string, string>>();

export function registerPartialSource(hbs: typeof Handlebars, name: string, text: string): void {
  let map = sources.get(hbs);
  if (!map) sources.set(hbs, (map = {}));
  map[name] = text;
  hbs.registerPartial(name, text);
}

export function partialSource(hbs: typeof Handlebars, name: string): string | undefined {
  const map = sources.get(hbs);
  return map && Object.hasOwn(map, name) ? map[name] : undefined;
}

export function partialNames(hbs: typeof Handlebars): string[] {
  return Object.keys(sources.get(hbs) ?? {}).sort();
}
