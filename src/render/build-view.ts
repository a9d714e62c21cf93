/**
 * 由数据做出文档视图：正文里的 {{…}} 各求值一次，编号按层级生成，接排与连写标好。
 * 视图的每一项已经是文档模型的一块（带着它在数据里的路径）；模板（报告.hbs）决定这些块排成什么顺序。
 */
import { problem, type Problem } from '../diagnostics/diagnostic.js';
import type { DataPath } from '../model/data-path.js';
import type { Block, HeadingLevel } from '../model/document-model.js';
import type { TextContext } from '../resolve/build-context.js';
import type { Chapter, Enumeration, Item, Item3, Item4, Point, Report } from '../schema/report-types.generated.js';
import type { Layout } from '../schema/layout-types.generated.js';
import type { Template } from '../template/load-template.js';
import { chineseDate } from '../text/chinese-date.js';
import { findMalformedReference } from '../text/malformed-reference.js';
import { enumerationPrefix, formatNumbering } from './numbering.js';
import { oneLine, splitParagraphs } from './paragraphs.js';
import { renderText } from './render-text.js';

type HeadingBlock = Extract<Block, { kind: 'heading' }>;

/** 一章或一个事项：标题（有时），段落和要点，下级事项，结语。模板里的"节"按这个顺序排。 */
interface SectionView {
  /** 1 为章（一、），2—4 为各级事项。 */
  级别: number;
  标题: HeadingBlock | undefined;
  /** 段落和要点（导语、内容、要点依次）。 */
  段落: Block[];
  事项: SectionView[];
  结语: Block[];
  /** 章的类别（事项为空）。 */
  类别: readonly string[];
  /** 这一章或事项在数据里的位置。 */
  来源: DataPath;
}

/** 没有的项也写出键（值为 undefined）：模板按严格模式求值，{{块 主送}} 在没有主送时什么也不写。 */
export interface ReportView {
  标题: Block;
  主送: Block | undefined;
  导语: Block[];
  章: SectionView[];
  结束语: Block | undefined;
  署名: Block | undefined;
  日期: Block;
  附注: Block | undefined;
}

type AnyItem = Item | Item3 | Item4;

const END_PUNCT = /[。！？；：，、.!?;:,]$/;

