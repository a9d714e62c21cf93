import { blockText } from '../model/document-model.js';
import type { YearDiff } from './compare-years.js';

/**
 * 给程序读的 JSON（version 1，字段只增不改）。结构的每一处和文字的每一段都带着它在两个文件里的数据路径和行：
 * structure[].old/new = {path, line, label}，text[].old/new = {path, line}。
 */
export function formatJson(d: YearDiff): string {
  return (
    JSON.stringify(
      {
        version: 1,
        region: d.region,
        oldYear: d.oldYear,
        newYear: d.newYear,
        oldFile: d.oldFile,
        newFile: d.newFile,
        figures: d.figures,
        structure: d.structure,
        text: d.blocks.map((b) => ({
          type: b.type,
          ...(b.type === 'change' || b.type === 'renumbered'
            ? { parts: b.parts }
            : { text: blockText(b.type === 'delete' ? b.old : b.new) }),
          ...(b.type !== 'insert' ? { old: { path: b.old.source, line: b.oldLine } } : {}),
          ...(b.type !== 'delete' ? { new: { path: b.new.source, line: b.newLine } } : {}),
        })),
      },
      null,
      2,
    ) + '\n'
  );
}
