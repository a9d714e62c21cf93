/** 由文档模型的块按数据路径归拢出章、事项、要点的单元（比较结构用）。 */
import { describe, expect, it } from 'vitest';
import { pointName, structureUnits } from '../../../src/diff/structure-units.js';
import type { Report } from '../../../src/schema/report-types.generated.js';
import { smallReport } from '../../support/small-report.js';
import { renderReport } from '../../support/render-report.js';

const report = smallReport({
  正文: [
    {
      类别: '工作情况',
      标题: '主要工作',
      要点: ['章的要点。'],
      事项: [
        { 标题: '推进依法行政', 事项: [{ 标题: '规范执法', 内容: '甲。' }, { 内容: '没有标题的事项的第一段比较长。' }] },
        { 标题: '加强普法', 要点: ['一条。', '二条。'] },
      ],
    },
    { 类别: '履职情况', 内容: '没有标题的章。' },
    ...smallReport().正文.filter((c) => c.类别 === '存在问题' || c.类别 === '下步打算'),
  ] as Report['正文'],
});
const units = structureUnits(renderReport(report).model);

describe('structureUnits', () => {
  it('每一章一个单元，带类别和路径；没有标题的章有个说明性的名字', () => {
    expect(units.map((u) => [u.kind, u.level, u.title, u.path, u.kinds])).toEqual([
      ['章', 1, '主要工作', ['正文', 0], ['工作情况']],
      ['章', 1, '（第 2 章，无标题）', ['正文', 1], ['履职情况']],
      ['章', 1, '存在的问题', ['正文', 2], ['存在问题']],
      ['章', 1, '下步打算', ['正文', 3], ['下步打算']],
    ]);
    expect(units[0]?.label).toBe('一、主要工作');
  });

  it('事项挂在上一级下面，级别逐级加一，记着所在的章', () => {
    const [first, second] = units[0]!.items;
    expect([first?.title, first?.level, first?.path, first?.chapter]).toEqual(['推进依法行政', 2, ['正文', 0, '事项', 0], '主要工作']);
    expect(first?.items.map((u) => [u.level, u.title, u.index, u.chapter])).toEqual([
      [3, '规范执法', 0, '主要工作'],
      [3, '（第 2 项，无标题）没有标题的事项的第一段比', 1, '主要工作'],
    ]);
    expect(second?.title).toBe('加强普法');
  });

  it('接排的标题去掉补上的"。"，label 带编号', () => {
    const runIn = units[0]!.items[0]!.items[0]!;
    expect([runIn.title, runIn.label]).toEqual(['规范执法', '1.规范执法。']);
  });

  it('要点挂在它的章或事项下，标题不带前缀，label 带前缀，级别同所在的单元', () => {
    expect(units[0]?.points.map((p) => [p.kind, p.title, p.label, p.level, p.path])).toEqual([
      ['要点', '章的要点。', '一是章的要点。', 1, ['正文', 0, '要点', 0]],
    ]);
    expect(units[0]?.items[1]?.points.map((p) => [p.label, p.index, p.level])).toEqual([
      ['一是一条。', 0, 2],
      ['二是二条。', 1, 2],
    ]);
  });

  it('pointName：第几项和开头十四个字', () => {
    const p = units[0]!.items[1]!.points[1]!;
    expect(pointName(p)).toBe('第二项（二是二条。）');
    expect(pointName({ ...p, label: '一是加强执法队伍建设和执法监督工作' })).toBe('第二项（一是加强执法队伍建设和执法监……）');
    expect(pointName(p, 4)).toBe('第五项（二是二条。）');
  });
});
