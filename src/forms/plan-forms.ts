/**
 * 每个部门一张表：填哪些数字（这一年数据文件"指标"里有的，--all 时再加上目录里这个部门的全部字段），
 * 每项的中文名、单位、类型、说明和上年的值。不读写文件。
 */
import { buildFigures } from '../resolve/build-context.js';
import type { Figure } from '../resolve/figure.js';
import { catalogue, fieldSpec, type FigureKind } from '../schema/catalogue.js';
import type { Report } from '../schema/report-types.generated.js';
import { formatNumber } from '../text/format-number.js';
import { tidy, wanYuanPer } from './amount-unit.js';
import { departmentOf, type DepartmentSettings } from './department-settings.js';

export interface FormItem {
  /** "组.字段"：写进隐藏的"键"列，读回时靠它找到指标。 */
  key: string;
  group: string;
  field: string;
  /** 组的中文名（自定义的写"自定义"）。 */
  领域: string;
  标题: string;
  单位: string;
  类型: FigureKind | '自定义';
  说明: string;
  /** 上年的值：整年的准数是数字，约数、部分口径的写成文字（"1200余"、"96468（1—5月）"）。 */
  上年?: number | string;
}

export interface DepartmentForm {
  部门: string;
  items: FormItem[];
}

const KIND_HINT: Record<FormItem['类型'], string> = {
  计数: '填不小于 0 的整数',
  比率: '填 0 到 100 之间的百分数，不写 %',
  金额: '填万元数，可以有小数',
  自定义: '填不小于 0 的数',
};

export function planForms(
  report: Report,
  prior: Report | undefined,
  settings: DepartmentSettings,
  options: { all?: boolean } = {},
): DepartmentForm[] {
  const current = report.指标 ?? {};
  const last = prior ? buildFigures(prior) : {};
  const keys: [string, string][] = [];
  for (const [group, spec] of Object.entries(catalogue)) {
    const present = (current as Record<string, object | undefined>)[group] ?? {};
    for (const field of Object.keys(spec.字段)) if (options.all || Object.hasOwn(present, field)) keys.push([group, field]);
  }
  for (const field of Object.keys(current.自定义 ?? {})) keys.push(['自定义', field]);

  const byDepartment = new Map<string, FormItem[]>();
  for (const [group, field] of keys) {
    const item = formItem(group, field, report, last[group]?.[field]);
    const dept = departmentOf(group, field, settings);
    byDepartment.set(dept, [...(byDepartment.get(dept) ?? []), item]);
  }
  // 项目多的部门在前（依法治县办所在的司法局通常最多），同样多的按名称排，每次的顺序都一样。
  return [...byDepartment]
    .map(([部门, items]) => ({ 部门, items }))
    .sort((a, b) => b.items.length - a.items.length || a.部门.localeCompare(b.部门, 'zh'));
}

function formItem(group: string, field: string, report: Report, prior: Figure | undefined): FormItem {
  const spec = fieldSpec(group, field);
  const custom = report.指标?.自定义?.[field];
  const 类型 = spec?.类型 ?? '自定义';
  const 单位 = 类型 === '金额' ? '万元' : (spec?.单位 ?? (custom && typeof custom === 'object' ? custom.单位 : undefined) ?? '');
  const about = spec?.说明 ?? (group === '自定义' ? '目录里没有、本县自己报告的数字。' : (catalogue[group]?.说明 ?? ''));
  const item: FormItem = {
    key: `${group}.${field}`,
    group,
    field,
    领域: group === '自定义' ? '自定义' : (catalogue[group]?.标题 ?? group),
    标题: spec?.标题 ?? field,
    单位,
    类型,
    说明: `${about}${about.endsWith('。') || !about ? '' : '。'}${KIND_HINT[类型]}${单位 && 类型 !== '比率' && 类型 !== '金额' ? `，单位${单位}` : ''}。`,
  };
  const shown = prior ? priorValue(prior) : undefined;
  if (shown !== undefined) item.上年 = shown;
  return item;
}

/** 上年的值怎样写在表里：金额换成万元；约数、部分口径的写成文字，让部门一眼看出不是整年的准数。 */
function priorValue(fig: Figure): number | string | undefined {
  if (fig.值 === null) return undefined;
  const factor = fig.类型 === '金额' ? wanYuanPer(fig.单位) : 1;
  const value = factor === undefined ? fig.值 : tidy(fig.值 * factor);
  if (!fig.约 && !fig.口径) return value;
  const written = fig.类型 === '金额' || fig.写法 === '汉字' ? formatNumber(value) + (fig.约 ? '余' : '') : fig.toString();
  return fig.口径 ? `${written}（${fig.口径}）` : written;
}
