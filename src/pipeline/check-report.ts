import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { sortDiagnostics } from '../diagnostics/diagnostic.js';
import type { SourceFile } from '../load/source-file.js';
import type { Template } from '../template/load-template.js';
import { findPriorYear, type PriorYear } from '../resolve/prior-year.js';
import { mergeLayout } from '../template/layout.js';
import { runRules } from '../validate/rules/index.js';
import { loadReport, type LoadedReport } from './load-report.js';
import { renderReport, type RenderedReport } from './render-report.js';

export interface CheckedReport extends LoadedReport {
  rendered?: RenderedReport;
  /** 用来比较的上一年度（有时）。 */
  prior?: PriorYear;
}

export interface CheckOptions {
  /** 定稿：待填的数字是错误（草稿里只是警告）。 */
  final?: boolean;
  /** 上一年度：默认在同一文件夹里找 年度−1 的文件；null 表示不用上一年度。 */
  prior?: PriorYear | null;
}

/** 一个文件的全部检查：YAML、Schema、规则、正文里的引用（渲染一遍）、与上一年度比较。不写任何文件。 */
export function checkReport(file: string, template: Template, bytes?: Uint8Array, options: CheckOptions = {}): CheckedReport {
  const loaded = loadReport(file, bytes);
  const diagnostics: Diagnostic[] = [...loaded.diagnostics];
  const { source, report } = loaded;
  if (!source || !report) return { ...loaded, diagnostics: withExcerpts(diagnostics, source) };
  const layout = mergeLayout(template.layout, report.版式 as Record<string, unknown> | undefined);
  let prior = options.prior ?? undefined;
  if (options.prior === undefined) {
    const found = findPriorYear(file, report.年度);
    prior = found.prior;
    diagnostics.push(...found.diagnostics);
  }
  for (const p of runRules({ report, file, layout, final: options.final === true })) {
    let pos = source.positionOf(p.path, p.atKey);
    if (p.offsetInText !== undefined) {
      const text = String(p.path.reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], report));
      const before = text.slice(0, p.offsetInText).split('\n');
      pos = source.positionInText(p.path, before.length, before[before.length - 1].length + 1);
    }
    diagnostics.push({
      code: p.code,
      severity: p.severity,
      file,
      line: pos.line,
      column: pos.column,
      message: p.message,
      ...(p.fix ? { fix: p.fix } : {}),
    });
  }
  const { rendered, diagnostics: renderProblems } = renderReport(report, source, template, prior ?? undefined);
  diagnostics.push(...renderProblems);
  if (loaded.repairedPaths) {
    // 修补过的数据只用来往下检查：不交出文档；修补处引起的连带提醒（如"还没有填"）不报。
    const repairedLines = new Set(loaded.repairedPaths.map((p) => source.positionOf(p).line));
    const kept = diagnostics.filter((d) => d.code.startsWith('schema/') || d.code.startsWith('yaml/') || !repairedLines.has(d.line));
    return { source, prior: prior ?? undefined, diagnostics: withExcerpts(kept, source) };
  }
  return { source, report, rendered, prior: prior ?? undefined, diagnostics: withExcerpts(diagnostics, source) };
}

/** 排序，并给本文件的问题附上那一行的原文。 */
function withExcerpts(list: Diagnostic[], source: SourceFile | undefined): Diagnostic[] {
  const sorted = sortDiagnostics(list);
  if (!source) return sorted;
  return sorted.map((d) => (d.file === source.file && d.excerpt === undefined ? { ...d, excerpt: source.lineText(d.line) } : d));
}
