import { join, relative } from 'node:path';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { makeSummary } from '../summary/make-summary.js';
import { loadTemplate } from '../template/load-template.js';
import { writeFailure } from '../write/write-failure.js';
import { writeFileAtomic } from '../write/write-file-atomic.js';
import type { Io } from './io.js';
import { printDiagnostics } from './print-diagnostics.js';
import { Progress } from './progress.js';

export interface SummaryOptions {
  out?: string;
  year?: string;
  jobs?: string;
  template?: string;
}

const shown = (p: string) => (relative(process.cwd(), p).startsWith('..') ? p : relative(process.cwd(), p));
const BASE = '法治政府建设年度报告汇总';

/** fzbg summary [文件夹…]：每个县每年的报告情况和各组数字，写成一个 .xlsx 和一个自成一体的 .html。 */
export async function summaryCommand(paths: string[], options: SummaryOptions, io: Io): Promise<ExitCode> {
  const year = options.year === undefined ? undefined : Number(options.year);
  if (options.year !== undefined && !/^\d{4}$/.test(options.year)) {
    io.err(`命令行有误：--year 应为四位数字，如 2024，写成了"${options.year}"。`);
    return EXIT.badUsage;
  }
  const jobs = options.jobs === undefined ? undefined : Number(options.jobs);
  if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1)) {
    io.err(`命令行有误：--jobs 应为正整数，写成了"${options.jobs}"。`);
    return EXIT.badUsage;
  }
  const templateName = options.template ?? '标准';
  const loaded = loadTemplate(templateName);
  if (!loaded.ok) {
    printDiagnostics(io, loaded.diagnostics);
    return EXIT.badInput;
  }
  const started = Date.now();
  let progress: Progress | undefined;
  const result = await makeSummary(paths.length ? paths : ['data'], {
    template: loaded.template,
    templateName,
    ...(jobs ? { jobs } : {}),
    ...(year ? { year } : {}),
    onProgress: (done, total, failed) => {
      progress ??= new Progress(io, total, started);
      if (total > 1) progress.update(done, failed);
    },
  });
  (progress as Progress | undefined)?.clear();
  for (const p of result.missing) io.err(`${p}: 找不到这个文件或文件夹。`);
  if (result.files === 0) {
    io.err('没有找到数据文件（.yaml），没有生成汇总。');
    return EXIT.badInput;
  }
  const out = options.out ?? join('out', '汇总');
  const xlsx = join(out, `${BASE}.xlsx`);
  const html = join(out, `${BASE}.html`);
  try {
    writeFileAtomic(xlsx, result.xlsx);
    writeFileAtomic(html, result.html);
  } catch (e) {
    const failure = writeFailure(e, out);
    if (!failure) throw e;
    printDiagnostics(io, [failure]);
    return EXIT.badInput;
  }
  const m = result.model;
  const rows = m.overview.filter((r) => r.年度 === m.year);
  const present = rows.filter((r) => r.present);
  io.out(
    `汇总了 ${m.counties.length} 个县的 ${result.files} 份报告（${m.years.join('、')} 年度），用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒：`,
  );
  io.out(
    `  ${m.year} 年度：已交 ${present.length} 个县，未交 ${rows.length - present.length} 个；规定内容不全 ${present.filter((r) => !r.complete).length} 份；` +
      `晚于发布截止 ${present.filter((r) => r.onTime === false).length} 份；检查有错误 ${present.filter((r) => r.errors > 0 || !r.readable).length} 份。`,
  );
  io.out(`  各组数字 ${m.groups.length} 张表${m.custom.length ? `，自定义指标 ${m.custom.length} 个` : ''}。`);
  io.out(`  → ${shown(xlsx)}`);
  io.out(`  → ${shown(html)}（图在网页里：exceljs 写不了 Excel 图表）`);
  return result.missing.length ? EXIT.badInput : EXIT.ok;
}
