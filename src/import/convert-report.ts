import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Draft, DraftItem } from './draft.js';
import { findDamagedDigits } from './find-damaged-digits.js';
import { forEachText } from './for-each-text.js';
import { ImportNotes } from './import-notes.js';
import { toFullWidthPunctuation } from './normalise-punctuation.js';
import { recogniseFigures } from './recognise-figures.js';
import { recogniseFrame } from './recognise-frame.js';
import { recogniseStructure, type NumberingDefaults } from './recognise-structure.js';
import { replaceYearWords } from './replace-year-words.js';
import type { SourceLine } from './source-line.js';
import { splitRunTogether } from './split-run-together.js';
import { stripWebChrome } from './strip-web-chrome.js';

export interface ConvertedReport {
  draft: Draft;
  notes: ImportNotes;
  diagnostics: Diagnostic[];
}

/**
 * 原文各段 → 数据文件的内容（纯计算，不读写文件）：去掉网页外壳 → 版头版记 → 章和事项 → 指标 → 年份。
 */
export function convertReport(lines: readonly SourceLine[], file: string, defaults: NumberingDefaults, isDocx: boolean): ConvertedReport {
  const notes = new ImportNotes();
  const normalised = lines.map((l) => ({
    ...l,
    text: toFullWidthPunctuation(l.text),
    ...(l.boldLead ? { boldLead: toFullWidthPunctuation(l.boldLead) } : {}),
  }));
  const page = stripWebChrome(splitRunTogether(normalised));
  const { frame, diagnostics } = recogniseFrame(page, file, notes);
  diagnostics.push(...findDamagedDigits(frame.body, file, isDocx));
  const { structure, diagnostics: structureProblems } = recogniseStructure(frame.body, defaults, file, notes);
  diagnostics.push(...structureProblems);

  const draft: Draft = {
    地区: frame.地区,
    年度: frame.年度,
    发文机关: frame.发文机关,
    成文日期: frame.成文日期,
    正文: structure.正文,
  };
  if (frame.标题) draft.标题 = frame.标题;
  if (frame.主送) draft.主送 = frame.主送;
  if (frame.附注) draft.附注 = frame.附注;
  if (structure.版式) draft.版式 = structure.版式;
  if (structure.导语.length) draft.导语 = structure.导语;
  if (frame.结束语 !== undefined || frame.署名 !== undefined) {
    draft.落款 = {};
    if (frame.结束语 !== undefined) draft.落款.结束语 = frame.结束语;
    if (frame.署名 !== undefined) draft.落款.署名 = frame.署名;
  }

  // 原文里的"{{"要写成"\{{"，才不会被当作引用。
  forEachText(draft, (text) => text.replace(/\{\{/g, '\\{{'));
  recogniseFigures(draft, notes);
  forEachText(draft, (text) => replaceYearWords(text, draft.年度));
  return { draft, notes, diagnostics };
}

/** 事项一共几个（各级）。 */
export function countItems(draft: Draft): number {
  const count = (items: DraftItem[] | undefined): number => (items ?? []).reduce((n, it) => n + 1 + count(it.事项), 0);
  return draft.正文.reduce((n, ch) => n + count(ch.事项), 0);
}

/** 指标一共几个。 */
export function countFigures(draft: Draft): number {
  return Object.values(draft.指标 ?? {}).reduce((n, g) => n + Object.keys(g).length, 0);
}
