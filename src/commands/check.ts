import { countBySeverity, fileDiagnostic, hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { findDataFiles } from '../pipeline/find-data-files.js';
import { ReportPipeline } from '../pipeline/report-pipeline.js';
import { loadTemplate } from '../template/load-template.js';
import type { Io } from './io.js';
import type { AcknowledgedWarning } from '../validate/acknowledge-warnings.js';
import { acknowledgedLine } from './acknowledged-line.js';
import { countLine, Reporter, type OutputOptions } from './reporter.js';

export interface CheckOptions extends OutputOptions {
  strict?: boolean;
  template?: string;
  /** 定稿：待填的数字是错误。 */
  final?: boolean;
}

/** fzbg check：检查数据文件，所有问题一次报出，按文件和行排序。问题就是结果，写到标准输出。 */
export function checkCommand(paths: string[], options: CheckOptions, io: Io): ExitCode {
  const say = new Reporter(io, options);
  const { files, missing } = findDataFiles(paths.length ? paths : ['data']);
  const all: Diagnostic[] = missing.map((p) =>
    fileDiagnostic('file/not-found', p, '找不到这个文件或文件夹。', { fix: '检查路径是否写对。' }),
  );
  if (files.length === 0 && missing.length === 0)
    all.push(fileDiagnostic('file/not-found', paths.join('、') || 'data', '这里没有数据文件（.yaml）。', { fix: '检查路径是否写对。' }));
  const acknowledged: AcknowledgedWarning[] = [];
  const template = loadTemplate(options.template);
  if (!template.ok) all.push(...template.diagnostics);
  else {
    const pipeline = new ReportPipeline(template.template, { final: options.final === true });
    for (const f of files) {
      const checked = pipeline.check(f);
      all.push(...checked.diagnostics);
      acknowledged.push(...checked.acknowledged);
    }
  }
  const failed = hasErrors(all) || (options.strict === true && all.length > 0);
  say.data({ command: 'check', version: 1, files: files.length, ok: !failed, ...countBySeverity(all), diagnostics: all, acknowledged });
  say.problems(all, 'out');
  const line = acknowledgedLine(acknowledged);
  if (line) say.note(line);
  say.result(`检查了 ${files.length} 个文件：${countLine(all)}。`);
  return failed ? EXIT.badInput : EXIT.ok;
}
