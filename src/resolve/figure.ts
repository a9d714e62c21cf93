import { chineseNumber } from '../text/chinese-number.js';
import { formatNumber } from '../text/format-number.js';
import type { FigureKind } from '../schema/catalogue.js';
import type { FigureValue } from '../schema/figure-types.js';

/**
 * 一个指标数字。在正文模板里 {{指标.行政复议.受理}} 写出它的写法（"177"、"20余"、"万余"），
 * 模板助手（同比、增减、上年）也能读到它的值、约数、口径和上一年度的同一个数字。
 */

/** 待填的数字在草稿里的写法（公文草稿的习惯）。--final 时待填是错误，不会进文档。 */
const EMPTY_FIGURE_TEXT = '××';

export class Figure {
  readonly 值: number | null;
  readonly 约: boolean;
  readonly 口径?: string;
  readonly 写法?: string;
  readonly 单位?: string;
  /** 目录里的类型（自定义指标为 undefined）。 */
  readonly 类型?: FigureKind;
  /** 上一年度的同一个数字（有上一年度的文件且有这个数字时）。 */
  上年?: Figure;

  constructor(input: FigureValue, spec?: { 类型: FigureKind; 单位: string }) {
    const f = input === null || typeof input === 'number' ? { 值: input } : input;
    this.值 = f.值;
    this.约 = f.约 === true;
    if (f.口径 !== undefined) this.口径 = f.口径;
    if (f.写法 !== undefined) this.写法 = f.写法;
    const unit = f.单位 ?? spec?.单位;
    if (unit !== undefined) this.单位 = unit;
    if (spec) this.类型 = spec.类型;
  }

  get 待填(): boolean {
    return this.值 === null;
  }

  /** 正文里的写法：写法为"汉字"时用汉字（三期），其他写法照写，否则由值和约数生成；待填写作"××"。 */
  toString(): string {
    if (this.值 === null) return EMPTY_FIGURE_TEXT;
    if (this.写法 === '汉字') return chineseNumber(this.值) + (this.约 ? '余' : '');
    return this.写法 ?? formatNumber(this.值) + (this.约 ? '余' : '');
  }

  [Symbol.toPrimitive](hint: string): string | number {
    return hint === 'number' ? (this.值 ?? NaN) : this.toString();
  }
}
