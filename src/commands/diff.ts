import { join } from 'node:path';
import { compareYears, type YearDiff } from '../diff/compare-years.js';
import { formatHtml } from '../diff/format-html.js';
import { formatJson } from '../diff/format-json.js';
import { formatMarkdown } from '../diff/format-markdown.js';
import { formatTerminal } from '../diff/format-terminal.js';
import { yearPair } from '../diff/load-year-pair.js';
import { redlineDocx } from '../diff/write-redline.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { LIMITS } from '../core/limits.js';
import { ReportPipeline } from '../pipeline/report-pipeline.js';
import { loadTemplate } from '../template/load-template.js';
import { outputPaths } from '../write/output-paths.js';
import { writeFileAtomic } from '../write/write-file-atomic.js';
import type { Io } from './io.js';
import { Reporter, shownPath, type OutputOptions } from './reporter.js';

export const DIFF_FORMATS = ['terminal', 'md', 'html', 'json', 'docx'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

export interface DiffOptions extends OutputOptions {
  format?: string;
  out?: string;
  template?: string;
  /** 修订的作者（docx）；不写时用版式里的"作者"或新一年的发文机关。 */
  author?: string;
  /** 终端是否上色：NO_COLOR 或输出不是终端时不上色。 */
  color?: boolean;
}

/** fzbg diff <旧> <新> | fzbg diff data/<地区>：数字表、结构、逐词的文字变化；终端、Markdown、HTML、JSON 或带修订的 Word。 */
export async function diffCommand(args: string[], options: DiffOptions, io: Io): Promise<ExitCode> {
  const format = (options.json ? 'json' : (options.format ?? 'terminal')) as DiffFormat;
  const say = new Reporter(io, { ...options, json: false });
  if (!DIFF_FORMATS.includes(format)) {
    io.err(`命令行有误：--format 只能是 ${DIFF_FORMATS.join('、')}，写成了"${String(options.format)}"。`);
    return EXIT.badUsage;
  }
  if (options.out !== undefined && options.out.trim() === '') {
    io.err('命令行有误：--out 是空的，要写一个文件名。');
    return EXIT.badUsage;
  }
  const pair = yearPair(args);
  if ('error' in pair) {
    io.err(pair.error);
    return pair.usage ? EXIT.badUsage : EXIT.badInput;
  }
  const loaded = loadTemplate(options.template);
  if (!loaded.ok) {
    say.problems(loaded.diagnostics);
    return EXIT.badInput;
  }
  // 每一年都照 build 的样子生成（各自带上自己的上一年度，同比才写得出来）；两年共用一条流水线，
  // 新一年的上一年度就是旧的那一年时只读一次。
  const pipeline = new ReportPipeline(loaded.template);
  const older = pipeline.check(pair.older);
  const newer = pipeline.check(pair.newer);
  if (!older.ok || !newer.ok) {
    for (const side of [older, newer]) say.problems(side.diagnostics.filter((d) => d.severity === 'error'));
    say.error('有错误的文件不能比较：先运行 fzbg check 改正。');
    return EXIT.badInput;
  }
  // 比较要把两年的各块两两对照：块数的乘积有上限（真实的报告不过几百块）。
  const blocks = Math.max(older.model.blocks.length, newer.model.blocks.length);
  if (blocks > LIMITS.diffBlocks) {
    io.err(`报告有 ${blocks} 段，超过了比较的上限 ${LIMITS.diffBlocks} 段：不像一份报告，不比较（预算见 README 的"预算"一节）。`);
    return EXIT.badInput;
  }
  if (older.report.地区 !== newer.report.地区)
    io.err(`提醒：比较的是两个不同的县（${older.report.地区}、${newer.report.地区}），不是同一个县的两年。`);
  const diff: YearDiff = compareYears(older, newer);
  // Word 和网页写成文件（默认放在 out/<地区>/），其余的写到标准输出（或 --out 的文件）。
  const defaultFile = (ext: string) =>
    join(outputPaths('out', diff.region, diff.newYear).dir, `${diff.oldYear}—${diff.newYear}年度对比${ext}`);
  if (format === 'docx') {
    const file = options.out ?? defaultFile('（修订）.docx');
    const author = options.author ?? newer.layout.作者 ?? newer.report.发文机关;
    writeFileAtomic(file, await redlineDocx(diff, newer.layout, author), options.out === undefined ? { root: 'out' } : {});
    say.result(`已写入 ${shownPath(file)}`);
    say.note('在 Word 的"审阅"里可以逐条接受或拒绝修订；修订已打开，接着改的地方也记成修订。');
    return EXIT.ok;
  }
  const text =
    format === 'md'
      ? formatMarkdown(diff)
      : format === 'html'
        ? formatHtml(diff)
        : format === 'json'
          ? formatJson(diff)
          : formatTerminal(diff, options.color === true);
  const file = options.out ?? (format === 'html' ? defaultFile('.html') : undefined);
  if (file) {
    writeFileAtomic(file, text, options.out === undefined ? { root: 'out' } : {});
    say.result(`已写入 ${shownPath(file)}`);
  } else {
    io.out(text);
  }
  return EXIT.ok;
}
