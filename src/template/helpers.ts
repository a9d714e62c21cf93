import type Handlebars from 'handlebars';

/** 模板可用的助手。正文（数据文件里的文字）和 .md 模板共用一个环境。 */
export function registerHelpers(hbs: typeof Handlebars): void {
  /** .md 模板：第 n 级标题的 # 号（标题是 #，一级标题是 ##）。 */
  hbs.registerHelper('井号', (level: number) => '#'.repeat(Number(level) + 1));
}
