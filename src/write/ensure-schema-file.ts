import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { reportSchemaJson } from '../schema/schema-json.js';
import { writeFileAtomic } from './write-file-atomic.js';

/** 数据文件首行 "# yaml-language-server: $schema=../report.schema.json" 指向的文件：数据文件夹里的 report.schema.json。 */
export const SCHEMA_FILE_NAME = 'report.schema.json';

/**
 * 数据文件夹里还没有编辑器用的 Schema 时写一份，免得数据文件首行的 $schema 指向一个不存在的文件
 * （编辑器会说"无法加载架构"，什么补全也没有）。已有的不动（可能是别的版本特意留的）。返回写了的文件，没写时 undefined。
 */
export function ensureSchemaFile(dataRoot: string): string | undefined {
  const file = join(dataRoot, SCHEMA_FILE_NAME);
  if (existsSync(file)) return undefined;
  writeFileAtomic(file, reportSchemaJson());
  return file;
}
