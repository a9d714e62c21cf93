/**
 * 红队（nightly 的份量）：node dist/scripts/redteam.js [--scale 3] [--family 名字] [--jobs 3] [--no-validate]
 * 环境变量 FZBG_REDTEAM_BIN 指向别的 bin/fzbg.js 时测那一份（量"之前"的代码）。
 * 每个家族打印用例数和失败数，失败的逐条打印。
 */
import { FAMILIES } from '../tests/support/redteam/families.js';
import { runCases, type CaseOutcome } from '../tests/support/redteam/harness.js';
import { validateDocx } from '../tests/support/redteam/validate-docx.js';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const scale = Number(opt('--scale') ?? 3);
const jobs = Number(opt('--jobs') ?? 3);
const only = opt('--family');
const validate = args.includes('--no-validate') ? undefined : validateDocx;

const rows: string[] = [];
let failedTotal = 0;
let total = 0;
for (const [family, make] of Object.entries(FAMILIES)) {
  if (only && family !== only) continue;
  const cases = make(scale);
  const started = Date.now();
  const outcomes: CaseOutcome[] = await runCases(cases, jobs, validate);
  const failed = outcomes.filter((o) => o.failures.length);
  for (const o of failed) console.log(`✗ [${family}] ${o.name}\n    ${o.failures.join('\n    ')}`);
  rows.push(`| ${family} | ${cases.length} | ${failed.length} | ${((Date.now() - started) / 1000).toFixed(0)} s |`);
  failedTotal += failed.length;
  total += cases.length;
}
console.log(['| 家族 | 用例 | 失败 | 用时 |', '|---|---|---|---|', ...rows, `| 合计 | ${total} | ${failedTotal} | |`].join('\n'));
process.exitCode = failedTotal ? 1 : 0;
