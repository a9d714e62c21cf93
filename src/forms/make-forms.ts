/**
 * fzbg forms 的流程：读数据文件和上一年度 → 分给各部门 → 每个部门一张 .xlsx（字节）。
 * 不写文件（写由命令去做，写不进去时好说清楚）。
 */
import { existsSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { fileDiagnostic, hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { ReportPipeline } from '../pipeline/report-pipeline.js';
import { priorYearPath } from '../resolve/prior-year.js';
import { parseIsoDate } from '../text/chinese-date.js';
import { unsafeFolderName } from '../text/safe-folder-name.js';
import { formTitle } from './form-layout.js';
import { loadDepartmentSettings } from './department-settings.js';
import { planForms } from './plan-forms.js';
import { writeFormWorkbook } from './write-form.js';

export interface FormsOptions {
  outRoot: string;
  /** 目录里这些部门的全部字段都出（不只是数据文件里有的）。 */
  all?: boolean;
  /** 交回的截止日期 2025-01-15；不给时用 部门.yaml 的"报送截止"，再不然是下一年度的 1 月 15 日。 */
  deadline?: string;
  contact?: string;
  now?: Date;
}

interface MadeForm {
  部门: string;
  path: string;
  items: number;
  /** 有上年值的项数。 */
  withPrior: number;
  bytes: Uint8Array;
}

export type FormsResult =
  | {
      ok: true;
      地区: string;
      年度: number;
      prior?: string;
      deadline: string;
      contact?: string;
      forms: MadeForm[];
      diagnostics: Diagnostic[];
    }
  | { ok: false; diagnostics: Diagnostic[] };

const DEFAULT_DEADLINE = '01-15';

export async function makeForms(file: string, pipeline: ReportPipeline, options: FormsOptions): Promise<FormsResult> {
  // 1. 分工（模板的 部门.yaml）
  const settings = loadDepartmentSettings(pipeline.template.dir);
  if (!settings.ok) return settings;
  // 2. 数据文件：数据格式要对（草稿里待填的数字没关系）
  const loaded = pipeline.load(file);
  if (!loaded.ok || loaded.repairedPaths || hasErrors(loaded.diagnostics)) {
    return { ok: false, diagnostics: loaded.diagnostics.filter((d) => d.severity === 'error') };
  }
  const { report } = loaded;
  const unsafe = unsafeFolderName(report.地区);
  if (unsafe)
    return { ok: false, diagnostics: [fileDiagnostic('path/unsafe-region', file, unsafe, { fix: '地区只写县（市、区）的名称。' })] };
  // 3. 上一年度（同一文件夹里 年度−1 的文件）：读得了才写上年的值
  const priorFile = priorYearPath(file, report.年度);
  const prior = existsSync(priorFile) ? pipeline.load(priorFile) : undefined;
  const diagnostics: Diagnostic[] = [];
  if (prior && (!prior.ok || hasErrors(prior.diagnostics))) {
    diagnostics.push(
      fileDiagnostic('prior/invalid', file, `上一年度的文件 ${priorFile} 有错误，表里不写上年的值。`, {
        fix: `先运行 fzbg check ${priorFile} 改正它。`,
      }),
    );
  }
  const priorReport = prior?.ok && !hasErrors(prior.diagnostics) ? prior.report : undefined;
  // 4. 截止日期
  const deadline = options.deadline ?? `${report.年度 + 1}-${settings.settings.报送截止 ?? DEFAULT_DEADLINE}`;
  if (!parseIsoDate(deadline)) {
    return {
      ok: false,
      diagnostics: [
        fileDiagnostic('date/invalid', file, `交表截止日期"${deadline}"不是日历上有的日子。`, { fix: '写成 2025-01-15 这样。' }),
      ],
    };
  }
  const contact = options.contact ?? settings.settings.联系人;
  // 5. 各部门的表
  const plans = planForms(report, priorReport, settings.settings, { all: options.all === true });
  const dir = formsDir(options.outRoot, report.地区);
  const forms: MadeForm[] = [];
  for (const plan of plans) {
    const meta = {
      地区: report.地区,
      年度: report.年度,
      截止: deadline,
      生成: options.now ?? new Date(),
      ...(contact ? { 联系人: contact } : {}),
    };
    forms.push({
      部门: plan.部门,
      path: join(dir, `${formTitle('', report.年度)}（${plan.部门}）.xlsx`),
      items: plan.items.length,
      withPrior: plan.items.filter((i) => i.上年 !== undefined).length,
      bytes: await writeFormWorkbook(plan, meta),
    });
  }
  return {
    ok: true,
    地区: report.地区,
    年度: report.年度,
    ...(priorReport ? { prior: priorFile } : {}),
    deadline,
    ...(contact ? { contact } : {}),
    forms,
    diagnostics,
  };
}

/** out/<地区>/填报表/。 */
function formsDir(outRoot: string, region: string): string {
  const root = resolve(outRoot);
  const dir = join(root, region, '填报表');
  if (!dir.startsWith(root + sep)) throw new Error(`输出路径越界：${dir}`);
  return dir;
}
