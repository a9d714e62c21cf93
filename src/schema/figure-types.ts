/** 指标里一个数字的写法，由生成的类型导出（不另写一份）。 */
import type { AmountFigure, CountFigure, RateFigure, Report } from './report-types.generated.js';

type CustomFigure = NonNullable<NonNullable<NonNullable<Report['指标']>['自定义']>[string]> | null;

/** 数字、空（待填），或 {值, 约, 口径, 写法, 单位, 备注}。 */
export type FigureValue = CountFigure | RateFigure | AmountFigure | CustomFigure;

/** 指标的一组（行政复议、人民调解……）：字段名 → 数字。 */
type FigureGroup = Readonly<Record<string, FigureValue | undefined>>;

/** 整个"指标"：组名 → 一组。 */
export type FigureGroups = Readonly<Record<string, FigureGroup | undefined>>;

/** 指标的全部数字（Report 的"指标"按组名、字段名来查）。 */
export function figureGroups(report: Report): FigureGroups {
  return report.指标 ?? {};
}
