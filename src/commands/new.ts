import { LIMITS } from '../core/limits.js';
import { join } from 'node:path';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { createNextYear } from '../new/create-next-year.js';
import { ReportPipeline } from '../pipeline/report-pipeline.js';
import { loadTemplate } from '../template/load-template.js';
import { unsafeFolderName } from '../text/safe-folder-name.js';
import { ensureSchemaFile } from '../write/ensure-schema-file.js';
import type { Io } from './io.js';
import { countLine, Reporter, type OutputOptions } from './reporter.js';

export interface NewOptions extends OutputOptions {
  /** 数据文件夹（在这里找更早的年度，新文件也写在这里）。 */
  out?: string;
  /** --out 的旧名字。 */
  data?: string;
  template?: string;
}

/**
 * fzbg new <地区> <年度>：由最近一个更早年度的文件做出新年度的草稿。决不覆盖已有的文件。
 */
export function newCommand(region: string, yearText: string, options: NewOptions, io: Io): ExitCode {
  const say = new Reporter(io, options);
  const year = Number(yearText);
  if (!/^\d{4}$/.test(yearText)) {
    io.err(`命令行有误：年度应为四位数字，如 2024，写成了"${yearText}"。`);
    return EXIT.badUsage;
  }
  if (year < LIMITS.firstYear + 1 || year > LIMITS.lastYear) {
    io.err(`命令行有误：年度应在 ${LIMITS.firstYear + 1}—${LIMITS.lastYear} 之间，写成了 ${year}。`);
    return EXIT.badUsage;
  }
  const unsafe = unsafeFolderName(region);
  if (unsafe) {
    io.err(`命令行有误：${unsafe}`);
    return EXIT.badUsage;
  }
  const dataRoot = options.data ?? options.out ?? 'data';
  if (dataRoot.trim() === '') {
    io.err('命令行有误：--out 是空的，要写数据文件夹，如 --out data。');
    return EXIT.badUsage;
  }
  const regionDir = join(dataRoot, region);
  const template = loadTemplate(options.template);
  if (!template.ok) {
    say.problems(template.diagnostics);
    say.data({ command: 'new', version: 1, ok: false, target: join(regionDir, `${year}.yaml`), diagnostics: template.diagnostics });
    return EXIT.badInput;
  }
  const made = createNextYear(new ReportPipeline(template.template), regionDir, year, dataRoot);
  const target = made.target;
  if (!made.ok) {
    switch (made.reason) {
      case 'exists':
        say.error(`${target} 已经存在，不覆盖。要重新生成，先把它改名或移走。`);
        say.data({ command: 'new', version: 1, ok: false, target, reason: 'exists' });
        return EXIT.badInput;
      case 'no-source':
        say.error(
          `在 ${regionDir} 里没有找到 ${year} 年以前的数据文件，无从生成。第一年请照 README 的样例手写，或用 fzbg import 导入已发布的报告。`,
        );
        say.data({ command: 'new', version: 1, ok: false, target, reason: 'no-earlier-year' });
        return EXIT.badInput;
      case 'source-invalid':
        say.problems(made.errors);
        say.error(`${made.source ?? ''} 有错误，先改正它再生成新年度的文件。`);
        say.data({ command: 'new', version: 1, ok: false, target, from: made.source, diagnostics: made.errors });
        return EXIT.badInput;
      case 'write-failed':
        say.error(made.message ?? `写不进 ${target}。`);
        say.data({ command: 'new', version: 1, ok: false, target, reason: 'write' });
        return EXIT.badInput;
      case 'draft-invalid':
        say.problems(made.errors);
        io.err(`fzbg 内部错误（请报告）：由 ${made.source ?? ''} 生成的草稿有上面的错误，没有写出 ${target}。`);
        return EXIT.internal;
    }
  }
  const { draft, diagnostics } = made;
  const source = { file: made.source, year: made.sourceYear };
  ensureSchemaFile(dataRoot);

  const moved = draft.yearWords.filter((c) => !c.kept);
  const kept = draft.yearWords.filter((c) => c.kept && c.bookTitle === undefined);
  const titles = draft.yearWords.filter((c) => c.bookTitle !== undefined);
  say.data({
    command: 'new',
    version: 1,
    ok: true,
    written: target,
    from: source.file,
    emptied: draft.emptied,
    plans: draft.plans,
    yearWords: draft.yearWords,
    diagnostics,
  });
  say.result(`已生成 ${target}（由 ${source.file}）。`);
  say.result(`  清空了 ${draft.emptied} 个数字，上年的值写在每个数字旁边的注释里。`);
  say.result(`  上年"下步打算"的 ${draft.plans} 条列在文末"上年打算"里，请逐条写明落实情况。`);
  if (source.year !== year - 1) {
    // 中间缺了年份：说清楚是由哪一年生成的，年份词跨了几年，上年打算是哪一年的。
    say.result(
      `  注意：没有 ${year - 1} 年的文件，是由 ${source.year} 年的文件生成的：年份词顺延了 ${year - source.year} 年，文末的"上年打算"是 ${source.year} 年报告里的打算，请核对。`,
    );
  }
  if (moved.length) {
    say.result(`  顺延了 ${moved.length} 处年份：`);
    for (const c of moved) say.result(`    第 ${c.line} 行：…${c.before}… → …${c.after}…`);
  }
  if (kept.length) {
    say.result(`  ${kept.length} 处具体日期没有改（是上一年度的事，请按今年的情况改写）：`);
    for (const c of kept) say.result(`    第 ${c.line} 行：…${c.before}…`);
  }
  if (titles.length) {
    say.result(`  请确认 ${titles.length} 处书名号里的年份（文件名照旧留着；今年有了新的文件就改成新的名字）：`);
    for (const c of titles) say.result(`    第 ${c.line} 行：${c.bookTitle ?? c.before}`);
  }
  say.result(`  检查新文件：${countLine(diagnostics)}（待填的数字、上年打算、与上年相同的文字是提醒，运行 fzbg check ${target} 查看）。`);
  return EXIT.ok;
}
