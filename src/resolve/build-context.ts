import type { Report } from '../schema/report-types.generated.js';
import { fieldSpec } from '../schema/catalogue.js';
import { figureGroups } from '../schema/figure-types.js';
import { Figure } from './figure.js';

export type FigureTable = Record<string, Record<string, Figure>>;

/** 正文里 {{…}} 能引用的数据：文件自己的数据，指标换成 Figure，加上推算出的年份。 */
export interface TextContext {
  地区: string;
  /** 年份写成文字：Handlebars 不转义时会把相邻的两个数字相加（"{{年度}}{{年度}}" 得 4046），文字就不会。 */
  年度: string;
  下一年度: string;
  上一年度: string;
  发文机关: string;
  成文日期: string;
  指标: FigureTable;
}

/**
 * 指标 → Figure。用 Object.fromEntries 建对象：键是 "__proto__" 时也只是普通的自有属性，
 * 不会改动原型（Handlebars 本身也不读原型上的属性）。
 */
export function buildFigures(report: Report, prior?: Report): FigureTable {
  const previous = prior ? buildFigures(prior) : undefined;
  return groupObject(
    '指标',
    Object.fromEntries(
      Object.entries(figureGroups(report)).map(([group, fields]) => [
        group,
        groupObject(
          `指标.${group}`,
          Object.fromEntries(
            Object.entries(fields ?? {}).flatMap(([key, value]) => {
              if (value === undefined) return [];
              const fig = new Figure(value, fieldSpec(group, key));
              const last = previous?.[group]?.[key];
              const priorGroup = previous?.[group];
              if (last && priorGroup && Object.hasOwn(priorGroup, key)) fig.上年 = last;
              return [[key, fig] as const];
            }),
          ),
        ),
      ]),
    ),
  );
}

/**
 * 一组数据转成文字时的记号（不可见的 U+0000 夹着路径和字段）：渲染完在结果里找到它，就报"是一组数据"的错误，
 * 决不在文档里留下"[object Object]"。不在转换时抛出：Handlebars 拼错误信息时也会把对象转成文字。
 */
export const GROUP_MARK = /\u0000组:([^\u0000]*)\u0000([^\u0000]*)\u0000/;

function groupObject<T extends object>(path: string, o: T): T {
  const mark = () => `\u0000组:${path}\u0000${Object.keys(o).join('、')}\u0000`;
  Object.defineProperty(o, Symbol.toPrimitive, { value: mark, enumerable: false });
  Object.defineProperty(o, 'toString', { value: mark, enumerable: false });
  return o;
}

/** prior：上一年度的数据（同一文件夹里 年度−1 的文件），有它时助手才能说同比。 */
export function buildContext(report: Report, prior?: Report): TextContext {
  return {
    地区: report.地区,
    年度: String(report.年度),
    下一年度: String(report.年度 + 1),
    上一年度: String(report.年度 - 1),
    发文机关: report.发文机关,
    成文日期: report.成文日期,
    指标: buildFigures(report, prior),
  };
}
