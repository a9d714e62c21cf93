import type { Locator } from '../diagnostics/diagnostic.js';
import type { DocumentModel } from '../model/document-model.js';
import type { Report } from '../schema/report-types.generated.js';
import { diffBlocks, type BlockDiff } from './diff-blocks.js';
import { diffFigures, type FigureRow } from './diff-figures.js';
import { diffStructure, type StructureChange } from './diff-structure.js';

/** 比较的一边：一年的数据（数字表用）、渲染出的文档（结构和文字用）和它的文件（说出行号）。 */
export interface YearSide {
  report: Report;
  model: DocumentModel;
  source: Locator;
}

/** 两年的比较：数字表、结构（章、事项、要点）、文字（逐段逐词）。 */
export interface YearDiff {
  region: string;
  oldYear: number;
  newYear: number;
  oldFile: string;
  newFile: string;
  figures: FigureRow[];
  structure: StructureChange[];
  blocks: LocatedBlockDiff[];
}

/** 逐块的比较，带着每一块在两个文件里的行（只在一边的块只有一边的行）。 */
type LocatedBlockDiff = BlockDiff & { oldLine?: number; newLine?: number };

export function compareYears(older: YearSide, newer: YearSide): YearDiff {
  const lineIn = (side: YearSide) => (path: Parameters<Locator['positionOf']>[0]) => side.source.positionOf(path).line;
  return {
    region: newer.report.地区,
    oldYear: older.report.年度,
    newYear: newer.report.年度,
    oldFile: older.source.file,
    newFile: newer.source.file,
    figures: diffFigures(older.report, newer.report),
    structure: diffStructure(
      { model: older.model, year: older.report.年度, lineOf: lineIn(older) },
      { model: newer.model, year: newer.report.年度, lineOf: lineIn(newer) },
    ),
    blocks: diffBlocks(older.model.blocks, newer.model.blocks).map((b) => ({
      ...b,
      ...(b.type !== 'insert' ? { oldLine: lineIn(older)(b.old.source) } : {}),
      ...(b.type !== 'delete' ? { newLine: lineIn(newer)(b.new.source) } : {}),
    })),
  };
}

/** 有没有任何不同（数字、结构、文字；只是编号变了的段落不算）。 */
export function hasDifferences(d: YearDiff): boolean {
  return (
    d.figures.some((r) => r.status !== '不变') ||
    d.structure.length > 0 ||
    d.blocks.some((b) => b.type !== 'equal' && b.type !== 'renumbered')
  );
}
