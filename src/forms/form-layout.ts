/**
 * 填报表的样子：写表（forms）和读回（collect）共用这一份，两边不会各说各的。
 * 读回时不靠位置（部门会插行、挪表、改文件名），靠表头的文字找列、靠隐藏的"键"列找指标；
 * 这里的列号只是写表时的排法。
 */

/** 填数字的工作表、说明、隐藏的登记表（地区、年度、部门、项目清单）。 */
export const SHEET = { form: '填报', guide: '填表说明', meta: 'fzbg' } as const;

/** 表头各列：读回时按这些文字找列（"本年数值"也认"本年"开头的写法）。 */
export const HEADER = {
  key: '键',
  order: '序号',
  area: '领域',
  name: '指标',
  unit: '单位',
  kind: '类型',
  definition: '说明',
  prior: '上年数值',
  value: '本年数值',
  approx: '约数',
  scope: '统计口径',
  note: '备注',
} as const;

export type HeaderName = keyof typeof HEADER;

/** 写表时各列的位置（从 1 起）。 */
export const COLUMN: Readonly<Record<HeaderName, number>> = {
  key: 1,
  order: 2,
  area: 3,
  name: 4,
  unit: 5,
  kind: 6,
  definition: 7,
  prior: 8,
  value: 9,
  approx: 10,
  scope: 11,
  note: 12,
};

/** 表头所在的行（上面是标题、填报单位和截止日期、联系人、填法）。 */
export const HEADER_ROW = 5;

/** 表尾填表人一行的标签：读回时按文字找，值在标签右边第一个有字的格子。 */
export const SIGN_LABELS = { person: '填表人', phone: '联系电话', date: '填报日期' } as const;

/** 登记表第一格的记号和格式版本：认出这是 fzbg 出的表。 */
export const META_MARK = 'fzbg 填报表';
export const META_VERSION = 1;

/** 标题：读回时登记表丢了（部门把内容复制进了新的工作簿），还能由它认出地区、年度和部门。 */
export function formTitle(region: string, year: number): string {
  return `${region}${year}年度法治政府建设数据填报表`;
}

export const TITLE_PATTERN = /^(.+?)(\d{4})年度法治政府建设数据填报表$/;
export const UNIT_LABEL = '填报单位：';
