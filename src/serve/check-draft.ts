/**
 * 编辑器里的文字（还没保存）走一遍 check：问题、页面预览、每一块来自文件的哪一行、指标表单。
 * 与命令行同一条流水线（ReportPipeline.check，bytes 在内存里）；有错误时仍渲染得出文档的（如数字对不上），
 * 预览照样给出，标明"有错误"；连文档都渲染不出（YAML 写错）时不给预览，页面留着上一次的。
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { DocumentModel } from '../model/document-model.js';
import type { ReportPipeline } from '../pipeline/report-pipeline.js';
import { previewPages, type PreviewPages } from '../preview/preview-pages.js';
import { priorYearPath } from '../resolve/prior-year.js';
import type { Layout } from '../schema/layout-types.generated.js';
import { figureRows, type FigureGroupRows } from './figure-rows.js';
import type { SourceFile } from '../load/source-file.js';
import { existsSync } from 'node:fs';
import { basename } from 'node:path';

export interface Problem {
  line: number;
  column: number;
  severity: 'error' | 'warning';
  code: string;
  message: string;
  fix?: string;
  /** 县里已经说明要保留的提醒（数据文件里写了理由的），列在一边。 */
  acknowledged: boolean;
  /** 问题在别的文件里（上一年度）。 */
  otherFile?: string;
}

export interface DraftCheck {
  ok: boolean;
  problems: Problem[];
  preview?: PreviewPages & { withErrors: boolean };
  /** 每一块来自文件的第几行（模板自己的文字为 0）。 */
  blockLines?: number[];
  figures: FigureGroupRows[];
  /** 比较用的上一年度文件名（没有时为 undefined）。 */
  prior?: string;
}

function problemOf(d: Diagnostic, file: string): Problem {
  return {
    line: d.line,
    column: d.column,
    severity: d.severity,
    code: d.code,
    message: d.message,
    ...(d.fix ? { fix: d.fix } : {}),
    acknowledged: 'acknowledged' in d && d.acknowledged === true,
    ...(d.file !== file ? { otherFile: basename(d.file) } : {}),
  };
}

export function checkDraft(pipeline: ReportPipeline, file: string, text: string): DraftCheck {
  const bytes = Buffer.from(text, 'utf8');
  const checked = pipeline.check(file, bytes);
  const problems = checked.diagnostics.map((d) => problemOf(d, file));
  // 有错误时再渲染一次拿文档（只在有错误时多这一遍；平常打字时只走一遍）。
  const rendered = checked.ok ? checked : pipeline.render(file, bytes);
  const source: SourceFile | undefined = rendered.source;
  const year = yearOf(source?.data);
  const priorFile = year !== undefined ? priorYearPath(file, year) : undefined;
  const prior = priorFile && existsSync(priorFile) ? pipeline.load(priorFile) : undefined;
  const figures = figureRows(source?.data, prior?.ok ? prior.report : undefined);
  const base = { ok: checked.ok, problems, figures, ...(prior?.ok && priorFile ? { prior: basename(priorFile) } : {}) };
  if (!rendered.ok) return base;
  return { ...base, ...pagesOf(rendered.model, rendered.layout, rendered.source, !checked.ok) };
}

function pagesOf(
  model: DocumentModel,
  layout: Layout,
  source: SourceFile,
  withErrors: boolean,
): Pick<DraftCheck, 'preview' | 'blockLines'> {
  return {
    preview: { ...previewPages(model, layout), withErrors },
    blockLines: model.blocks.map((b) => (b.source.length ? source.positionOf(b.source).line : 0)),
  };
}

function yearOf(data: unknown): number | undefined {
  const y = data !== null && typeof data === 'object' ? (data as Record<string, unknown>)['年度'] : undefined;
  return typeof y === 'number' && Number.isInteger(y) ? y : undefined;
}
