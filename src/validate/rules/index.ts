/** Schema 表达不了的规则，每条一个小函数；渲染之后按这个顺序运行。 */
import type { Problem } from '../../diagnostics/diagnostic.js';
import { requiredContents } from './completeness-rules.js';
import { emptyFigures, planChecklist } from './draft-rules.js';
import { partsWithinWhole, ratesMatchCounts, unusedFigures } from './figure-rules.js';
import { writingMatchesValue } from './figure-writing.js';
import { dateRules, fileNameMatches, regionIsSafeFolder } from './frame-rules.js';
import type { Rule, RuleContext } from './rule.js';
import { numberingTwice } from './numbering-twice.js';
import { singleBraces } from './single-braces.js';
import { staleText } from './stale-text.js';
import { fullWidthBraces, illegalCharacters } from './text-rules.js';

const RULES: readonly Rule[] = [
  regionIsSafeFolder,
  dateRules,
  fileNameMatches,
  requiredContents,
  partsWithinWhole,
  ratesMatchCounts,
  writingMatchesValue,
  unusedFigures,
  illegalCharacters,
  fullWidthBraces,
  singleBraces,
  numberingTwice,
  emptyFigures,
  planChecklist,
  staleText,
];

export function runRules(ctx: RuleContext): Problem[] {
  return RULES.flatMap((rule) => rule(ctx));
}
