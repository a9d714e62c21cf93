import { EXIT, type ExitCode } from '../exit-codes.js';
import { reportSchemaJson } from '../schema/schema-json.js';
import { writeFileAtomic } from '../write/write-file-atomic.js';
import type { Io } from './io.js';
import { Reporter, type OutputOptions } from './reporter.js';

export interface SchemaOptions extends OutputOptions {
  out?: string;
}

/** fzbg schema：写出编辑器用的 JSON Schema（默认 data/report.schema.json）。只写普通文件。 */
export function schemaCommand(options: SchemaOptions, io: Io): ExitCode {
  const say = new Reporter(io, options);
  const file = options.out ?? 'data/report.schema.json';
  if (file.trim() === '') {
    io.err('命令行有误：--out 是空的，要写一个文件名，如 --out data/report.schema.json。');
    return EXIT.badUsage;
  }
  writeFileAtomic(file, reportSchemaJson());
  say.data({ command: 'schema', version: 1, ok: true, written: file });
  say.result(`已写入 ${file}。`);
  say.note('数据文件第一行写 "# yaml-language-server: $schema=../report.schema.json"，VS Code 即可补全和检查。');
  return EXIT.ok;
}
