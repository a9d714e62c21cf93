/**
 * fzbg collect 的流程，从上往下读：
 *   1. 读每张交回的表（认出地区、年度、部门和每一行）；
 *   2. 按地区和年度找到数据文件，一个文件一组；
 *   3. 每个文件：读它 → 定下写什么（plan-collect）→ 改文字（write-figures，只动这些数字的行）
 *      → 在内存里用 check 的全部规则检查新文字 → 先留备份、再整份替换（写临时文件后改名）。
 * 写之前再读一次文件：收表的时候办事员又改过它，就不写，决不覆盖别人的改动。
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileDiagnostic, hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { departmentOf, loadDepartmentSettings, type DepartmentSettings } from '../forms/department-settings.js';
import { planForms } from '../forms/plan-forms.js';
import type { ReportPipeline } from '../pipeline/report-pipeline.js';
import { fieldSpec } from '../schema/catalogue.js';
import { unsafeFolderName } from '../text/safe-folder-name.js';
import type { Report } from '../schema/report-types.generated.js';
import { writeFileAtomic } from '../write/write-file-atomic.js';
import { WriteFailure } from '../write/write-failure.js';
import { planCollect, type CollectPlan } from './plan-collect.js';
import { readReturnedForm, type ReturnedForm } from './read-returned-form.js';
import { writeFigures } from './write-figures.js';

export interface CollectSettings {
  /** 数据文件夹：表里登记的地区和年度 → <data>/<地区>/<年度>.yaml。 */
  data: string;
  /** 直接指定数据文件（表里的登记丢了时）。 */
  file?: string;
  force: boolean;
  dryRun: boolean;
  now?: Date;
}

export interface FileOutcome {
  file: string;
  report: Report;
  plan: CollectPlan;
  /** 写进新值后 check 新报出的问题（原来就有的不算）。 */
  checks: Diagnostic[];
  /** 写完后还空着的数字，和该填它的部门。 */
  missing: { key: string; 标题: string; 部门: string }[];
  written: boolean;
  backup?: string;
  /** 原文件不是 UTF-8 时的说明（写回的是 UTF-8）。 */
  encodingNote?: string;
}

export interface CollectResult {
  outcomes: FileOutcome[];
  /** 读不了的表、找不到的数据文件等（不属于某个数据文件的问题）。 */
  diagnostics: Diagnostic[];
}

export async function collectForms(
  formFiles: readonly string[],
  pipeline: ReportPipeline,
  settings: CollectSettings,
): Promise<CollectResult> {
  const diagnostics: Diagnostic[] = [];
  const departments = loadDepartmentSettings(pipeline.template.dir);
  if (!departments.ok) return { outcomes: [], diagnostics: departments.diagnostics };

  // 1. 读表
  const forms: ReturnedForm[] = [];
  for (const f of formFiles) {
    const read = await readReturnedForm(f);
    if (read.ok) forms.push(read.form);
    else diagnostics.push(...read.diagnostics);
  }

  // 2. 按数据文件分组
  const groups = new Map<string, ReturnedForm[]>();
  for (const form of forms) {
    const target = dataFileOf(form, settings);
    if (!target.ok) {
      diagnostics.push(target.diagnostic);
      continue;
    }
    groups.set(target.file, [...(groups.get(target.file) ?? []), form]);
  }

  // 3. 每个数据文件
  const outcomes: FileOutcome[] = [];
  for (const [file, group] of groups) {
    const outcome = collectIntoFile(file, group, pipeline, departments.settings, settings);
    if (outcome.ok) outcomes.push(outcome.outcome);
    diagnostics.push(...outcome.diagnostics);
  }
  return { outcomes, diagnostics };
}

function dataFileOf(form: ReturnedForm, settings: CollectSettings): { ok: true; file: string } | { ok: false; diagnostic: Diagnostic } {
  if (settings.file) return { ok: true, file: settings.file };
  if (form.地区 === undefined || form.年度 === undefined) {
    return {
      ok: false,
      diagnostic: fileDiagnostic('collect/unknown-form', form.file, '认不出这张表是哪个县、哪一年的（隐藏的登记和标题都没有了）。', {
        fix: '用 --file data/<地区>/<年度>.yaml 指明数据文件。',
      }),
    };
  }
  // 地区来自部门交回的表：带 ".."、"/" 的不能拿来拼路径（决不因为一张表去改数据文件夹以外的文件）
  const unsafe = unsafeFolderName(form.地区);
  if (unsafe) {
    return {
      ok: false,
      diagnostic: fileDiagnostic('collect/unknown-form', form.file, `表里登记的地区不能用：${unsafe}`, {
        fix: '用 --file data/<地区>/<年度>.yaml 指明数据文件。',
      }),
    };
  }
  const file = join(settings.data, form.地区, `${form.年度}.yaml`);
  if (existsSync(file)) return { ok: true, file };
  return {
    ok: false,
    diagnostic: fileDiagnostic('collect/no-data-file', form.file, `这是${form.地区}${form.年度}年度的表，找不到数据文件 ${file}。`, {
      fix: `先用 fzbg new ${form.地区} ${form.年度} 做出这一年的文件，或用 --data、--file 指明数据文件在哪里。`,
    }),
  };
}

