/**
 * 红队：自己攻击自己（tests/support/redteam/ 的各家族）。每个用例在沙箱里以子进程运行 fzbg，查：
 * 按时结束、退出码合适、没有栈和内部的英文信息、没有写到输出以外、没有替换已有的文件、没有留下临时文件、
 * 写出的每个 .docx 都通过 Open XML SDK 校验器。npm test 跑 scale 1 的份量；更多的用例和 300 个县的批量见
 * scripts/redteam.ts（node dist/scripts/redteam.js --scale 3）。
 */
import { describe, expect, it } from 'vitest';
import { FAMILIES } from './support/redteam/families.js';
import { runCase } from './support/redteam/harness.js';
import { validateDocx } from './support/redteam/validate-docx.js';

const all = Object.entries(FAMILIES).map(([family, make]) => [family, make(1)] as const);

describe('红队', () => {
  it('至少 300 个用例，每个家族都有', () => {
    expect(all.reduce((n, [, cases]) => n + cases.length, 0)).toBeGreaterThanOrEqual(300);
    for (const [, cases] of all) expect(cases.length).toBeGreaterThan(0);
  });
  for (const [family, cases] of all) {
    describe.concurrent(family, () => {
      for (const c of cases) {
        it(c.name, { timeout: c.budgetMs + 120_000 }, async () => {
          const outcome = await runCase(c, validateDocx);
          expect(outcome.failures).toEqual([]);
        });
      }
    });
  }
});
