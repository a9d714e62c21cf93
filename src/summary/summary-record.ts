/**
 * 汇总要的一份报告的全部：检查的结果（问题）、规定要写的内容有没有、成文日期和发布截止、每个数字。
 * 只留这些（不留文档模型），几千个县的记录放在内存里也不大，也好从工作线程发回主线程。
 */
import { basename, dirname } from 'node:path';
import { mergeLayout } from '../resolve/merge-layout.js';
import type { ReportPipeline } from '../pipeline/report-pipeline.js';
import type { Severity } from '../diagnostics/diagnostic.js';

export interface RecordFigure {
  值: number;
  约: boolean;
  口径?: string;
  单位?: string;
}

export interface SummaryRecord {
  file: string;
  地区: string;
  年度: number;
  /** 数据读得出来（YAML 和数据格式没错），下面的内容和数字才有。 */
  readable: boolean;
  成文日期?: string;
  /** 发布截止（下一年度的这一天之前），2024-04-01。 */
  截止?: string;
  /** 正文各章的类别。 */
  类别: string[];
  /** 组 → 字段 → 数字（空着待填的不算）。 */
  指标: Record<string, Record<string, RecordFigure>>;
  problems: { severity: Severity; code: string; line: number; message: string }[];
}

type RawFigure = number | null | { 值: number | null; 约?: boolean; 口径?: string; 单位?: string };

export function summaryRecord(file: string, pipeline: ReportPipeline): SummaryRecord {
  const checked = pipeline.check(file);
  const problems = checked.diagnostics.map((d) => ({ severity: d.severity, code: d.code, line: d.line, message: d.message }));
  // 检查有错误时流水线不交出报告；数据格式没错的，数字和章照样从读到的数据里取
  const loaded = checked.ok ? undefined : pipeline.load(file);
  const report = checked.ok ? checked.report : loaded?.ok && !loaded.repairedPaths ? loaded.report : undefined;
  const fromName = Number(/^(\d{4})/.exec(basename(file))?.[1] ?? NaN);
  if (!report) {
    return { file, 地区: basename(dirname(file)), 年度: fromName, readable: false, 类别: [], 指标: {}, problems };
  }
  const layout = checked.ok ? checked.layout : mergeLayout(pipeline.template.layout, report.版式);
  const [month = '04', day = '01'] = (layout.发布截止 ?? '04-01').split('-');
  const figures: SummaryRecord['指标'] = {};
  for (const [group, fields] of Object.entries(report.指标 ?? {})) {
    for (const [field, raw] of Object.entries((fields ?? {}) as Record<string, RawFigure>)) {
      const f = typeof raw === 'number' ? { 值: raw } : raw;
      if (f === null || f.值 === null) continue;
      (figures[group] ??= {})[field] = {
        值: f.值,
        约: f.约 === true,
        ...(f.口径 ? { 口径: f.口径 } : {}),
        ...(f.单位 ? { 单位: f.单位 } : {}),
      };
    }
  }
  return {
    file,
    地区: report.地区,
    年度: report.年度,
    readable: true,
    成文日期: report.成文日期,
    截止: `${report.年度 + 1}-${month}-${day}`,
    类别: [...new Set(report.正文.flatMap((ch) => (Array.isArray(ch.类别) ? ch.类别 : [ch.类别])))],
    指标: figures,
    problems,
  };
}
