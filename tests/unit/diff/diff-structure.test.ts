/** 两年的结构比较：新增、删除、移动、改标题、改写，每一处带两个文件里的数据路径和行；年年顺延的年份不算改动。 */
import { describe, expect, it } from 'vitest';
import { diffStructure, type StructureChange } from '../../../src/diff/diff-structure.js';
import type { DataPath } from '../../../src/model/data-path.js';
import type { Chapter, Report } from '../../../src/schema/report-types.generated.js';
import { smallReport } from '../../support/small-report.js';
import { renderReport } from '../../support/render-report.js';

/** 假的行号：路径的长度 × 100 + 最后一个下标（够分辨是哪一处）。 */
const lineOf = (path: DataPath) => path.length * 100 + Number([...path].reverse().find((s) => typeof s === 'number') ?? 0);

const work = (items: Chapter['事项'], 要点?: [string, ...string[]]): Chapter => ({
  类别: '工作情况',
  标题: '主要工作',
  事项: items,
  ...(要点 ? { 要点 } : {}),
});
const problems = (items: Chapter['事项']): Chapter => ({ 类别: '存在问题', 标题: '存在的问题', 事项: items });
const plans = (title: string): Chapter => ({ 类别: '下步打算', 标题: title, 内容: '继续。' });
const item = (标题: string) => ({ 标题, 内容: `${标题}的内容。` });

function year(年度: number, 正文: Chapter[]): Report {
  return smallReport({ 年度, 成文日期: `${年度 + 1}-01-20`, 正文: 正文 as Report['正文'] });
}

function compare(older: Report, newer: Report): StructureChange[] {
  return diffStructure(
    { model: renderReport(older).model, year: older.年度, lineOf },
    { model: renderReport(newer).model, year: newer.年度, lineOf },
  );
}

const base = [
  work([item('推进依法行政'), item('规范行政执法'), item('加强法治宣传')], ['加强执法队伍建设。', '完善考核机制。']),
  problems([item('执法队伍不强')]),
  plans('2024年工作打算'),
];

