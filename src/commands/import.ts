import { relative } from 'node:path';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { importReport } from '../import/import-report.js';
import type { Io } from './io.js';
import { countLine, printDiagnostics } from './print-diagnostics.js';

export interface ImportCommandOptions {
  out?: string;
  force?: boolean;
  template?: string;
}

/** 在当前目录下时写相对路径。 */
const shown = (p: string) => (relative(process.cwd(), p).startsWith('..') ? p : relative(process.cwd(), p));

/** fzbg import：把已发布的报告（.txt 或 .docx）变成数据文件 data/<地区>/<年度>.yaml。 */
export async function importCommand(input: string, options: ImportCommandOptions, io: Io): Promise<ExitCode> {
  if (options.out !== undefined && options.out.trim() === '') {
    io.err('命令行有误：--out 是空的，要写数据文件夹，如 --out data。');
    return EXIT.badUsage;
  }
  const result = await importReport(input, options);
  printDiagnostics(io, result.diagnostics);
  if (!result.written || !result.stats) {
    io.err(`未导入（${countLine(result.diagnostics)}）。`);
    return EXIT.badInput;
  }
  const s = result.stats;
  const file = shown(result.written);
  io.err(`已写入 ${file}：${s.chapters} 章、${s.items} 个事项、${s.figures} 个指标（正文引用 ${s.references} 处）。`);
  io.err('文件里"# 导入："开头的注释是拿不准的地方，请对照原件核对。');
  if (result.checkErrors > 0) {
    io.err(`这个数据文件检查还有 ${result.checkErrors} 个错误（见上），按提示改好后再生成：fzbg check ${file}`);
    return EXIT.badInput;
  }
  io.err(`下一步：fzbg build ${file}`);
  return EXIT.ok;
}
