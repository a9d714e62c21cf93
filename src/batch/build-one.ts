import { fileDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { ReportPipeline } from '../pipeline/report-pipeline.js';
import { WriteFailure } from '../write/write-failure.js';
import { writeFileAtomic } from '../write/write-file-atomic.js';
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

/** 生成好、还没写的一份（工作线程交给主线程）。 */
export interface ProducedItem extends BatchItemResult {
  md?: string;
  docx?: Uint8Array;
}

/** 生成一份（不写）；出了任何故障只记在这一份上，不拖垮整批。 */
export async function produceOne(
  file: string,
  pipeline: ReportPipeline,
  outRoot: string,
  options: { keepWarnings?: boolean },
): Promise<ProducedItem> {
  try {
    const r = await pipeline.produce(file, outRoot);
    const errors = r.diagnostics.filter((d) => d.severity === 'error');
    return {
      file,
      ...(r.outputs && r.md !== undefined && r.docx ? { outputs: r.outputs, md: r.md, docx: r.docx } : {}),
      errors,
      warnings: r.diagnostics.length - errors.length,
      ...(options.keepWarnings ? { all: r.diagnostics } : {}),
    };
  } catch (e) {
    return failed(file, 'internal/bug', `fzbg 内部错误（请报告）：${e instanceof Error ? e.message : String(e)}`);
  }
}

/**
 * 主线程写一份：.md 和 .docx。claims 记着这一批里每个输出文件是哪个数据文件的：两个文件的地区和年度相同时，
 * 先到的写，后到的报错（不覆盖同一批里别的县的输出）。
 */
export function writeProduced(item: ProducedItem, outRoot: string, claims: Map<string, string>): BatchItemResult {
  const { md, docx, ...result } = item;
  if (!result.outputs || md === undefined || !docx) return result;
  const owner = claims.get(result.outputs.docx);
  if (owner !== undefined && owner !== item.file) {
    const { outputs: _dropped, ...rest } = result;
    return {
      ...rest,
      errors: [
        ...rest.errors,
        fileDiagnostic(
          'file/collision',
          item.file,
          `与 ${owner} 的地区和年度相同，都要写到 ${result.outputs.docx}：没有生成这一份，以免覆盖。`,
          {
            fix: '检查两个文件的"地区"和"年度"：一个县一个年度只能有一个文件。',
          },
        ),
      ],
    };
  }
  claims.set(result.outputs.docx, item.file);
  try {
    writeFileAtomic(result.outputs.md, md, { root: outRoot });
    writeFileAtomic(result.outputs.docx, docx, { root: outRoot });
    return result;
  } catch (e) {
    if (!(e instanceof WriteFailure)) throw e;
    const { outputs: _dropped, ...rest } = result;
    return {
      ...rest,
      errors: [
        fileDiagnostic('file/write-failed', item.file, e.message, {
          fix: '检查输出文件夹：有没有写权限、磁盘是否已满、路径上有没有符号链接或同名的文件。',
        }),
      ],
    };
  }
}

export function failed(file: string, code: 'internal/bug' | 'budget/county', message: string, fix?: string): ProducedItem {
  return { file, errors: [fileDiagnostic(code, file, message, fix ? { fix } : {})], warnings: 0 };
}
