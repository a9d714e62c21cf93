import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { Figure } from '../resolve/figure.js';
import type { Draft } from './draft.js';
import { forEachText } from './for-each-text.js';
import type { ImportNotes } from './import-notes.js';

/** 数据文件里第 line 行所在的指标（"行政复议.受理"）。 */
export function figuresAtLines(yaml: string, lines: readonly number[]): string[] {
  const counter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: counter });
  const figures = doc.get('指标', true);
  const out = new Set<string>();
  if (!isMap(figures)) return [];
  for (const group of figures.items) {
    if (!isMap(group.value) || !isScalar(group.key)) continue;
    for (const field of group.value.items) {
      if (!isScalar(field.key) || !field.key.range) continue;
      const first = counter.linePos(field.key.range[0]).line;
      const end = (field.value as { range?: [number, number, number] } | null)?.range?.[1] ?? field.key.range[1];
      const last = counter.linePos(Math.max(field.key.range[0], end - 1)).line;
      if (lines.some((l) => l >= first && l <= last)) out.add(`${String(group.key.value)}.${String(field.key.value)}`);
    }
  }
  return [...out];
}

/**
 * 检查不通过的指标（如部分大于整体：原文自己的数字就对不上）退回文字：
 * 正文里的引用换回原来的写法，指标删掉，并注明。
 */
export function demoteFigures(draft: Draft, refs: readonly string[], notes: ImportNotes, why: string): void {
  for (const ref of refs) {
    const [group = '', field = ''] = ref.split('.');
    const figures = draft.指标;
    const fields = figures?.[group];
    const value = fields?.[field];
    if (!figures || !fields || !value) continue;
    const written = new Figure(value).toString();
    forEachText(draft, (text) => text.split(`{{指标.${ref}}}`).join(written));
    delete fields[field];
    if (Object.keys(fields).length === 0) delete figures[group];
    notes.add(['指标'], `原文的"${written}"（${ref}）${why}，留作文字`);
  }
  if (draft.指标 && Object.keys(draft.指标).length === 0) delete draft.指标;
}
