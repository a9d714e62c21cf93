/**
 * 文档模板（报告.hbs）的助手 {{块 …}}：把视图里的一块放进文档模型。模板只决定各块的顺序和取舍，
 * 文字都已在视图里求值好；模板自己写的文字（{{块 "特此报告。"}}）成为一段，来源记为模板（空路径）。
 * 这个助手只注册在文档模板的 Handlebars 环境里，数据文件里的文字用不到它，伪造不了文档的结构。
 */
import type Handlebars from 'handlebars';
import type { Block } from '../model/document-model.js';

/** 渲染文档模板时收集各块的地方（经 Handlebars 的 @data 传给助手）。 */
export interface BlockSink {
  blocks: Block[];
  /** 模板写错的地方（{{块}} 后面给的不是一块）。 */
  misuse: string[];
}

const KINDS = new Set<string>(['title', 'addressee', 'heading', 'paragraph', 'point', 'signature', 'date', 'note']);

function isBlock(value: unknown): value is Block {
  if (value === null || typeof value !== 'object') return false;
  const v = value as { kind?: unknown; source?: unknown };
  return typeof v.kind === 'string' && KINDS.has(v.kind) && Array.isArray(v.source);
}

type Options = Handlebars.HelperOptions;

export function registerDocumentHelpers(hbs: typeof Handlebars): void {
  hbs.registerHelper('块', function (...args: unknown[]) {
    const options = args[args.length - 1] as Options;
    const sink = (options.data as { fzbg?: BlockSink } | undefined)?.fzbg;
    if (!sink) return '';
    if (args.length !== 2) {
      sink.misuse.push('{{块}} 后面要跟一项，如 {{块 标题}}、{{块 this}} 或 {{块 "特此报告。"}}');
      return '';
    }
    const value = args[0];
    if (value === undefined || value === null) return '';
    if (typeof value === 'string') sink.blocks.push({ kind: 'paragraph', text: value, source: [] });
    else if (isBlock(value)) sink.blocks.push(value);
    else
      sink.misuse.push(
        `{{块 …}} 给的不是文档的一块（给的是${Array.isArray(value) ? '一个列表，要用 {{#each …}}{{块 this}}{{/each}}' : '一组数据'}）`,
      );
    return '';
  });
}
