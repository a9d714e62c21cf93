/**
 * 导入过程中的报告：与数据文件同一形状，但文字都是列表、要点总是完整的写法，
 * 写出 YAML 时再化简（一段的列表写成字符串，"一是、分段"的要点写成列表）。
 * 各字段的类型取自数据格式生成的类型（report-types.generated.ts），数据格式改了字段，这里编译不过。
 */
import type { FigureGroups } from '../schema/figure-types.js';
import type { Chapter, Enumeration, Item, Report } from '../schema/report-types.generated.js';

/** "一段文字或多段的列表"（或"一项或几项的列表"）的字段在 Draft 里总是列表。 */
type AsList<T> = Extract<NonNullable<T>, readonly unknown[]>[number][];

/** 章的类别：工作情况、存在问题、履职情况、下步打算、意见建议、其他。 */
export type Kind = Extract<Chapter['类别'], string>;

/** 要点的完整写法 {前缀, 样式, 条目}（不是只写条目的列表）。 */
type EnumerationObject = Exclude<Enumeration, readonly unknown[]>;

/** 要点：前缀、样式总是写明，条目是文字的列表（导入时不分出每条的标题，写成 {标题, 内容} 由办事员决定）。 */
export type DraftEnumeration = Required<Pick<EnumerationObject, '前缀' | '样式'>> & {
  条目: Extract<EnumerationObject['条目'][number], string>[];
};

export interface DraftItem extends Pick<Item, '标题' | '标题单列'> {
  内容?: AsList<Item['内容']>;
  要点?: DraftEnumeration;
  事项?: DraftItem[];
}

export interface DraftChapter extends Pick<Chapter, '标题'> {
  类别: AsList<Chapter['类别']>;
  导语?: AsList<Chapter['导语']>;
  内容?: AsList<Chapter['内容']>;
  要点?: DraftEnumeration;
  事项?: DraftItem[];
  结语?: AsList<Chapter['结语']>;
}

/** 指标里一个数字的完整写法 {值, 约, 口径, 写法, 单位, 备注}。 */
type FigureObject = Extract<NonNullable<FigureGroups[string]>[string], object>;

/** 导入的数字：值总是有的（原文里写着），不写备注。 */
export type DraftFigure = Pick<FigureObject, '约' | '口径' | '写法' | '单位'> & { 值: NonNullable<FigureObject['值']> };

/** 导入时认得出的版式：各级编号的写法、三级编号是否连续。 */
export type DraftLayout = Pick<NonNullable<Report['版式']>, '三级编号连续' | '编号'>;

export interface Draft extends Pick<Report, '地区' | '年度' | '发文机关' | '标题' | '成文日期' | '附注' | '落款'> {
  主送?: AsList<Report['主送']>;
  版式?: DraftLayout;
  指标?: Record<string, Record<string, DraftFigure>>;
  导语?: AsList<Report['导语']>;
  正文: DraftChapter[];
}
