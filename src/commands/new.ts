import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { findSourceYear } from '../new/find-source-year.js';
import { nextYearDraft } from '../new/next-year-document.js';
import { ReportPipeline } from '../pipeline/report-pipeline.js';
import { loadTemplate } from '../template/load-template.js';
import { unsafeFolderName } from '../text/safe-folder-name.js';
import { writeFileAtomic } from '../write/write-file-atomic.js';
import type { Io } from './io.js';
import { countLine, printDiagnostics } from './print-diagnostics.js';

export interface NewOptions {
  data?: string;
  template?: string;
}

/**
 * fzbg new <地区> <年度>：由最近一个更早年度的文件做出新年度的草稿。决不覆盖已有的文件。
 */
export function newCommand(region: string, yearText: string, options: NewOptions, io: Io): ExitCode {
  const year = Number(yearText);
  if (!/^\d{4}$/.test(yearText)) {
    io.err(`命令行有误：年度应为四位数字，如 2024，写成了"${yearText}"。`);
    return EXIT.badUsage;
  }
  const unsafe = unsafeFolderName(region);
  if (unsafe) {
    io.err(`命令行有误：${unsafe}`);
    return EXIT.badUsage;
  }
  const dataRoot = options.data ?? 'data';
  const regionDir = join(dataRoot, region);
  const target = join(regionDir, `${year}.yaml`);
  if (existsSync(target)) {
    io.err(`${target} 已经存在，不覆盖。要重新生成，先把它改名或移走。`);
    return EXIT.badInput;
  }
  const source = findSourceYear(regionDir, year);
  if (!source) {
    io.err(
      `在 ${regionDir} 里没有找到 ${year} 年以前的数据文件，无从生成。第一年请照 README 的样例手写，或用 fzbg import 导入已发布的报告。`,
    );
    return EXIT.badInput;
  }
  const template = loadTemplate(options.template);
  if (!template.ok) {
    printDiagnostics(io, template.diagnostics);
    return EXIT.badInput;
  }
  const pipeline = new ReportPipeline(template.template);
  const old = pipeline.check(source.file);
  if (!old.ok) {
    printDiagnostics(
      io,
      old.diagnostics.filter((d) => d.severity === 'error'),
    );
    io.err(`${source.file} 有错误，先改正它再生成新年度的文件。`);
    return EXIT.badInput;
  }
  // 按 check 读出的文字（GBK、UTF-16 的文件也已正确解码），不再按 UTF-8 读一遍。
  const draft = nextYearDraft(old.source.text, old.report, source.file, year);
  // 写之前先在内存里检查：草稿有错误说明是 fzbg 的问题，不留下坏文件。
  const checked = pipeline.check(target, Buffer.from(draft.text, 'utf8'));
  if (!checked.ok) {
    printDiagnostics(
      io,
      checked.diagnostics.filter((d) => d.severity === 'error'),
    );
    io.err(`fzbg 内部错误（请报告）：由 ${source.file} 生成的草稿有上面的错误，没有写出 ${target}。`);
    return EXIT.internal;
  }
  writeFileAtomic(target, draft.text);

  io.out(`已生成 ${target}（由 ${source.file}）。`);
  if (source.year !== year - 1) {
    // 中间缺了年份：说清楚是由哪一年生成的，年份词跨了几年，上年打算是哪一年的。
    io.out(
      `  注意：没有 ${year - 1} 年的文件，是由 ${source.year} 年的文件生成的：年份词顺延了 ${year - source.year} 年，文末的"上年打算"是 ${source.year} 年报告里的打算，请核对。`,
    );
  }
  io.out(`  清空了 ${draft.emptied} 个数字，上年的值写在每个数字旁边的注释里。`);
  io.out(`  上年"下步打算"的 ${draft.plans} 条列在文末"上年打算"里，请逐条写明落实情况。`);
  const moved = draft.yearWords.filter((c) => !c.kept);
  const kept = draft.yearWords.filter((c) => c.kept && c.bookTitle === undefined);
  const titles = draft.yearWords.filter((c) => c.bookTitle !== undefined);
  if (moved.length) {
    io.out(`  顺延了 ${moved.length} 处年份：`);
    for (const c of moved) io.out(`    第 ${c.line} 行：…${c.before}… → …${c.after}…`);
  }
  if (kept.length) {
    io.out(`  ${kept.length} 处具体日期没有改（是上一年度的事，请按今年的情况改写）：`);
    for (const c of kept) io.out(`    第 ${c.line} 行：…${c.before}…`);
  }
  if (titles.length) {
    io.out(`  请确认 ${titles.length} 处书名号里的年份（文件名照旧留着；今年有了新的文件就改成新的名字）：`);
    for (const c of titles) io.out(`    第 ${c.line} 行：${c.bookTitle ?? c.before}`);
  }
  io.out(
    `  检查新文件：${countLine(checked.diagnostics)}（待填的数字、上年打算、与上年相同的文字是提醒，运行 fzbg check ${target} 查看）。`,
  );
  return EXIT.ok;
}
