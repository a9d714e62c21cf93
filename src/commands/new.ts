import { lstatSync } from 'node:fs';
import { LIMITS } from '../core/limits.js';
import { join } from 'node:path';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { findSourceYear } from '../new/find-source-year.js';
import { nextYearDraft } from '../new/next-year-document.js';
import { ReportPipeline } from '../pipeline/report-pipeline.js';
import { loadTemplate } from '../template/load-template.js';
import { unsafeFolderName } from '../text/safe-folder-name.js';
import { ensureSchemaFile } from '../write/ensure-schema-file.js';
import { WriteFailure } from '../write/write-failure.js';
import { writeFileAtomic } from '../write/write-file-atomic.js';
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
  const target = join(regionDir, `${year}.yaml`);
  if (lexists(target)) {
    say.error(`${target} 已经存在，不覆盖。要重新生成，先把它改名或移走。`);
    say.data({ command: 'new', version: 1, ok: false, target, reason: 'exists' });
    return EXIT.badInput;
  }
  const source = findSourceYear(regionDir, year);
  if (!source) {
    say.error(
      `在 ${regionDir} 里没有找到 ${year} 年以前的数据文件，无从生成。第一年请照 README 的样例手写，或用 fzbg import 导入已发布的报告。`,
    );
    say.data({ command: 'new', version: 1, ok: false, target, reason: 'no-earlier-year' });
    return EXIT.badInput;
  }
  const template = loadTemplate(options.template);
  if (!template.ok) {
    say.problems(template.diagnostics);
    say.data({ command: 'new', version: 1, ok: false, target, diagnostics: template.diagnostics });
    return EXIT.badInput;
  }
  const pipeline = new ReportPipeline(template.template);
  const old = pipeline.check(source.file);
  if (!old.ok) {
    const errors = old.diagnostics.filter((d) => d.severity === 'error');
    say.problems(errors);
    say.error(`${source.file} 有错误，先改正它再生成新年度的文件。`);
    say.data({ command: 'new', version: 1, ok: false, target, from: source.file, diagnostics: errors });
    return EXIT.badInput;
  }
  // 按 check 读出的文字（GBK、UTF-16 的文件也已正确解码），不再按 UTF-8 读一遍。
  const draft = nextYearDraft(old.source.text, old.report, source.file, year);
  // 写之前先在内存里检查：草稿有错误说明是 fzbg 的问题，不留下坏文件。
  const checked = pipeline.check(target, Buffer.from(draft.text, 'utf8'));
  if (!checked.ok) {
    say.problems(checked.diagnostics.filter((d) => d.severity === 'error'));
    io.err(`fzbg 内部错误（请报告）：由 ${source.file} 生成的草稿有上面的错误，没有写出 ${target}。`);
    return EXIT.internal;
  }
  // 只新建（独占）：同时运行的两个 new 只有一个写成，决不覆盖。
  try {
    writeFileAtomic(target, draft.text, { exclusive: true, root: dataRoot });
  } catch (e) {
    if (!(e instanceof WriteFailure)) throw e;
    say.error(e.exists ? `${target} 已经存在，不覆盖。要重新生成，先把它改名或移走。` : e.message);
    say.data({ command: 'new', version: 1, ok: false, target, reason: e.exists ? 'exists' : 'write' });
    return EXIT.badInput;
  }
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
    diagnostics: checked.diagnostics,
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
  say.result(
    `  检查新文件：${countLine(checked.diagnostics)}（待填的数字、上年打算、与上年相同的文字是提醒，运行 fzbg check ${target} 查看）。`,
  );
  return EXIT.ok;
}

/** 路径上有东西吗（悬空的符号链接也算）。 */
function lexists(p: string): boolean {
  try {
    lstatSync(p);
    return true;
  } catch {
    return false;
  }
}
