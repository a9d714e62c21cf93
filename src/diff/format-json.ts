import { blockText } from '../model/document-model.js';
import type { YearDiff } from './compare-years.js';

/** 给程序读的 JSON（version 1，字段只增不改）。 */
export function formatJson(d: YearDiff): string {
  return (
    JSON.stringify(
      {
        version: 1,
        region: d.region,
        oldYear: d.oldYear,
        newYear: d.newYear,
        figures: d.figures,
        structure: d.structure,
        text: d.blocks.map((b) =>
          b.type === 'change' ? { type: b.type, parts: b.parts } : { type: b.type, text: blockText(b.type === 'delete' ? b.old : b.new) },
        ),
      },
      null,
      2,
    ) + '\n'
  );
}
