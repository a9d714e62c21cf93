/** 日期：解析 2024-01-25、写成 2024年1月25日、顺延几年（2 月 29 日）。 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chineseDate, isoDay, parseIsoDate, shiftIsoDate } from '../../../src/text/chinese-date.js';

describe('parseIsoDate', () => {
  it.each(['2024-01-25', '2024-02-29', '2000-02-29', '2023-12-31', '1999-01-01'])('%s 是日历上的一天', (iso) => {
    const d = parseIsoDate(iso);
    expect(d?.toISOString().slice(0, 10)).toBe(iso);
  });

  it.each([
    '2023-02-29',
    '1900-02-29',
    '2100-02-29',
    '2024-04-31',
    '2024-13-01',
    '2024-00-10',
    '2024-01-00',
    '2024-1-25',
    '2024/01/25',
    '',
  ])('%s 不是（闰年、月末、写法）', (iso) => {
    expect(parseIsoDate(iso)).toBeUndefined();
  });
});

describe('chineseDate', () => {
  it.each([
    ['2024-01-25', '2024年1月25日'],
    ['2024-10-05', '2024年10月5日'],
    ['2024-1-5', '2024年1月5日'],
  ])('%s → %s（不编虚位）', (iso, text) => {
    expect(chineseDate(iso)).toBe(text);
  });

  it('不是日期的写法照原样', () => {
    expect(chineseDate('明年一月')).toBe('明年一月');
  });
});

describe('shiftIsoDate', () => {
  it.each([
    ['2024-01-25', 1, '2025-01-25'],
    ['2024-02-29', 1, '2025-02-28'],
    ['2024-02-29', 4, '2028-02-29'],
    ['2024-02-29', -1, '2023-02-28'],
    ['2023-02-28', 1, '2024-02-28'],
    ['2024-12-31', 1, '2025-12-31'],
  ])('%s 挪 %i 年 → %s', (iso, years, shifted) => {
    expect(shiftIsoDate(iso, years)).toBe(shifted);
  });

  it('不是 年-月-日 的写法照原样', () => {
    expect(shiftIsoDate('2024-1-5', 1)).toBe('2024-1-5');
  });

  it('性质：日历上的日子挪几年仍是日历上的日子，月份不变；不是 2 月 29 日的挪回来是原样', () => {
    const day = fc
      .date({ min: new Date(Date.UTC(1901, 0, 1)), max: new Date(Date.UTC(2098, 11, 31)), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.integer({ min: -100, max: 100 }), (iso, years) => {
        const shifted = shiftIsoDate(iso, years);
        expect(parseIsoDate(shifted)).toBeDefined();
        expect(shifted.slice(4)).toBe(iso.endsWith('-02-29') && shifted.endsWith('-02-28') ? '-02-28' : iso.slice(4));
        expect(Number(shifted.slice(0, 4))).toBe(Number(iso.slice(0, 4)) + years);
        if (!iso.endsWith('-02-29')) expect(shiftIsoDate(shifted, -years)).toBe(iso);
      }),
    );
  });
});

describe('isoDay', () => {
  it('本地时间的年月日，月和日补成两位', () => {
    expect(isoDay(new Date(2024, 0, 5, 23, 59))).toBe('2024-01-05');
    expect(isoDay(new Date(2023, 11, 31, 0, 0))).toBe('2023-12-31');
  });
});
