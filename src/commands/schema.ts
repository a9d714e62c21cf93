import { EXIT, type ExitCode } from '../exit-codes.js';
import { reportSchemaJson } from '../schema/schema-json.js';
import { OutputError, writeFileAtomic } from '../write/write-file-atomic.js';
import type { Io } from './io.js';

/** fzbg schema：写出编辑器用的 JSON Schema（默认 data/report.schema.json）。只写普通文件。 */
export function schemaCommand(options: { out?: string }, io: Io): ExitCode {
  const file = options.out ?? 'data/report.schema.json';
  if (file.trim() === '') {
    io.err('命令行有误：--out 是空的，要写一个文件名，如 --out data/report.schema.json。');
    return EXIT.badUsage;
  }
  try {
    writeFileAtomic(file, reportSchemaJson());
  } catch (e) {
    if (!(e instanceof OutputError)) throw e;
    io.err(e.message);
    return EXIT.badInput;
  }
  io.err(`已写入 ${file}。数据文件第一行写 "# yaml-language-server: $schema=../report.schema.json"，VS Code 即可补全和检查。`);
  return EXIT.ok;
}
