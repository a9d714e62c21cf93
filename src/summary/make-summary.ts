/**
 * fzbg summary 的流程：找数据文件 → 逐份检查成记录（几个工作线程）→ 汇总（build-summary）→ .xlsx 和 .html 的字节。
 * 不写文件（写由命令去做，写不进去时好说清楚）。
 */
import { isoDay } from '../text/chinese-date.js';
import { findDataFiles } from '../pipeline/find-data-files.js';
import type { Template } from '../template/load-template.js';
import { buildSummary, type SummaryModel } from './build-summary.js';
import { checkAll } from './check-all.js';
import type { SummaryRecord } from './summary-record.js';
import { summaryHtml } from './write-summary-html.js';
import { summaryXlsx } from './write-summary-xlsx.js';

export interface SummaryInput {
  template: Template;
  templateName: string;
  jobs?: number;
  year?: number;
  now?: Date;
  onProgress?: (done: number, total: number, failed: number) => void;
}

export interface SummaryOutput {
  files: number;
  missing: string[];
  model: SummaryModel;
  xlsx: Uint8Array;
  html: string;
}

export async function makeSummary(paths: readonly string[], input: SummaryInput): Promise<SummaryOutput> {
  const { files, missing } = findDataFiles(paths);
  const records: SummaryRecord[] = [];
  let failed = 0;
  await checkAll(files, {
    template: input.template,
    templateName: input.templateName,
    ...(input.jobs ? { jobs: input.jobs } : {}),
    onRecord: (r, done, total) => {
      records.push(r);
      if (!r.readable || r.problems.some((p) => p.severity === 'error')) failed++;
      input.onProgress?.(done, total, failed);
    },
  });
  const model = buildSummary(records, input.year === undefined ? {} : { year: input.year });
  const meta = { source: paths.join('、'), generated: isoDay(input.now ?? new Date()) };
  return { files: files.length, missing, model, xlsx: await summaryXlsx(model, meta), html: summaryHtml(model, meta) };
}
