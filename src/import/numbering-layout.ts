import { at } from '../core/at.js';
import { detectMarker, type Marker } from './detect-marker.js';
import type { Layout } from '../schema/layout-types.generated.js';
import type { DraftLayout } from './draft.js';
import type { SourceLine } from './source-line.js';
import type { Node } from './structure-node.js';

/** 模板的编号设置：导入的报告与它不同时才写进数据文件的"版式"。 */
export type NumberingDefaults = Pick<Layout, '编号' | '三级编号连续'>;

/** 编号的写法（与模板不同时写进版式）和三级编号是否跨组连续。 */
export function numberingLayout(
  chapters: Node[],
  kinds: Marker['kind'][],
  lines: readonly SourceLine[],
  defaults: NumberingDefaults,
): DraftLayout {
  const layout: DraftLayout = {};
  const names = ['一级', '二级', '三级', '四级'] as const;
  const markers = lines.map((l) => detectMarker(l.text)).filter((m): m is Marker => !!m && !m.weak);
  const dots = markers.filter((m) => m.kind === 3 && m.punct === '.').length;
  const commas = markers.filter((m) => m.kind === 3 && m.punct === '、').length;
  const parts = markers.filter((m) => m.kind === 1 && m.punct === '部分').length;
  const patternOf: Record<Marker['kind'], string> = {
    1: parts * 2 > markers.filter((m) => m.kind === 1).length ? '第{汉字}部分 ' : '{汉字}、',
    2: '（{汉字}）',
    3: commas > dots ? '{数字}、' : '{数字}.',
    4: '（{数字}）',
  };
  kinds.forEach((kind, i) => {
    const name = names[i];
    if (name && patternOf[kind] !== defaults.编号[name]) (layout.编号 ??= {})[name] = patternOf[kind];
  });

  let runOn = 0;
  let restart = 0;
  for (const ch of chapters) {
    let last: number | undefined;
    for (const group of ch.children) {
      const numbers = group.children.flatMap((c) => (c.marker ? [c.marker.n] : []));
      const first = numbers[0];
      if (first === undefined) continue;
      if (last !== undefined) {
        if (first === last + 1 && first !== 1) runOn++;
        else if (first === 1) restart++;
      }
      last = at(numbers, numbers.length - 1);
    }
  }
  const continuous = runOn > restart;
  if (continuous !== defaults.三级编号连续 && runOn + restart > 0) layout.三级编号连续 = continuous;
  return layout;
}
