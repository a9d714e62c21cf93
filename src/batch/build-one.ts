import { fileDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { ReportPipeline } from '../pipeline/report-pipeline.js';
import type { OutputPaths } from '../write/output-paths.js';

/** 批量生成里一个文件的结果：只带回错误（警告只带个数），主线程的内存不随县的个数增长。 */
export interface BatchItemResult {
  file: string;
  outputs?: OutputPaths;
  errors: Diagnostic[];
  warnings: number;
  /** 单个文件时带回全部问题（含警告）。 */
  all?: Diagnostic[];
}

/** 生成一份；出了任何故障只记在这一份上，不拖垮整批。 */
export async function buildOne(
  file: string,
  pipeline: ReportPipeline,
  outRoot: string,
  options: { keepWarnings?: boolean },
): Promise<BatchItemResult> {
  try {
    const r = await pipeline.build(file, outRoot);
    const errors = r.diagnostics.filter((d) => d.severity === 'error');
    return {
      file,
      ...(r.outputs ? { outputs: r.outputs } : {}),
      errors,
      warnings: r.diagnostics.length - errors.length,
      ...(options.keepWarnings ? { all: r.diagnostics } : {}),
    };
  } catch (e) {
    // 写不进去（没有权限、磁盘满、路径被一个文件占着）是环境的问题，不是 bug：说清楚。
    const code = (e as NodeJS.ErrnoException).code;
    if (code && ['EACCES', 'EPERM', 'ENOSPC', 'ENOTDIR', 'EEXIST', 'EROFS', 'EISDIR'].includes(code)) {
      const message = `输出文件写不进去（${code}）：${(e as Error).message.replace(/^[A-Z]+: /, '')}`;
      return {
        file,
        errors: [fileDiagnostic('file/write-failed', file, message, { fix: '检查输出文件夹是否存在、有没有写权限、磁盘是否已满。' })],
        warnings: 0,
      };
    }
    // 一个文件的意外故障不拖垮整批：记为这个文件的内部错误。
    const message = `fzbg 内部错误（请报告）：${e instanceof Error ? e.message : String(e)}`;
    return { file, errors: [fileDiagnostic('internal/bug', file, message)], warnings: 0 };
  }
}