describe('diffStructure', () => {
  it('同一份：没有变化', () => {
    expect(compare(year(2023, base), year(2023, base))).toEqual([]);
  });

  it('年年顺延的年份不算改标题（2023 年的"2024年工作打算"与 2024 年的"2025年工作打算"）', () => {
    expect(compare(year(2023, base), year(2024, [base[0]!, base[1]!, plans('2025年工作打算')]))).toEqual([]);
  });

  it('新增一个事项：新的一年的路径和行，说在哪一章', () => {
    const newer = [
      work(
        [item('推进依法行政'), item('规范行政执法'), item('加强法治宣传'), item('优化营商环境')],
        ['加强执法队伍建设。', '完善考核机制。'],
      ),
      base[1]!,
      base[2]!,
    ];
    const [c, ...rest] = compare(year(2023, base), year(2023, newer));
    expect(rest).toEqual([]);
    expect(c).toMatchObject({
      kind: '新增',
      unit: '事项',
      level: 2,
      newTitle: '优化营商环境',
      chapter: '主要工作',
      new: { path: ['正文', 0, '事项', 3], line: lineOf(['正文', 0, '事项', 3]), label: '（四）优化营商环境。' },
      summary: '新增2级事项"优化营商环境"（在"主要工作"）',
    });
    expect(c?.old).toBeUndefined();
  });

  it('删除一个事项：旧的一年的路径（后面的只是编号变了，不算变化）', () => {
    const newer = [work([item('推进依法行政'), item('加强法治宣传')], ['加强执法队伍建设。', '完善考核机制。']), base[1]!, base[2]!];
    expect(compare(year(2023, base), year(2023, newer))).toEqual([
      expect.objectContaining({
        kind: '删除',
        unit: '事项',
        oldTitle: '规范行政执法',
        old: expect.objectContaining({ path: ['正文', 0, '事项', 1] }) as unknown,
      }),
    ]);
  });

  it('改标题（相似的标题）：两边的路径', () => {
    const newer = [
      work([item('推进依法行政'), item('规范行政执法行为'), item('加强法治宣传')], ['加强执法队伍建设。', '完善考核机制。']),
      base[1]!,
      base[2]!,
    ];
    expect(compare(year(2023, base), year(2023, newer))).toEqual([
      expect.objectContaining({
        kind: '改标题',
        oldTitle: '规范行政执法',
        newTitle: '规范行政执法行为',
        old: expect.objectContaining({ path: ['正文', 0, '事项', 1] }) as unknown,
        new: expect.objectContaining({ path: ['正文', 0, '事项', 1] }) as unknown,
        summary: '2级事项改标题："规范行政执法" → "规范行政执法行为"',
      }),
    ]);
  });

  it('事项移到了别的章：移动，说从哪一章到哪一章', () => {
    const newer = [
      work([item('推进依法行政'), item('加强法治宣传')], ['加强执法队伍建设。', '完善考核机制。']),
      problems([item('执法队伍不强'), item('规范行政执法')]),
      base[2]!,
    ];
    expect(compare(year(2023, base), year(2023, newer))).toEqual([
      expect.objectContaining({
        kind: '移动',
        unit: '事项',
        fromChapter: '主要工作',
        chapter: '存在的问题',
        old: expect.objectContaining({ path: ['正文', 0, '事项', 1] }) as unknown,
        new: expect.objectContaining({ path: ['正文', 1, '事项', 1] }) as unknown,
        summary: '2级事项"规范行政执法"从"主要工作"移到"存在的问题"',
      }),
    ]);
  });

  it('同一章里换了顺序：移动，"换了位置"', () => {
    const newer = [
      work([item('规范行政执法'), item('推进依法行政'), item('加强法治宣传')], ['加强执法队伍建设。', '完善考核机制。']),
      base[1]!,
      base[2]!,
    ];
    const changes = compare(year(2023, base), year(2023, newer));
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ kind: '移动', unit: '事项' });
    expect(changes[0]?.summary).toMatch(/换了位置$/);
  });

  it('要点改写了几个字：改写；删去一条：删除，说是第几项', () => {
    const reworded = [
      work([item('推进依法行政'), item('规范行政执法'), item('加强法治宣传')], ['切实加强执法队伍建设。']),
      base[1]!,
      base[2]!,
    ];
    const changes = compare(year(2023, base), year(2023, reworded));
    expect(changes.map((c) => [c.kind, c.unit])).toEqual([
      ['改写', '要点'],
      ['删除', '要点'],
    ]);
    expect(changes[0]).toMatchObject({
      oldTitle: '加强执法队伍建设。',
      newTitle: '切实加强执法队伍建设。',
      new: expect.objectContaining({ path: ['正文', 0, '要点', 0] }) as unknown,
    });
    expect(changes[1]?.summary).toBe('删去第二项（二是完善考核机制。）（在"主要工作"）');
  });

  it('章按类别对齐：类别不同的章即使标题一样也不算同一章', () => {
    const older = [base[0]!, { 类别: '履职情况', 标题: '其他情况', 内容: '甲。' } as Chapter, base[2]!];
    const newer = [base[0]!, { 类别: '其他', 标题: '其他情况', 内容: '甲。' } as Chapter, base[2]!];
    expect(compare(year(2023, older), year(2023, newer)).map((c) => [c.kind, c.unit, c.oldTitle ?? c.newTitle])).toEqual([
      ['删除', '章', '其他情况'],
      ['新增', '章', '其他情况'],
    ]);
  });

  it('对称：A 比 B 的新增正是 B 比 A 的删除', () => {
    const newer = [work([item('推进依法行政'), item('优化营商环境')], ['加强执法队伍建设。']), base[1]!, base[2]!];
    const titles = (list: StructureChange[], kind: string, side: 'oldTitle' | 'newTitle') =>
      list
        .filter((c) => c.kind === kind)
        .map((c) => c[side])
        .sort();
    const ab = compare(year(2023, base), year(2023, newer));
    const ba = compare(year(2023, newer), year(2023, base));
    expect(titles(ab, '新增', 'newTitle')).toEqual(titles(ba, '删除', 'oldTitle'));
    expect(titles(ab, '删除', 'oldTitle')).toEqual(titles(ba, '新增', 'newTitle'));
    expect(titles(ab, '新增', 'newTitle').length + titles(ab, '删除', 'oldTitle').length).toBeGreaterThan(0);
  });
});
