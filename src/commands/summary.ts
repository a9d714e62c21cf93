import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileDiagnostic } from '../diagnostics/diagnostic.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { makeSummary } from '../summary/make-summary.js';
import { loadTemplate } from '../template/load-template.js';
import { writeFileAtomic } from '../write/write-file-atomic.js';
import type { Io } from './io.js';
import { Progress } from './progress.js';
import { Reporter, shownPath, type OutputOptions } from './reporter.js';

export interface SummaryOptions extends OutputOptions {
  out?: string;
  year?: string;
  jobs?: string;
  template?: string;
}

const BASE = '法治政府建设年度报告汇总';

/** fzbg summary [文件夹…]：每个县每年的报告情况和各组数字，写成一个 .xlsx 和一个自成一体的 .html。 */
export async function summaryCommand(paths: string[], options: SummaryOptions, io: Io): Promise<ExitCode> {
  const say = new Reporter(io, options);
  if (options.year !== undefined && !/^\d{4}$/.test(options.year)) {
    io.err(`命令行有误：--year 应为四位数字，如 2024，写成了"${options.year}"。`);
    return EXIT.badUsage;
  }
  const jobs = options.jobs === undefined ? undefined : Number(options.jobs);
  if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1)) {
    io.err(`命令行有误：--jobs 应为正整数，写成了"${options.jobs}"。`);
    return EXIT.badUsage;
  }
  const out = options.out ?? join('out', '汇总');
  if (existsSync(out) && !statSync(out).isDirectory()) {
    io.err(`命令行有误：--out 要写一个文件夹，"${out}"是一个文件。`);
    return EXIT.badUsage;
  }
  const templateName = options.template ?? '标准';
  const loaded = loadTemplate(templateName);
  if (!loaded.ok) {
    say.problems(loaded.diagnostics);
    say.data({ command: 'summary', version: 1, ok: false, diagnostics: loaded.diagnostics });
    return EXIT.badInput;
  }
  const started = Date.now();
  const progress: { bar?: Progress } = {};
  const result = await makeSummary(paths.length ? paths : ['data'], {
    template: loaded.template,
    templateName,
    ...(jobs ? { jobs } : {}),
    ...(options.year ? { year: Number(options.year) } : {}),
    onProgress: (done, total, failed) => {
      if (say.json || say.quiet || total < 2) return;
      progress.bar ??= new Progress(io, total, started);
      progress.bar.update(done, failed);
    },
  });
  progress.bar?.clear();
  const notFound = result.missing.map((p) =>
    fileDiagnostic('file/not-found', p, '找不到这个文件或文件夹。', { fix: '检查路径是否写对。' }),
  );
  say.problems(notFound);
  if (result.files === 0) {
    say.error('没有找到数据文件（.yaml），没有生成汇总。');
    say.data({ command: 'summary', version: 1, ok: false, diagnostics: notFound });
    return EXIT.badInput;
  }
  const xlsx = join(out, `${BASE}.xlsx`);
  const html = join(out, `${BASE}.html`);
  writeFileAtomic(xlsx, result.xlsx);
  writeFileAtomic(html, result.html);
  const m = result.model;
  const rows = m.overview.filter((r) => r.年度 === m.year);
  const present = rows.filter((r) => r.present);
  const counts = {
    已交: present.length,
    未交: rows.length - present.length,
    内容不全: present.filter((r) => !r.complete).length,
    晚于截止: present.filter((r) => r.onTime === false).length,
    有错误: present.filter((r) => r.errors > 0 || !r.readable).length,
  };
  const seconds = Number(((Date.now() - started) / 1000).toFixed(1));
  say.data({
    command: 'summary',
    version: 1,
    ok: result.missing.length === 0,
    files: result.files,
    counties: m.counties.length,
    years: m.years,
    year: m.year,
    checked: { 年度: m.year, ...counts },
    groups: m.groups.length,
    outputs: { xlsx, html },
    seconds,
    diagnostics: notFound,
  });
  say.result(`汇总了 ${m.counties.length} 个县的 ${result.files} 份报告（${m.years.join('、')} 年度），用时 ${seconds.toFixed(1)} 秒：`);
  say.result(
    `  ${m.year} 年度：已交 ${counts.已交} 个县，未交 ${counts.未交} 个；规定内容不全 ${counts.内容不全} 份；` +
      `晚于发布截止 ${counts.晚于截止} 份；检查有错误 ${counts.有错误} 份。`,
  );
  say.result(`  各组数字 ${m.groups.length} 张表${m.custom.length ? `，自定义指标 ${m.custom.length} 个` : ''}。`);
  say.result(`  → ${shownPath(xlsx)}`);
  say.result(`  → ${shownPath(html)}（图在网页里：exceljs 写不了 Excel 图表）`);
  return result.missing.length ? EXIT.badInput : EXIT.ok;
}
