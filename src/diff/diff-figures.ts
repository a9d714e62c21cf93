/** 两年的数字对照表：旧、新、增减、同比；新增和去掉的数字标出来；口径不同的只标出、不比较。 */
import { changeText, compareFigures, yearOverYearText } from '../compare/year-over-year.js';
import { buildFigures } from '../resolve/build-context.js';
import type { Figure } from '../resolve/figure.js';
import { catalogue } from '../schema/catalogue.js';
import type { Report } from '../schema/report-types.generated.js';

type FigureStatus = '新增' | '去掉' | '不变' | '变化' | '口径不同' | '不可比';

export interface FigureRow {
  group: string;
  field: string;
  title: string;
  unit: string;
  old?: string;
  new?: string;
  /** 增减（"增加12件"），比不了时为空。 */
  change: string;
  /** 同比（"同比增长12.5%"），比不了时为空。 */
  yoy: string;
  status: FigureStatus;
  /** 比不了的原因。 */
  note?: string;
}

export function diffFigures(oldReport: Report, newReport: Report): FigureRow[] {
  const a = buildFigures(oldReport);
  const b = buildFigures(newReport);
  const rows: FigureRow[] = [];
  const groups = [...new Set([...Object.keys(catalogue), ...Object.keys(a), ...Object.keys(b)])];
  for (const group of groups) {
    const fields = [
      ...new Set([...Object.keys(catalogue[group]?.字段 ?? {}), ...Object.keys(a[group] ?? {}), ...Object.keys(b[group] ?? {})]),
    ];
    for (const field of fields) {
      const x: Figure | undefined = a[group]?.[field];
      const y: Figure | undefined = b[group]?.[field];
      if (!x && !y) continue;
      const spec = catalogue[group]?.字段[field];
      const unit = y?.单位 ?? x?.单位 ?? spec?.单位 ?? '';
      const row: FigureRow = { group, field, title: spec?.标题 ?? field, unit, change: '', yoy: '', status: '不变' };
      if (x) row.old = x.toString();
      if (y) row.new = y.toString();
      if (!x) row.status = '新增';
      else if (!y) row.status = '去掉';
      else if (x.值 === y.值 && x.约 === y.约 && (x.口径 ?? '') === (y.口径 ?? '') && x.toString() === y.toString()) {
        row.status = '不变';
      } else {
        const cmp = compareFigures(y, x);
        if (!cmp.ok) {
          row.status = (x.口径 ?? '') !== (y.口径 ?? '') ? '口径不同' : '不可比';
          row.note = cmp.reason;
        } else {
          row.status = cmp.amount === 0 ? '不变' : '变化';
          row.change = changeText(cmp, unit === '%' ? '' : unit);
          row.yoy = yearOverYearText(cmp);
        }
      }
      rows.push(row);
    }
  }
  return rows;
}
