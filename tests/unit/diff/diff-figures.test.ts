/** 两年的数字对照表：新增、去掉、不变、变化（增减和同比）、口径不同、不可比。 */
import { describe, expect, it } from 'vitest';
import { diffFigures, type FigureRow } from '../../../src/diff/diff-figures.js';
import type { Report } from '../../../src/schema/report-types.generated.js';
import { smallReport } from '../../support/small-report.js';

const rows = (older: Report['指标'], newer: Report['指标']) =>
  diffFigures(smallReport({ 指标: older }), smallReport({ 年度: 2024, 指标: newer }));
const row = (list: FigureRow[], group: string, field: string) => list.find((r) => r.group === group && r.field === field);

describe('diffFigures', () => {
  it('两年都有、变了：增减和同比，单位和中文名来自目录', () => {
    expect(row(rows({ 行政复议: { 受理: 200 } }, { 行政复议: { 受理: 225 } }), '行政复议', '受理')).toEqual({
      group: '行政复议',
      field: '受理',
      title: '受理行政复议案件',
      unit: '件',
      old: '200',
      new: '225',
      change: '增加25件',
      yoy: '同比增长12.5%',
      status: '变化',
    });
  });

  it('比率的增减不带"%"，说百分点', () => {
    expect(row(rows({ 人民调解: { 成功率: 98.2 } }, { 人民调解: { 成功率: 98.7 } }), '人民调解', '成功率')).toMatchObject({
      change: '提高0.5个百分点',
      yoy: '同比提高0.5个百分点',
      unit: '%',
    });
  });

  it('只有新的一年有：新增；只有旧的一年有：去掉；两年都没有的不列', () => {
    const list = rows({ 行政复议: { 受理: 1 } }, { 人民调解: { 调处纠纷: 2 } });
    expect(list.map((r) => [r.group, r.field, r.status, r.old, r.new])).toEqual([
      ['行政复议', '受理', '去掉', '1', undefined],
      ['人民调解', '调处纠纷', '新增', undefined, '2'],
    ]);
  });

  it('值、约数、口径、写法都一样：不变，不写增减', () => {
    expect(
      row(rows({ 行政复议: { 受理: { 值: 5, 约: true } } }, { 行政复议: { 受理: { 值: 5, 约: true } } }), '行政复议', '受理'),
    ).toMatchObject({
      status: '不变',
      change: '',
      yoy: '',
    });
  });

  it('只是写法变了（值相同）：算比较过、持平', () => {
    expect(
      row(rows({ 政务公开: { 主动公开: 10000 } }, { 政务公开: { 主动公开: { 值: 10000, 写法: '1万' } } }), '政务公开', '主动公开'),
    ).toMatchObject({
      status: '不变',
      change: '持平',
      old: '10000',
      new: '1万',
    });
  });

  it('口径不同：只标出，写明原因', () => {
    const r = row(rows({ 行政复议: { 受理: 5 } }, { 行政复议: { 受理: { 值: 6, 口径: '1—11月' } } }), '行政复议', '受理');
    expect(r).toMatchObject({ status: '口径不同', change: '', yoy: '' });
    expect(r?.note).toContain('口径不同');
  });

  it('约数、待填：不可比', () => {
    expect(row(rows({ 行政复议: { 受理: 5 } }, { 行政复议: { 受理: { 值: 6, 约: true } } }), '行政复议', '受理')).toMatchObject({
      status: '不可比',
    });
    expect(row(rows({ 行政复议: { 受理: 5 } }, { 行政复议: { 受理: null } }), '行政复议', '受理')).toMatchObject({
      status: '不可比',
      new: '××',
    });
  });

  it('自定义的指标：用字段名，单位取数据里写的', () => {
    expect(
      row(rows({ 自定义: { 直播普法: { 值: 3, 单位: '场' } } }, { 自定义: { 直播普法: { 值: 5, 单位: '场' } } }), '自定义', '直播普法'),
    ).toMatchObject({
      title: '直播普法',
      unit: '场',
      change: '增加2场',
    });
  });
});
