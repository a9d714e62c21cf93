import type { Draft, DraftEnumeration, DraftItem } from './draft.js';

export type TextPath = readonly (string | number)[];
export interface TextContext {
  /** 这段文字是标题。 */
  isTitle: boolean;
  /** 所在事项（或章）的标题。 */
  title?: string;
}

/**
 * 按生成文档的先后走遍报告里的每段文字（标题、导语、内容、要点、结语），用 visit 的返回值替换它。
 * "第一次出现"以文档的先后为准。
 */
export function forEachText(draft: Draft, visit: (text: string, context: TextContext, path: TextPath) => string): void {
  const list = (texts: string[] | undefined, context: TextContext, path: TextPath) =>
    texts?.forEach((t, i, all) => (all[i] = visit(t, context, [...path, i])));
  const enumeration = (e: DraftEnumeration | undefined, context: TextContext, path: TextPath) => list(e?.条目, context, [...path, '条目']);
  const item = (it: DraftItem, path: TextPath) => {
    if (it.标题 !== undefined) it.标题 = visit(it.标题, { isTitle: true }, [...path, '标题']);
    const context = { isTitle: false, title: it.标题 };
    list(it.内容, context, [...path, '内容']);
    enumeration(it.要点, context, [...path, '要点']);
    it.事项?.forEach((c, i) => item(c, [...path, '事项', i]));
  };
  if (draft.标题 !== undefined) draft.标题 = visit(draft.标题, { isTitle: true }, ['标题']);
  list(draft.导语, { isTitle: false }, ['导语']);
  draft.正文.forEach((ch, i) => {
    const path = ['正文', i];
    if (ch.标题 !== undefined) ch.标题 = visit(ch.标题, { isTitle: true }, [...path, '标题']);
    const context = { isTitle: false, title: ch.标题 };
    list(ch.导语, context, [...path, '导语']);
    list(ch.内容, context, [...path, '内容']);
    enumeration(ch.要点, context, [...path, '要点']);
    ch.事项?.forEach((c, k) => item(c, [...path, '事项', k]));
    list(ch.结语, context, [...path, '结语']);
  });
}