export function buildView(
  report: Report,
  template: Template,
  layout: Layout,
  context: TextContext,
): { view: ReportView; problems: Problem[] } {
  const problems: Problem[] = [];

  const helpers = new Set(Object.keys(template.hbs.helpers));

  /** 求值一段文字；出错时记下问题（指到文字里的行列）并返回 undefined。 */
  const text = (path: DataPath, raw: string): string | undefined => {
    const broken = raw.includes('{{') ? findMalformedReference(raw, helpers) : undefined;
    if (broken) {
      problems.push(
        problem('ref/template', path, `引用"${broken.written}"的名字被空格或句号拆开了，读不出是哪项数据。`, {
          at: { offset: broken.index },
          fix: `写成 ${broken.meant}（名字之间用英文半角的点，不加空格）。`,
        }),
      );
      return undefined;
    }
    const r = renderText(template.hbs, raw, context);
    if (r.ok) {
      for (const n of r.notes) {
        // {{…}} 在这段文字里时指到它（在标准语句里时指到这段文字）
        const at =
          n.line !== undefined && n.column !== undefined && startsReference(raw, n.line, n.column)
            ? { line: n.line, column: n.column + 1 }
            : undefined;
        problems.push(
          problem('compare/unavailable', path, `${n.text}。`, {
            fix: '两年的数字都有、口径相同、不是约数时才能比较；否则改写这句话。',
            ...(at ? { at } : {}),
          }),
        );
      }
      return r.text;
    }
    problems.push(
      problem(r.code ?? 'ref/template', path, r.message, {
        at: { line: r.line, column: r.column },
        fix: r.fix,
        concerns: r.ref?.split('.'),
      }),
    );
    return undefined;
  };

  /** 一个或多个段落（列表的每一项、空行分开的每一段各是一块）。 */
  const paragraphs = (path: DataPath, value: string | string[] | undefined): Block[] => {
    if (value === undefined) return [];
    const list = Array.isArray(value) ? value : [value];
    return list.flatMap((raw, i) => {
      const source = Array.isArray(value) ? [...path, i] : path;
      const rendered = text(source, raw);
      return rendered === undefined ? [] : splitParagraphs(rendered).map((t): Block => ({ kind: 'paragraph', text: t, source }));
    });
  };

  /**
   * 要点：每一条一块；连写的接在前一块后面（前面什么也没有时第一条自成一段）。
   * level：要点所在的章或事项的级别（有标题的一条用下一级接排标题的字体）。
   */
  const points = (path: DataPath, e: Enumeration | undefined, before: number, level: HeadingLevel): Block[] => {
    if (!e) return [];
    const items = Array.isArray(e) ? e : e.条目;
    const itemsPath = Array.isArray(e) ? path : [...path, '条目'];
    const prefix = (Array.isArray(e) ? undefined : e.前缀) ?? '一是';
    const joined = !Array.isArray(e) && e.样式 === '连写';
    const separator = Array.isArray(e) ? undefined : e.分隔;
    return items.map((raw: Point, i): Block => {
      const source = [...itemsPath, i];
      const body = (t: string | undefined) => splitParagraphs(t ?? '').join('');
      const last = i === items.length - 1;
      const point: Block =
        typeof raw === 'string'
          ? { kind: 'point', prefix: enumerationPrefix(prefix, i), text: body(text(source, raw)), joined: joined && before + i > 0, source }
          : {
              kind: 'point',
              prefix: enumerationPrefix(prefix, i),
              title: {
                text: runInTitle(oneLine(text([...source, '标题'], raw.标题) ?? '')),
                level: Math.min(4, level + 1) as HeadingLevel,
              },
              text: raw.内容 === undefined ? '' : body(text([...source, '内容'], raw.内容)),
              joined: joined && before + i > 0,
              source,
            };
      return separator === undefined ? point : withSeparator(point, last ? '。' : separator);
    });
  };

  const numbers = layout.编号;
  const patterns = [numbers.一级, numbers.二级, numbers.三级, numbers.四级];
  let level3Counter = 0;

  const heading = (path: DataPath, raw: string | undefined, level: HeadingLevel, n: number, runIn: boolean): HeadingBlock | undefined => {
    if (raw === undefined) return undefined;
    const t = text([...path, '标题'], raw);
    if (t === undefined) return undefined;
    const title = oneLine(t);
    return {
      kind: 'heading',
      level,
      number: formatNumbering(patterns[level - 1] ?? '', n),
      text: runIn ? runInTitle(title) : title,
      runIn,
      source: path,
    };
  };

  const item = (path: DataPath, it: AnyItem, level: 2 | 3 | 4, n: number): SectionView => {
    const paras = paragraphs([...path, '内容'], it.内容);
    paras.push(...points([...path, '要点'], it.要点, paras.length, level));
    const children: AnyItem[] = ('事项' in it ? it.事项 : undefined) ?? [];
    const runIn = it.标题 !== undefined && !it.标题单列 && children.length === 0 && paras.length > 0;
    const title = heading(path, it.标题, level, n, runIn);
    return {
      级别: level,
      标题: title,
      段落: paras,
      事项: childItems(path, children, level === 4 ? 4 : ((level + 1) as 3 | 4)),
      结语: [],
      类别: [],
      来源: path,
    };
  };

  const childItems = (path: DataPath, items: readonly AnyItem[], level: 2 | 3 | 4): SectionView[] => {
    let n = 0;
    return items.map((it, i) => {
      let num = 0;
      if (it.标题 !== undefined) num = level === 3 && layout.三级编号连续 ? ++level3Counter : ++n;
      return item([...path, '事项', i], it, level, num);
    });
  };

  let chapterNo = 0;
  const chapters = report.正文.map((ch: Chapter, i): SectionView => {
    const path = ['正文', i];
    level3Counter = 0;
    const paras = [...paragraphs([...path, '导语'], ch.导语), ...paragraphs([...path, '内容'], ch.内容)];
    paras.push(...points([...path, '要点'], ch.要点, paras.length, 1));
    const title = heading(path, ch.标题, 1, ch.标题 === undefined ? 0 : ++chapterNo, false);
    return {
      级别: 1,
      标题: title,
      段落: paras,
      事项: childItems(path, ch.事项 ?? [], 2),
      结语: paragraphs([...path, '结语'], ch.结语),
      类别: Array.isArray(ch.类别) ? ch.类别 : [ch.类别],
      来源: path,
    };
  });

  const titleText = report.标题 !== undefined ? text(['标题'], report.标题) : text(['发文机关'], template.defaultTitle);
  const signer = report.落款?.署名;
  const view: ReportView = {
    标题: { kind: 'title', text: oneLine(titleText ?? ''), source: report.标题 !== undefined ? ['标题'] : ['发文机关'] },
    主送: report.主送 === undefined ? undefined : { kind: 'addressee', text: addressee(report.主送), source: ['主送'] },
    导语: paragraphs(['导语'], report.导语),
    章: chapters,
    结束语: report.落款?.结束语 ? { kind: 'paragraph', text: oneLine(report.落款.结束语), source: ['落款', '结束语'] } : undefined,
    署名:
      signer === false
        ? undefined
        : { kind: 'signature', text: oneLine(signer ?? report.发文机关), source: signer !== undefined ? ['落款', '署名'] : ['发文机关'] },
    日期: { kind: 'date', text: chineseDate(report.成文日期), source: ['成文日期'] },
    附注: report.附注 ? { kind: 'note', text: note(report.附注), source: ['附注'] } : undefined,
  };
  return { view, problems };
}

/** 接排的标题末尾没有标点时加"。"。 */
function runInTitle(title: string): string {
  return title === '' || END_PUNCT.test(title) ? title : title + '。';
}

/** 各条末尾的标点由程序写（要点的"分隔"）：去掉这一条自己末尾的；，。、，写上该有的那个。 */
function withSeparator(point: Extract<Block, { kind: 'point' }>, mark: string): Block {
  const strip = (t: string) => t.replace(/[；;，,。.、]+$/, '');
  if (point.text !== '' || !point.title) return { ...point, text: strip(point.text) + mark };
  return { ...point, title: { ...point.title, text: strip(point.title.text) + mark } };
}

function addressee(value: string | string[]): string {
  const s = Array.isArray(value) ? value.map((v) => v.trim()).join('、') : value.trim();
  return s.replace(/[:：]$/, '') + '：';
}

function note(value: string): string {
  const s = value.trim();
  return /^[（(].*[）)]$/.test(s) ? s.replace(/^\(/, '（').replace(/\)$/, '）') : `（${s}）`;
}

/** 文字的第 line 行第 column 列（列从 0 起）是不是一个 {{…}} 的开头。 */
function startsReference(text: string, line: number, column: number): boolean {
  return (text.split('\n')[line - 1] ?? '').startsWith('{{', column);
}
