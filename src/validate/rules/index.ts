/** Schema 表达不了的规则，每条一个小函数。 */
import { requiredContents } from './completeness-rules.js';
import { emptyFigures, planChecklist } from './draft-rules.js';
import { partsWithinWhole, ratesMatchCounts, unusedFigures } from './figure-rules.js';
import { dateRules, fileNameMatches, regionIsSafeFolder } from './frame-rules.js';
import type { Rule, RuleContext, RuleProblem } from './rule.js';
import { fullWidthBraces, illegalCharacters } from './text-rules.js';

export type { Rule, RuleContext, RuleProblem };

export const RULES: readonly Rule[] = [
  regionIsSafeFolder,
  dateRules,
  fileNameMatches,
  requiredContents,
  partsWithinWhole,
  ratesMatchCounts,
  unusedFigures,
  illegalCharacters,
  fullWidthBraces,
  emptyFigures,
  planChecklist,
];

export function runRules(ctx: RuleContext): RuleProblem[] {
  return RULES.flatMap((rule) => rule(ctx));
}
