import { basename } from 'node:path';
import { collectForms, type FileOutcome } from '../collect/collect-forms.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { ReportPipeline } from '../pipeline/report-pipeline.js';
import { loadTemplate } from '../template/load-template.js';
import { formatNumber } from '../text/format-number.js';
import type { Io } from './io.js';
import { countLine, Reporter, shownPath, type OutputOptions } from './reporter.js';

export interface CollectOptions extends OutputOptions {
  /** 数据文件夹（表里登记的地区和年度 → <数据文件夹>/<地区>/<年度>.yaml）。 */
  out?: string;
  /** --out 的另一个名字。 */
  data?: string;
  file?: string;
  force?: boolean;
  dryRun?: boolean;
  template?: string;
}

/**
 * fzbg collect <表格…>：把交回的填报表读进数据文件。每个部门交了什么、还缺什么是结果（标准输出）；
 * 读不了的数、冲突、检查出的问题写到标准错误。有要办事员处理的事（冲突、读不了的数、检查出错）时退出码 1。
 */
export async function collectCommand(files: string[], options: CollectOptions, io: Io): Promise<ExitCode> {
  const say = new Reporter(io, options);
  const loaded = loadTemplate(options.template);
  if (!loaded.ok) {
    say.problems(loaded.diagnostics);
    say.data({ command: 'collect', version: 1, ok: false, files: [], diagnostics: loaded.diagnostics });
    return EXIT.badInput;
  }
  const result = await collectForms(files, new ReportPipeline(loaded.template), {
    data: options.out ?? options.data ?? 'data',
    ...(options.file ? { file: options.file } : {}),
    force: options.force === true,
    dryRun: options.dryRun === true,
  });
  say.problems(result.diagnostics);
  for (const outcome of result.outcomes) {
    printOutcome(say, outcome, options.dryRun === true);
    say.problems(outcome.checks);
  }
  const problems = [...result.diagnostics, ...result.outcomes.flatMap((o) => o.checks)];
  const ok = result.outcomes.length > 0 && !hasErrors(problems);
  say.data({
    command: 'collect',
    version: 1,
    ok,
    files: result.outcomes.map((o) => ({
      file: o.file,
      written: o.written,
      ...(o.backup ? { backup: o.backup } : {}),
      writes: o.plan.writes,
      same: o.plan.same.map((g) => g.key),
      conflicts: o.plan.conflicts.map((c) => ({ key: c.given.key, existing: c.existing, given: c.given, forced: c.forced })),
      disagreements: o.plan.disagreements,
      departments: o.plan.departments,
      notReturned: o.plan.notReturned.map((d) => ({ 部门: d.部门, keys: d.items.map((i) => i.key) })),
      missing: o.missing,
    })),
    diagnostics: problems,
  });
  say.note(`收表：${files.length} 张表，${countLine(problems)}。`);
  return ok ? EXIT.ok : EXIT.badInput;
}

function printOutcome(say: Reporter, o: FileOutcome, dryRun: boolean): void {
  const { plan } = o;
  const forms = plan.departments.reduce((n, d) => n + d.forms.length, 0);
  say.result(`${shownPath(o.file)}（${o.report.地区}${o.report.年度}年度）：收了 ${forms} 张表`);
  for (const d of plan.departments) {
    const who = [d.signer.填表人, d.signer.联系电话, d.signer.填报日期].filter(Boolean).join('，');
    const written = d.given.filter((g) => plan.writes.some((w) => `${w.group}.${w.field}` === g.key)).length;
    const same = d.given.filter((g) => plan.same.includes(g)).length;
    say.result(
      `  ${d.部门}${who ? `（${who}）` : ''}：填了 ${d.given.length} 项，写入 ${written} 项` +
        `${same ? `，与文件里相同 ${same} 项` : ''}（${d.forms.map((f) => basename(f)).join('、')}）`,
    );
    for (const g of d.given) {
      say.result(
        `    ${g.key} = ${formatNumber(g.值)}${g.约 ? '（约数）' : ''}${g.口径 ? `（${g.口径}）` : ''}  ← ${g.where}` +
          `${g.note ? `；${g.note}` : ''}${g.备注 ? `；备注：${g.备注}` : ''}`,
      );
    }
    if (d.blank.length) say.result(`    没有填：${d.blank.map((b) => `${b.标题}${b.text ? `（${b.text}）` : ''}`).join('、')}`);
    for (const r of d.remarks) say.result(`    表里另写的话（${r.where}）：${r.text}`);
  }
  if (plan.notReturned.length) {
    say.result(`  还没交表的部门：${plan.notReturned.map((d) => `${d.部门}（${d.items.length} 项）`).join('、')}`);
  }
  if (o.missing.length) {
    const byDept = new Map<string, string[]>();
    for (const m of o.missing) byDept.set(m.部门, [...(byDept.get(m.部门) ?? []), m.标题]);
    say.result(`  还空着的数字 ${o.missing.length} 个：${[...byDept].map(([d, t]) => `${d}：${t.join('、')}`).join('；')}`);
  } else {
    say.result('  "指标"里的数字都有了。');
  }
  const unresolved = plan.conflicts.filter((c) => !c.forced);
  if (unresolved.length)
    say.result(`  与文件里已有的值不同、没有改写 ${unresolved.length} 项（见上面的错误；核对后要用表里的值就加 --force）。`);
  if (plan.disagreements.length) say.result(`  几张表填得不一致、都没有写 ${plan.disagreements.length} 项（见上）。`);
  if (o.checks.length) say.result(`  用 check 的规则检查新的值：${countLine(o.checks)}（见下）。`);
  if (o.encodingNote) say.result(`  ${o.encodingNote}`);
  if (o.written) {
    say.result(
      `  已写入 ${shownPath(o.file)}（${plan.writes.length} 个数字，每个旁边注明来源）；原文件备份为 ${shownPath(o.backup ?? '')}。`,
    );
  } else if (dryRun) say.result(`  --dry-run：没有写文件（要写入 ${plan.writes.length} 个数字）。`);
  else if (plan.writes.length === 0) say.result('  没有要写入的新数字，文件没有动。');
}
