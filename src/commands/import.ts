import { dirname } from 'node:path';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { importReport } from '../import/import-report.js';
import { ensureSchemaFile } from '../write/ensure-schema-file.js';
import type { Io } from './io.js';
import { countLine, Reporter, shownPath, type OutputOptions } from './reporter.js';

export interface ImportCommandOptions extends OutputOptions {
  /** 数据文件夹：写到 <out>/<地区>/<年度>.yaml。 */
  out?: string;
  force?: boolean;
  template?: string;
}

/** fzbg import：把已发布的报告（.txt 或 .docx）变成数据文件 data/<地区>/<年度>.yaml。 */
export async function importCommand(input: string, options: ImportCommandOptions, io: Io): Promise<ExitCode> {
  const say = new Reporter(io, options);
  if (options.out !== undefined && options.out.trim() === '') {
    io.err('命令行有误：--out 是空的，要写数据文件夹，如 --out data。');
    return EXIT.badUsage;
  }
  const result = await importReport(input, options);
  say.problems(result.diagnostics);
  if (!result.written || !result.stats) {
    say.error(`未导入（${countLine(result.diagnostics)}）。`);
    say.data({
      command: 'import',
      version: 1,
      ok: false,
      ...(result.target ? { target: result.target } : {}),
      diagnostics: result.diagnostics,
    });
    return EXIT.badInput;
  }
  ensureSchemaFile(dirname(dirname(result.written)));
  const s = result.stats;
  const file = shownPath(result.written);
  say.data({
    command: 'import',
    version: 1,
    ok: result.checkErrors === 0,
    written: result.written,
    stats: s,
    diagnostics: result.diagnostics,
  });
  say.result(`已写入 ${file}：${s.chapters} 章、${s.items} 个事项、${s.figures} 个指标（正文引用 ${s.references} 处）。`);
  say.note('文件里"# 导入："开头的注释是拿不准的地方，请对照原件核对。');
  if (result.checkErrors > 0) {
    say.error(`这个数据文件检查还有 ${result.checkErrors} 个错误（见上），按提示改好后再生成：fzbg check ${file}`);
    return EXIT.badInput;
  }
  say.note(`下一步：fzbg build ${file}`);
  return EXIT.ok;
}
