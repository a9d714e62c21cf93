import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceFile } from '../load/source-file.js';
import { parseMarkdown } from '../model/parse-markdown.js';
import type { DocumentModel } from '../model/document-model.js';
import { buildView, type RenderedText } from '../render/build-view.js';
import { buildContext } from '../resolve/build-context.js';
import type { Report } from '../schema/report-types.generated.js';
import { mergeLayout, type Layout } from '../template/layout.js';
import type { Template } from '../template/load-template.js';

export interface RenderedReport {
  markdown: string;
  model: DocumentModel;
  layout: Layout;
}

/** 数据 → 视图 → .md 预览 → 文档模型。纯计算，不读写文件。 */
export function renderReport(
  report: Report,
  source: SourceFile,
  template: Template,
  prior?: { report: Report; source: SourceFile },
): { rendered?: RenderedReport; diagnostics: Diagnostic[] } {
  const layout = mergeLayout(template.layout, report.版式 as Record<string, unknown> | undefined);
  const context = buildContext(report, prior?.report);
  const { view, diagnostics, texts } = buildView(report, source, template, layout, context);
  if (prior) diagnostics.push(...staleTexts(texts, prior, template, source));
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  const markdown = template.document(view);
  return { rendered: { markdown, model: parseMarkdown(markdown), layout }, diagnostics };
}

/** 与上一年度一字不差的段落（20 字以上，标题除外）：多半是忘了改。 */
function staleTexts(
  texts: RenderedText[],
  prior: { report: Report; source: SourceFile },
  template: Template,
  source: SourceFile,
): Diagnostic[] {
  const layout = mergeLayout(template.layout, prior.report.版式 as Record<string, unknown> | undefined);
  const last = buildView(prior.report, prior.source, template, layout, buildContext(prior.report)).texts;
  const lastTexts = new Set(last.map((t) => t.text.trim()).filter((t) => [...t].length >= STALE_MIN_CHARS));
  const out: Diagnostic[] = [];
  for (const t of texts) {
    if (t.path[t.path.length - 1] === '标题') continue; // 标题年年一样是常事（"主要负责人履行职责情况"）
    if (![...t.text.trim()].length || [...t.text.trim()].length < STALE_MIN_CHARS || !lastTexts.has(t.text.trim())) continue;
    const pos = source.positionOf(t.path);
    out.push({
      code: 'text/stale',
      severity: 'warning',
      file: source.file,
      line: pos.line,
      column: pos.column,
      message: `这段文字与上一年度一字不差（"${[...t.text].slice(0, 16).join('')}…"），可能忘了改。`,
      fix: '按今年的情况改写；确实不变的可以不管这条提醒。',
    });
  }
  return out;
}

const STALE_MIN_CHARS = 20;
