/** 部门填回来的各种写法：数字、文字、全角、约数、单位、百分比，读不了的说清楚。 */
import { describe, expect, it } from 'vitest';
import { readApprox, readFormValue, readScope } from '../src/collect/read-form-value.js';

const text = (value: string) => ({ value });

describe('读部门填的数', () => {
  it.each([
    ['300', '计数', { 值: 300, 约: false }],
    ['３００', '计数', { 值: 300, 约: false }],
    [' 1,234 ', '计数', { 值: 1234, 约: false }],
    ['1，234件', '计数', { 值: 1234, 约: false }],
    ['约300', '计数', { 值: 300, 约: true }],
    ['300余', '计数', { 值: 300, 约: true }],
    ['300余件', '计数', { 值: 300, 约: true }],
    ['300多场次', '计数', { 值: 300, 约: true }],
    ['近 300 人次', '计数', { 值: 300, 约: true }],
    ['1.2万', '计数', { 值: 12000, 约: false, 写法: '1.2万' }],
    ['1.2万余人次', '计数', { 值: 12000, 约: true, 写法: '1.2万余' }],
    ['99.5%', '比率', { 值: 99.5, 约: false }],
    ['99.5％', '比率', { 值: 99.5, 约: false }],
    ['100', '比率', { 值: 100, 约: false }],
    ['1849.8', '金额', { 值: 1849.8, 约: false }],
    ['500万元', '金额', { 值: 500, 约: false }],
    ['1.165亿元', '金额', { 值: 11650, 约: false }],
    ['30', '自定义', { 值: 30, 约: false }],
  ] as const)('"%s"（%s）', (input, kind, expected) => {
    expect(readFormValue(text(input), kind, '件')).toEqual({ kind: 'value', ...expected });
  });

  it('数字格子照读；百分比格式的 0.995 是 99.5%；离整数极近的计数算整数', () => {
    expect(readFormValue({ value: 233 }, '计数', '件')).toEqual({ kind: 'value', 值: 233, 约: false });
    expect(readFormValue({ value: 0.995, percent: true }, '比率', '%')).toEqual({ kind: 'value', 值: 99.5, 约: false });
    expect(readFormValue({ value: (0.1 + 0.2) * 1000 }, '计数', '件')).toEqual({ kind: 'value', 值: 300, 约: false });
    expect(readFormValue({ value: 0 }, '计数', '件')).toEqual({ kind: 'value', 值: 0, 约: false });
  });

  it('只写了元的金额换成万元，并说明', () => {
    const r = readFormValue(text('50000元'), '金额', '万元');
    expect(r).toMatchObject({ kind: 'value', 值: 5, note: expect.stringContaining('万元') });
  });

  it.each(['', '  ', '—', '/', '无', '暂无'])('"%s" 当作没有填', (input) => {
    expect(readFormValue(text(input), '计数', '件').kind).toBe('blank');
  });

  it.each([
    ['见附件', '计数', '读不出数字'],
    ['12.5', '计数', '计数应为整数'],
    ['-3', '计数', '读不出数字'],
    ['120%', '比率', '超过了 100'],
    ['300（含结转）', '计数', '读不懂'],
    ['5万', '比率', '百分数后面多了'],
    ['300美元', '金额', '不是金额的单位'],
  ] as const)('"%s"（%s）读不了：%s', (input, kind, reason) => {
    const r = readFormValue(text(input), kind, '件');
    expect(r.kind).toBe('bad');
    if (r.kind === 'bad') {
      expect(r.reason).toContain(reason);
      expect(r.fix).not.toBe('');
    }
  });

  it('日期格子、负数格子读不了', () => {
    expect(readFormValue({ value: new Date(Date.UTC(2024, 10, 1)) }, '计数', '件')).toMatchObject({
      kind: 'bad',
      reason: expect.stringContaining('日期'),
    });
    expect(readFormValue({ value: -1 }, '计数', '件')).toMatchObject({ kind: 'bad', reason: '是负数' });
  });
});

describe('约数和统计口径两栏', () => {
  it('约数：是、√ 算；否、空着不算', () => {
    expect(['是', '√', ' 是 ', true].map((value) => readApprox({ value }))).toEqual([true, true, true, true]);
    expect(['否', '', null].map((value) => readApprox({ value }))).toEqual([false, false, false]);
  });

  it('口径：各种连接号统一成"1—11月"；全年的不写', () => {
    expect(['1—11月', '1-11月', '1~11月', '1至11月', '１－１１月', '1——11月'].map((value) => readScope({ value }))).toEqual(
      Array(6).fill('1—11月'),
    );
    expect(['', '全年', '1-12月', null].map((value) => readScope({ value }))).toEqual([undefined, undefined, undefined, undefined]);
  });
});
