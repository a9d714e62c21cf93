import type { DocumentModel } from '../model/document-model.js';
import type { Report } from '../schema/report-types.generated.js';
import { diffBlocks, type BlockDiff } from './diff-blocks.js';
import { diffFigures, type FigureRow } from './diff-figures.js';
import { diffStructure, type StructureChange } from './diff-structure.js';

export interface YearSide {
  report: Report;
  model: DocumentModel;
}

/** 两年的比较：数字表、结构（章和事项）、文字（逐段逐词）。 */
export interface YearDiff {
  region: string;
  oldYear: number;
  newYear: number;
  figures: FigureRow[];
  structure: StructureChange[];
  blocks: BlockDiff[];
}

export function compareYears(older: YearSide, newer: YearSide): YearDiff {
  return {
    region: newer.report.地区,
    oldYear: older.report.年度,
    newYear: newer.report.年度,
    figures: diffFigures(older.report, newer.report),
    structure: diffStructure(older.report, newer.report),
    blocks: diffBlocks(older.model.blocks, newer.model.blocks),
  };
}

/** 有没有任何不同（数字、结构、文字）。 */
export function hasDifferences(d: YearDiff): boolean {
  return d.figures.some((r) => r.status !== '不变') || d.structure.length > 0 || d.blocks.some((b) => b.type !== 'equal');
}
