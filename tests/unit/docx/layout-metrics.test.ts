/** 版面数字：标准版式的 22 行 × 28 字；文字宽度的估计（最宽的估计不小于平常的估计）。 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { metrics, textWidthTwips, textWidthUpperBound } from '../../../src/docx/layout-metrics.js';
import { standardLayout } from '../../support/small-report.js';

describe('metrics（标准版式）', () => {
  const layout = standardLayout();
  const m = metrics(layout);

  it('版心 156 × 225 毫米', () => {
    expect([m.pageWidth, m.pageHeight]).toEqual([11906, 16838]);
    expect(m.textWidth).toBe(m.pageWidth - m.margin.left - m.margin.right);
    expect(m.textWidth).toBe(8845);
    expect(m.textHeight).toBe(12756);
  });

  it('每页 22 行：行距 579 缇，22 行放得下、23 行放不下', () => {
    expect(m.linePitch).toBe(579);
    expect(22 * m.linePitch).toBeLessThanOrEqual(m.textHeight);
    expect(23 * m.linePitch).toBeGreaterThan(m.textHeight);
  });

  it('每行 28 字：3 号字的字距 −0.25 磅，28 字放得下、29 字放不下', () => {
    expect(m.charSpacing).toBe(-5);
    expect(m.charWidth).toBe(315);
    expect(28 * m.charWidth).toBeLessThanOrEqual(m.textWidth);
    expect(29 * m.charWidth).toBeGreaterThan(m.textWidth);
  });

  it('首行缩进二字；页码的一字线在版心下 7 毫米', () => {
    expect(m.firstLine).toBe(630);
    expect(m.margin.bottom - m.footer - m.pageNumberLine / 2).toBe(Math.round((7 * 1440) / 25.4));
  });

  it('每行字数少时字距不会变成正的（只紧缩、不加宽）', () => {
    expect(metrics({ ...layout, 每行字数: 20 }).charSpacing).toBe(0);
  });
});

describe('文字宽度', () => {
  it('中文一个字宽，半角字符半个', () => {
    expect(textWidthTwips('2024年', 315)).toBe(945);
    expect(textWidthTwips('测试县人民政府', 315)).toBe(2205);
    expect(textWidthTwips('——', 315)).toBe(630);
  });

  it('最宽的估计：数字 0.56 字宽（"1" 0.5），中文与数字相接处各加 0.21', () => {
    expect(textWidthUpperBound('年', 100)).toBe(100);
    expect(textWidthUpperBound('2', 100)).toBe(56);
    expect(textWidthUpperBound('1', 100)).toBe(50);
    expect(textWidthUpperBound('2024年1月', 100)).toBe(Math.round(4 * 56 + 100 + 50 + 100 + 3 * 21));
  });

  it('性质：最宽的估计不小于平常的估计，全是中文时两者相等', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('年', '月', '1', '2', 'a', '—', ' ') }), (text) => {
        expect(textWidthUpperBound(text, 315)).toBeGreaterThanOrEqual(textWidthTwips(text, 315));
        if (/^[年月—]*$/.test(text)) expect(textWidthUpperBound(text, 315)).toBe(textWidthTwips(text, 315));
      }),
    );
  });
});