function collectIntoFile(
  file: string,
  forms: readonly ReturnedForm[],
  pipeline: ReportPipeline,
  departments: DepartmentSettings,
  settings: CollectSettings,
): { ok: true; outcome: FileOutcome; diagnostics: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] } {
  // a. 读数据文件：数据格式要对（草稿里待填的数字没关系）
  const before = readFileSync(file);
  const loaded = pipeline.load(file, before);
  if (!loaded.ok || loaded.repairedPaths || hasErrors(loaded.diagnostics)) {
    return {
      ok: false,
      diagnostics: [
        ...loaded.diagnostics.filter((d) => d.severity === 'error'),
        fileDiagnostic('collect/no-data-file', file, '数据文件有错误，先改正它再收表（表里的数一个也没有写）。', {
          fix: `运行 fzbg check ${file}。`,
        }),
      ],
    };
  }
  const { report, source } = loaded;
  const diagnostics: Diagnostic[] = [];
  for (const form of forms) {
    if (form.地区 !== undefined && form.年度 !== undefined && (form.地区 !== report.地区 || form.年度 !== report.年度)) {
      diagnostics.push(
        fileDiagnostic(
          'collect/unknown-form',
          form.file,
          `这是${form.地区}${form.年度}年度的表，数据文件 ${file} 却是${report.地区}${report.年度}年度的，没有收。`,
          {
            fix: '检查是不是拿错了表，或 --file 写错了文件。',
          },
        ),
      );
    }
  }
  const mine = forms.filter((f) => f.地区 === undefined || f.年度 === undefined || (f.地区 === report.地区 && f.年度 === report.年度));

  // b. 定下写什么
  const assignment = planForms(report, undefined, departments);
  const plan = planCollect({ forms: mine, report, source, assignment, force: settings.force });
  diagnostics.push(...plan.diagnostics);

  // c. 改文字，在内存里用 check 的规则检查
  const text = writeFigures(source.text, plan.writes);
  const bom = before[0] === 0xef && before[1] === 0xbb && before[2] === 0xbf;
  const bytes = Buffer.from((bom ? '\ufeff' : '') + text, 'utf8');
  const oldCheck = pipeline.check(file, before);
  const newCheck = pipeline.check(file, bytes);
  if (newCheck.diagnostics.some((d) => d.severity === 'error' && (d.code.startsWith('yaml/') || d.code.startsWith('schema/')))) {
    // 写出来的文字 YAML 或数据格式不对，是 fzbg 自己的错：不写
    throw new Error(`写入收来的数字后 ${file} 不再是合格的数据文件：${newCheck.diagnostics.map((d) => d.message).join('；')}`);
  }
  const seen = new Set(oldCheck.diagnostics.map((d) => `${d.code}|${d.message}`));
  const checks = newCheck.diagnostics.filter((d) => !seen.has(`${d.code}|${d.message}`));
  const newReport = pipeline.load(file, bytes);
  const missing = newReport.ok ? stillEmpty(newReport.report, departments) : [];

  // d. 留备份、写（有变化、不是 --dry-run 时）
  const outcome: FileOutcome = { file, report, plan, checks, missing, written: false };
  const decoded = source.diagnostics.find((d) => d.code === 'encoding/gbk' || d.code === 'encoding/utf-16');
  if (decoded && plan.writes.length) outcome.encodingNote = '原文件不是 UTF-8 编码，写回的是 UTF-8（备份里是原来的编码）。';
  if (plan.writes.length === 0 || settings.dryRun) return { ok: true, outcome, diagnostics };
  const now = readFileSync(file);
  if (!now.equals(before)) {
    diagnostics.push(
      fileDiagnostic('collect/changed-meanwhile', file, '收表的时候这个文件被改过了，没有写（以免覆盖刚才的改动）。', {
        fix: '保存好文件后再运行一次 fzbg collect。',
      }),
    );
    return { ok: true, outcome, diagnostics };
  }
  const backup = freeName(`${file}.${stamp(settings.now ?? new Date())}`, '.bak');
  try {
    writeFileAtomic(backup, before);
    writeFileAtomic(file, bytes);
  } catch (e) {
    // 写不进去（备份或数据文件被占着、没有权限）：这一个文件没写成，原文件不动，别的文件照样收
    if (!(e instanceof WriteFailure)) throw e;
    diagnostics.push(fileDiagnostic('file/write-failed', file, e.message));
    return { ok: true, outcome, diagnostics };
  }
  outcome.written = true;
  outcome.backup = backup;
  return { ok: true, outcome, diagnostics };
}

/** 写完后还空着的数字（值是空的），和按分工该填它的部门。 */
function stillEmpty(report: Report, departments: DepartmentSettings): FileOutcome['missing'] {
  const out: FileOutcome['missing'] = [];
  for (const [group, fields] of Object.entries(report.指标 ?? {})) {
    for (const [field, v] of Object.entries((fields ?? {}) as Record<string, unknown>)) {
      const empty = v === null || (typeof v === 'object' && v !== null && (v as { 值?: unknown }).值 === null);
      if (empty)
        out.push({ key: `${group}.${field}`, 标题: fieldSpec(group, field)?.标题 ?? field, 部门: departmentOf(group, field, departments) });
    }
  }
  return out;
}

/** 同一秒里收了两次也不覆盖上一份备份：加 -2、-3。 */
function freeName(base: string, ext: string): string {
  let name = base + ext;
  for (let i = 2; existsSync(name); i++) name = `${base}-${i}${ext}`;
  return name;
}

/** 备份文件名里的时间：20250110-153000。 */
function stamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}`;
}
