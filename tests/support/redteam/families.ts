/** 红队的全部家族。scale 1 是 npm test 跑的份量；nightly（scripts/redteam.ts）用更大的 scale。 */
import type { Case } from './harness.js';
import { budgetCases, yamlCases } from './family-budget.js';
import { diffNewCases, importCases, templateCases } from './family-commands.js';
import { debrisCases, fuzzCases } from './family-misc.js';
import { outputTargetCases, regionNameCases, specialFileCases } from './family-paths.js';
import { batchCases, raceCases } from './family-races.js';
import { textCases } from './family-text.js';

export const FAMILIES: Record<string, (scale: number) => Case[]> = {
  'text-language': (scale) => textCases(scale),
  'yaml-hostile': (scale) => yamlCases(scale),
  budgets: () => budgetCases(),
  'special-files': () => specialFileCases(),
  'output-targets': () => outputTargetCases(),
  'region-names': (scale) => regionNameCases(scale),
  races: (scale) => raceCases(scale),
  batch: (scale) => batchCases(scale),
  'import-hostile': () => importCases(),
  'diff-new': () => diffNewCases(),
  template: () => templateCases(),
  debris: () => debrisCases(),
  fuzz: (scale) => fuzzCases(30 * scale),
};
