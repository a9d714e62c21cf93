/**
 * 由数据生成文档视图：正文里的 {{…}} 求值、编号按层级生成、接排标题与连写要点拼好、
 * 所有文字按 Markdown 转义。视图交给模板的 报告.md.hbs 写成 .md 预览。
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { DataPath, SourceFile } from '../load/source-file.js';
import type { TextContext } from '../resolve/build-context.js';
import type { Chapter, Enumeration, Item, Item3, Item4, Report } from '../schema/report-types.generated.js';
import type { Layout } from '../template/layout.js';
import type { Template } from '../template/load-template.js';
import { escapeMarkdown } from './escape-markdown.js';
import { enumerationPrefix, formatNumbering } from './numbering.js';
import { renderText } from './render-text.js';

export interface SectionView {
  /** 1 为章（一、），2—4 为各级事项。 */
  级别: number;
  /** 带编号的标题（已转义）；没有标题时为空。 */
  标题?: string;
  /** 标题与第一段接排（"（一）标题。正文……"）。 */
  接排: boolean;
  段落: string[];
  事项: SectionView[];
  结语: string[];
}

export interface ReportView {
  标题: string;
  主送?: string;
  导语: string[];
  章: SectionView[];
  结束语?: string;
  署名?: string;
  日期: string;
  附注?: string;
}

type AnyItem = Item | Item3 | Item4;

/** 求值后的一段文字和它在数据里的位置（比较两年的文字用）。 */
export interface RenderedText {
  path: DataPath;
  text: string;
}
const END_PUNCT = /[。！？；：，、.!?;:,]$/;

