/**
 * 收表的决定（不读写文件）：交回的每一行认出指标、读出数，再与数据文件里已有的值比：
 * 空着的填上；相同的不动；不同的是冲突（不加 --force 不写，加了才写、旧值留在注释里）；
 * 两张表给同一项填了不同的数，哪个也不写。还算出每个部门交了什么、没填什么，哪些部门还没交。
 */
import { fileDiagnostic, locate, problem, type Diagnostic, type Locator } from '../diagnostics/diagnostic.js';
import { tidy, wanYuanPer } from '../forms/amount-unit.js';
import type { DepartmentForm } from '../forms/plan-forms.js';
import { catalogue, fieldSpec } from '../schema/catalogue.js';
import type { Report } from '../schema/report-types.generated.js';
import { formatNumber } from '../text/format-number.js';
import { matchRow } from './match-row.js';
import { readApprox, readFormValue, readScope } from './read-form-value.js';
import type { FormRow, ReturnedForm } from './read-returned-form.js';

/** 表里读出的一个数（金额是万元）。 */
interface GivenValue {
  key: string;
  group: string;
  field: string;
  标题: string;
  部门: string;
  form: string;
  /** "填报!I7" */
  where: string;
  值: number;
  约: boolean;
  口径?: string;
  写法?: string;
  备注?: string;
  /** 读的时候做了什么（"已按元换算成万元"）。 */
  note?: string;
}

/** 要写进数据文件的一个数（值已换成数据文件里这个数字的单位）。 */
export interface FigureWrite {
  group: string;
  field: string;
  值: number;
  约: boolean;
  口径?: string;
  写法?: string;
  /** 写在旁边的注释：来源（部门和格子），覆盖时加上旧值。 */
  source: string;
  replaced?: string;
}

interface DepartmentReport {
  部门: string;
  forms: string[];
  given: GivenValue[];
  /** 这张表要、却空着的项目。 */
  blank: { key: string; 标题: string; text?: string }[];
  remarks: { form: string; where: string; text: string }[];
  signer: ReturnedForm['signer'];
}

export interface CollectPlan {
  writes: FigureWrite[];
  same: GivenValue[];
  conflicts: { given: GivenValue; existing: string; forced: boolean }[];
  disagreements: { key: string; 标题: string; givens: GivenValue[] }[];
  /** 读不了的数、认不出的行、冲突、不一致：带文件和行列。 */
  diagnostics: Diagnostic[];
  departments: DepartmentReport[];
  /** 有该填的项目、却一张表也没交回的部门。 */
  notReturned: DepartmentForm[];
}

type Existing = number | null | { 值: number | null; 约?: boolean; 口径?: string; 写法?: string; 单位?: string } | undefined;

export interface PlanInput {
  forms: readonly ReturnedForm[];
  report: Report;
  /** 数据文件（冲突的问题指到它的行上）。 */
  source: Locator;
  /** 按分工每个部门该填的项目（与 forms 出表的分法相同）。 */
  assignment: readonly DepartmentForm[];
  force: boolean;
}

