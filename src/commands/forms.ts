import { EXIT, type ExitCode } from '../exit-codes.js';
import { makeForms } from '../forms/make-forms.js';
import { ReportPipeline } from '../pipeline/report-pipeline.js';
import { loadTemplate } from '../template/load-template.js';
import { chineseDate, parseIsoDate } from '../text/chinese-date.js';
import { writeFileAtomic } from '../write/write-file-atomic.js';
import type { Io } from './io.js';
import { Reporter, shownPath, type OutputOptions } from './reporter.js';

export interface FormsCommandOptions extends OutputOptions {
  out?: string;
  template?: string;
  all?: boolean;
  deadline?: string;
  contact?: string;
}

/** fzbg forms <数据文件>：每个部门一张填报表（.xlsx），写到 out/<地区>/填报表/。写不进去时由 run() 说清是哪个文件。 */
export async function formsCommand(file: string, options: FormsCommandOptions, io: Io): Promise<ExitCode> {
  const say = new Reporter(io, options);
  if (options.deadline !== undefined && !parseIsoDate(options.deadline)) {
    io.err(`命令行有误：--deadline 应写成 2025-01-15 这样的日期，写成了"${options.deadline}"。`);
    return EXIT.badUsage;
  }
  const loaded = loadTemplate(options.template);
  if (!loaded.ok) {
    say.problems(loaded.diagnostics);
    say.data({ command: 'forms', version: 1, ok: false, forms: [], diagnostics: loaded.diagnostics });
    return EXIT.badInput;
  }
  const result = await makeForms(file, new ReportPipeline(loaded.template), {
    outRoot: options.out ?? 'out',
    ...(options.all ? { all: true } : {}),
    ...(options.deadline ? { deadline: options.deadline } : {}),
    ...(options.contact ? { contact: options.contact } : {}),
  });
  say.problems(result.diagnostics);
  if (!result.ok) {
    say.error(`${file} 有错误，没有生成填报表。先运行 fzbg check ${file} 改正。`);
    say.data({ command: 'forms', version: 1, ok: false, forms: [], diagnostics: result.diagnostics });
    return EXIT.badInput;
  }
  if (result.forms.length === 0) {
    say.error(`${file} 的"指标"里没有数字，没有可发的表。要按目录给每个部门出全套的表，加 --all。`);
    say.data({ command: 'forms', version: 1, ok: false, forms: [], diagnostics: result.diagnostics });
    return EXIT.badInput;
  }
  for (const form of result.forms) writeFileAtomic(form.path, form.bytes);
  say.data({
    command: 'forms',
    version: 1,
    ok: true,
    地区: result.地区,
    年度: result.年度,
    deadline: result.deadline,
    forms: result.forms.map((f) => ({ 部门: f.部门, file: f.path, items: f.items, withPrior: f.withPrior })),
    diagnostics: result.diagnostics,
  });
  say.result(`已为 ${result.地区}${result.年度}年度生成 ${result.forms.length} 张填报表（交回截止：${chineseDate(result.deadline)}）：`);
  for (const f of result.forms) {
    say.result(`  ${f.部门}：${f.items} 项${f.withPrior ? `（${f.withPrior} 项有上年的值）` : ''} → ${shownPath(f.path)}`);
  }
  if (!result.prior) say.note('没有上一年度的文件，表里的"上年数值"空着。');
  if (!result.contact) say.note('表头的联系人空着：用 --contact "县司法局 张三 0791-12345678" 写上，或写在模板的 部门.yaml 里。');
  say.note('交回后运行：fzbg collect <交回的表格…>（文件可以改名，按表里隐藏的登记认出是哪个县、哪一年、哪个部门）。');
  return EXIT.ok;
}