export function buildView(
  report: Report,
  source: SourceFile,
  template: Template,
  layout: Layout,
  context: TextContext,
): { view: ReportView; diagnostics: Diagnostic[]; texts: RenderedText[] } {
  const diagnostics: Diagnostic[] = [];
  const texts: RenderedText[] = [];

  /** 求值一段文字；出错时记下问题（指到文件里那一行）并返回 undefined。 */
  const text = (path: DataPath, raw: string): string | undefined => {
    const r = renderText(template.hbs, raw, context);
    if (r.ok) {
      texts.push({ path, text: r.text });
      for (const n of r.notes) {
        const pos = source.positionOf(path);
        diagnostics.push({
          code: 'compare/unavailable',
          severity: 'warning',
          file: source.file,
          line: pos.line,
          column: pos.column,
          message: `${n}。`,
          fix: '两年的数字都有、口径相同、不是约数时才能比较；否则改写这句话。',
        });
      }
      return r.text;
    }
    const pos = source.positionInText(path, r.line, r.column);
    diagnostics.push({
      code: 'ref/template',
      severity: 'error',
      file: source.file,
      line: pos.line,
      column: pos.column,
      message: r.message,
      ...(r.fix ? { fix: r.fix } : {}),
    });
    return undefined;
  };

  /** 一个或多个段落：空行分段，段内换行去掉（中文不需要空格）。 */
  const paragraphs = (path: DataPath, value: string | string[] | undefined): string[] => {
    if (value === undefined) return [];
    const list = Array.isArray(value) ? value : [value];
    const out: string[] = [];
    list.forEach((raw, i) => {
      const rendered = text(Array.isArray(value) ? [...path, i] : path, raw);
      if (rendered !== undefined) out.push(...splitParagraphs(rendered));
    });
    return out;
  };

  const enumeration = (path: DataPath, e: Enumeration | undefined, paras: string[]): void => {
    if (!e) return;
    const items = Array.isArray(e) ? e : e.条目;
    const itemsPath = Array.isArray(e) ? path : [...path, '条目'];
    const prefix = (Array.isArray(e) ? undefined : e.前缀) ?? '一是';
    const joined = !Array.isArray(e) && e.样式 === '连写';
    const rendered = items.map((raw, i) => enumerationPrefix(prefix, i) + splitParagraphs(text([...itemsPath, i], raw) ?? '').join(''));
    if (joined) {
      const all = rendered.join('');
      if (paras.length) paras[paras.length - 1] += all;
      else paras.push(all);
    } else {
      paras.push(...rendered);
    }
  };

  const numbers = layout.编号;
  const patterns = [numbers.一级, numbers.二级, numbers.三级, numbers.四级];
  let level3Counter = 0;

  const item = (path: DataPath, it: AnyItem, level: number, n: number): SectionView => {
    const paras = paragraphs([...path, '内容'], it.内容).map((p) => p);
    enumeration([...path, '要点'], it.要点, paras);
    const children: AnyItem[] = ('事项' in it ? it.事项 : undefined) ?? [];
    const rawTitle = it.标题 === undefined ? undefined : text([...path, '标题'], it.标题);
    const runIn = rawTitle !== undefined && !it.标题单列 && children.length === 0 && paras.length > 0;
    let title: string | undefined;
    if (rawTitle !== undefined) {
      const number = formatNumbering(patterns[level - 1], n);
      const t = oneLine(rawTitle);
      title = number + (runIn && !END_PUNCT.test(t) ? t + '。' : t);
    }
    const subs = childItems(path, children as AnyItem[], level + 1);
    return {
      级别: level,
      标题: title === undefined ? undefined : escapeMarkdown(title),
      接排: runIn,
      段落: paras.map(escapeMarkdown),
      事项: subs,
      结语: [],
    };
  };

  const childItems = (path: DataPath, items: AnyItem[], level: number): SectionView[] => {
    let n = 0;
    return items.map((it, i) => {
      let num = 0;
      if (it.标题 !== undefined) {
        if (level === 3 && layout.三级编号连续) num = ++level3Counter;
        else num = ++n;
      }
      return item([...path, '事项', i], it, level, num);
    });
  };

  let chapterNo = 0;
  const chapters = report.正文.map((ch: Chapter, i): SectionView => {
    const path = ['正文', i];
    level3Counter = 0;
    const paras = [...paragraphs([...path, '导语'], ch.导语), ...paragraphs([...path, '内容'], ch.内容)];
    enumeration([...path, '要点'], ch.要点, paras);
    let title: string | undefined;
    if (ch.标题 !== undefined) {
      const t = text([...path, '标题'], ch.标题);
      if (t !== undefined) title = formatNumbering(patterns[0], ++chapterNo) + oneLine(t);
    }
    return {
      级别: 1,
      标题: title === undefined ? undefined : escapeMarkdown(title),
      接排: false,
      段落: paras.map(escapeMarkdown),
      事项: childItems(path, (ch.事项 ?? []) as AnyItem[], 2),
      结语: paragraphs([...path, '结语'], ch.结语).map(escapeMarkdown),
    };
  });

  const defaultTitle = renderText(template.hbs, template.defaultTitle, context);
  const title = (report.标题 !== undefined ? text(['标题'], report.标题) : defaultTitle.ok ? defaultTitle.text : '') ?? '';
  const signer = report.落款?.署名 === false ? undefined : (report.落款?.署名 ?? report.发文机关);
  const view: ReportView = {
    标题: escapeMarkdown(oneLine(title)),
    导语: paragraphs(['导语'], report.导语).map(escapeMarkdown),
    章: chapters,
    日期: escapeMarkdown(chineseDate(report.成文日期)),
  };
  if (report.主送 !== undefined) view.主送 = escapeMarkdown(addressee(report.主送));
  if (report.落款?.结束语) view.结束语 = escapeMarkdown(oneLine(report.落款.结束语));
  if (signer) view.署名 = escapeMarkdown(oneLine(signer));
  if (report.附注) view.附注 = escapeMarkdown(note(report.附注));
  return { view, diagnostics, texts };
}

/** 空行分段；段内的换行去掉（两边都是中文时不留空格）。 */
export function splitParagraphs(text: string): string[] {
  return text
    .split(/\r?\n[ \t\u3000]*\r?\n/)
    .map(oneLine)
    .filter((p) => p.length > 0);
}

const CJK = /[\u3000-\u9fff\uff00-\uffef]/;

function oneLine(text: string): string {
  return text
    .replace(/[ \t]*\r?\n[ \t]*/g, (m, offset: number, all: string) => {
      const before = all[offset - 1] ?? '';
      const after = all[offset + m.length] ?? '';
      return CJK.test(before) || CJK.test(after) ? '' : ' ';
    })
    .trim();
}

/** 2024-01-25 → 2024年1月25日（国标：阿拉伯数字，年份写全，不编虚位）。 */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

function addressee(value: string | string[]): string {
  const s = Array.isArray(value) ? value.map((v) => v.trim()).join('、') : value.trim();
  return s.replace(/[:：]$/, '') + '：';
}

function note(value: string): string {
  const s = value.trim();
  return /^[（(].*[）)]$/.test(s) ? s.replace(/^\(/, '（').replace(/\)$/, '）') : `（${s}）`;
}