export function planCollect(input: PlanInput): CollectPlan {
  const { report, force } = input;
  const figures = (report.指标 ?? {}) as Record<string, Record<string, Existing> | undefined>;
  const customNames = Object.keys(report.指标?.自定义 ?? {});
  const diagnostics: Diagnostic[] = [];
  const departments = new Map<string, DepartmentReport>();
  const byKey = new Map<string, GivenValue[]>();

  // 1. 每张表的每一行：认出指标，读出数
  for (const form of input.forms) {
    const dept = form.部门 ?? '（没写部门的表）';
    const report = departments.get(dept) ?? { 部门: dept, forms: [], given: [], blank: [], remarks: [], signer: {} };
    departments.set(dept, report);
    report.forms.push(form.file);
    report.remarks.push(...form.remarks.map((r) => ({ form: form.file, ...r })));
    Object.assign(report.signer, form.signer);
    const filled = new Set<string>();
    for (const row of form.rows) {
      const match = matchRow(row, form.expected, customNames);
      if (!match.ok) {
        if (hasValue(row)) {
          diagnostics.push(
            cellDiagnostic(
              'collect/unknown-row',
              form,
              row,
              `${dept}的表"${row.sheet}"第 ${row.row} 行：${match.reason}，这一行的数没有收。`,
              {
                fix: '是目录里的指标就把名称改成表里原来的写法；是新的数字请在数据文件的"自定义"下加上，再收一次。',
              },
            ),
          );
        }
        continue;
      }
      const { group, field } = match;
      const key = `${group}.${field}`;
      const spec = fieldSpec(group, field);
      const 标题 = spec?.标题 ?? field;
      const kind = spec?.类型 ?? '自定义';
      const unit = kind === '金额' ? '万元' : (spec?.单位 ?? customUnit(figures.自定义?.[field]) ?? '');
      const read = readFormValue(row.value, kind, unit);
      if (read.kind === 'blank') {
        if (!filled.has(key)) report.blank.push({ key, 标题, ...(read.text ? { text: read.text } : {}) });
        // "本年数值"空着，旁边的"约数"或"统计口径"一栏却是一个数：多半是填错了列，说出来（不替部门挪）。
        const beside = (['approx', 'scope'] as const).find(
          (c) => readFormValue(row[c], kind, unit).kind === 'value' && !readApprox(row[c]),
        );
        if (beside) {
          const label = beside === 'approx' ? '约数' : '统计口径';
          diagnostics.push(
            cellDiagnostic(
              'collect/misplaced',
              form,
              row,
              `${dept}的表"${row.sheet}"第 ${row.row} 行：${标题}的"本年数值"空着，"${label}"一栏却填了"${String(row[beside].value)}"，像是填错了列，没有收。`,
              { fix: `请${dept}把数填在"本年数值"一栏（"约数"一栏只填"是"），或问清楚后直接写进数据文件。` },
            ),
          );
        }
        continue;
      }
      if (read.kind === 'bad') {
        diagnostics.push(
          cellDiagnostic(
            'collect/bad-value',
            form,
            row,
            `${dept}的表"${row.sheet}"${row.cell}：${标题}填的是"${read.text}"，${read.reason}，没有收。`,
            {
              fix: `${read.fix}请${dept}改正后再交，或问清楚后直接写进数据文件。`,
            },
          ),
        );
        continue;
      }
      filled.add(key);
      report.blank = report.blank.filter((b) => b.key !== key);
      const scope = readScope(row.scope);
      const given: GivenValue = {
        key,
        group,
        field,
        标题,
        部门: dept,
        form: form.file,
        where: `${row.sheet}!${row.cell}`,
        值: read.值,
        约: read.约 || readApprox(row.approx),
        ...(scope ? { 口径: scope } : {}),
        ...(read.写法 ? { 写法: read.写法 } : {}),
        ...(row.note ? { 备注: row.note } : {}),
        ...(read.note ? { note: read.note } : {}),
      };
      report.given.push(given);
      byKey.set(key, [...(byKey.get(key) ?? []), given]);
    }
    // 登记表里要、表里却没有这一行（被删掉了）的，也算没填
    for (const key of form.expected) {
      if (filled.has(key) || report.blank.some((b) => b.key === key)) continue;
      if (!form.rows.some((r) => r.key === key)) report.blank.push({ key, 标题: titleOf(key), text: '（这一行被删掉了）' });
    }
  }

  // 2. 与数据文件里已有的值比
  const plan: CollectPlan = {
    writes: [],
    same: [],
    conflicts: [],
    disagreements: [],
    diagnostics,
    departments: [...departments.values()],
    notReturned: [],
  };
  for (const [key, givens] of byKey) {
    const [first, ...others] = givens;
    if (!first) continue;
    const differing = others.filter((g) => !sameGiven(g, first));
    if (differing.length) {
      plan.disagreements.push({ key, 标题: first.标题, givens });
      const second = differing[0] ?? first;
      diagnostics.push(
        fileDiagnostic(
          'collect/disagree',
          second.form,
          `${first.标题}：${givens.map((g) => `${g.部门}（${g.where}）填 ${shownGiven(g)}`).join('，')}，不一致，都没有写。`,
          { fix: '问清楚哪个对，直接写进数据文件，或让填错的部门改正后再收。' },
        ),
      );
      continue;
    }
    const existing = figures[first.group]?.[first.field];
    const factor = first.group === '自定义' ? 1 : unitFactor(first, existing);
    const stored = factor === undefined ? first.值 : tidy(first.值 / factor);
    const source = `来源：${first.部门} ${first.where}${first.备注 ? `；部门备注：${first.备注}` : ''}`;
    const write: FigureWrite = {
      group: first.group,
      field: first.field,
      值: stored,
      约: first.约,
      ...(first.口径 ? { 口径: first.口径 } : {}),
      ...(first.写法 ? { 写法: first.写法 } : {}),
      source,
    };
    const old = valueOf(existing);
    if (old === undefined) {
      plan.writes.push(write);
    } else if (old.值 === stored && old.约 === first.约 && (old.口径 ?? '') === (first.口径 ?? '')) {
      plan.same.push(first);
    } else {
      const isAmount = catalogue[first.group]?.字段[first.field]?.类型 === '金额';
      const was = shownExisting(old, isAmount ? existingUnit(existing) || '万元' : '');
      plan.conflicts.push({ given: first, existing: was, forced: force });
      const path = ['指标', first.group, first.field];
      diagnostics.push(
        locate(
          input.source,
          problem(
            'collect/conflict',
            path,
            force
              ? `${first.标题}：文件里原是 ${was}，${first.部门}（${first.where}）填 ${shownGiven(first)}，已按 --force 改写，原值留在注释里。`
              : `${first.标题}：文件里已有 ${was}，${first.部门}（${first.where}）填的是 ${shownGiven(first)}，没有改写。`,
            {
              severity: force ? 'warning' : 'error',
              ...(force ? {} : { fix: '核对哪个对：文件里的对就不用管；表里的对就加 --force 再收一次（旧值会留在注释里）。' }),
            },
          ),
        ),
      );
      if (force) plan.writes.push({ ...write, replaced: was });
    }
  }

  // 3. 该交没交的部门
  const returned = new Set(departments.keys());
  plan.notReturned = input.assignment.filter((a) => !returned.has(a.部门));
  return plan;
}

