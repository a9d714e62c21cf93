import { chineseNumber } from '../render/numbering.js';

/**
 * 一个指标数字。在正文模板里 {{指标.行政复议.受理}} 写出它的写法（"177"、"20余"、"万余"），
 * 模板助手也能读到它的值、约数和口径。
 */
export interface FigureInput {
  值: number;
  约?: boolean;
  口径?: string;
  写法?: string;
  单位?: string;
  备注?: string;
}

export class Figure {
  readonly 值: number;
  readonly 约: boolean;
  readonly 口径?: string;
  readonly 写法?: string;
  readonly 单位?: string;

  constructor(input: number | FigureInput) {
    const f = typeof input === 'number' ? { 值: input } : input;
    this.值 = f.值;
    this.约 = f.约 === true;
    if (f.口径 !== undefined) this.口径 = f.口径;
    if (f.写法 !== undefined) this.写法 = f.写法;
    if (f.单位 !== undefined) this.单位 = f.单位;
  }

  /** 正文里的写法：写法为"汉字"时用汉字（三期），其他写法照写，否则由值和约数生成。 */
  toString(): string {
    if (this.写法 === '汉字') return chineseNumber(this.值) + (this.约 ? '余' : '');
    return this.写法 ?? formatNumber(this.值) + (this.约 ? '余' : '');
  }

  [Symbol.toPrimitive](hint: string): string | number {
    return hint === 'number' ? this.值 : this.toString();
  }
}

/** 数字的写法：不加千分位（公文习惯），小数去掉多余的 0。 */
export function formatNumber(n: number): string {
  if (Number.isInteger(n)) return String(n);
  return String(Number(n.toFixed(6)));
}