function hasValue(row: FormRow): boolean {
  const v = row.value.value;
  return v !== null && !(typeof v === 'string' && v.trim() === '');
}

function cellDiagnostic(
  code: 'collect/bad-value' | 'collect/unknown-row' | 'collect/misplaced',
  form: ReturnedForm,
  row: FormRow,
  message: string,
  options: { fix: string },
): Diagnostic {
  const letters = /^[A-Z]+/.exec(row.cell)?.[0] ?? '';
  const column = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) || 1;
  return fileDiagnostic(code, form.file, message, { ...options, line: row.row, column });
}

function titleOf(key: string): string {
  const [group = '', field = ''] = key.split('.');
  return fieldSpec(group, field)?.标题 ?? field;
}

function customUnit(v: Existing): string | undefined {
  return v && typeof v === 'object' ? v.单位 : undefined;
}

/** 表里的万元 → 数据文件里这个数字的单位（写了"单位: 亿元"的除以一万）；计数、比率不换算。 */
function unitFactor(given: GivenValue, existing: Existing): number | undefined {
  if (catalogue[given.group]?.字段[given.field]?.类型 !== '金额') return 1;
  return wanYuanPer(existing && typeof existing === 'object' ? existing.单位 : undefined);
}

function valueOf(existing: Existing): { 值: number; 约: boolean; 口径?: string; 写法?: string } | undefined {
  if (existing === undefined || existing === null) return undefined;
  if (typeof existing === 'number') return { 值: existing, 约: false };
  if (existing.值 === null) return undefined;
  return {
    值: existing.值,
    约: existing.约 === true,
    ...(existing.口径 ? { 口径: existing.口径 } : {}),
    ...(existing.写法 ? { 写法: existing.写法 } : {}),
  };
}

function sameGiven(a: GivenValue, b: GivenValue): boolean {
  return a.值 === b.值 && a.约 === b.约 && (a.口径 ?? '') === (b.口径 ?? '');
}

function shownGiven(g: GivenValue): string {
  const unit = catalogue[g.group]?.字段[g.field]?.类型 === '金额' ? '万元' : '';
  return `${formatNumber(g.值)}${g.约 ? '余' : ''}${unit}${g.口径 ? `（${g.口径}）` : ''}`;
}

function existingUnit(existing: Existing): string {
  return existing && typeof existing === 'object' && existing.单位 ? existing.单位 : '';
}

function shownExisting(v: { 值: number; 约: boolean; 口径?: string; 写法?: string }, unit: string): string {
  const written = v.写法 && v.写法 !== '汉字' ? v.写法 : `${formatNumber(v.值)}${v.约 ? '余' : ''}${unit}`;
  return `${written}${v.口径 ? `（${v.口径}）` : ''}`;
}
