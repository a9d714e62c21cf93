/** 草稿：待填的数字（草稿警告、定稿错误）；上年打算要说明落实情况或对应的事项。 */
import { describe, expect, it } from 'vitest';
import type { Report } from '../../../../src/schema/report-types.generated.js';
import { emptyFigures, planChecklist } from '../../../../src/validate/rules/draft-rules.js';
import { ruleContext, smallReport } from '../../../support/small-report.js';

describe('emptyFigures', () => {
  const 指标: Report['指标'] = { 行政复议: { 收到申请: null, 受理: { 值: null, 口径: '1—11月' }, 办结: 3 } };

  it('草稿里是警告：null 指到字段，{值: null} 指到"值"', () => {
    expect(emptyFigures(ruleContext(smallReport({ 指标 })))).toEqual([
      expect.objectContaining({ code: 'figure/empty', severity: 'warning', path: ['指标', '行政复议', '收到申请'], at: { key: true } }),
      expect.objectContaining({ code: 'figure/empty', severity: 'warning', path: ['指标', '行政复议', '受理', '值'] }),
    ]);
  });

  it('定稿时是错误，说明也不同', () => {
    const problems = emptyFigures(ruleContext(smallReport({ 指标 }), { final: true }));
    expect(problems.map((p) => p.severity)).toEqual(['error', 'error']);
    expect(problems[0]?.message).toContain('定稿不能留空');
  });

  it('没有指标、都填了：没问题', () => {
    expect(emptyFigures(ruleContext(smallReport()))).toEqual([]);
    expect(emptyFigures(ruleContext(smallReport({ 指标: { 行政复议: { 受理: 0, 办结: { 值: 0 } } } })))).toEqual([]);
  });
});

describe('planChecklist', () => {
  const 正文: Report['正文'] = [
    {
      类别: '工作情况',
      标题: '主要工作',
      事项: [{ 标题: '推进依法行政', 事项: [{ 标题: '规范行政执法', 内容: '甲。' }] }],
    },
    { 类别: '存在问题', 事项: [{ 标题: '执法队伍不强', 内容: '乙。' }] },
    { 类别: '下步打算', 内容: '丙。' },
  ];
  const check = (上年打算: Report['上年打算']) => planChecklist(ruleContext(smallReport({ 正文, 上年打算 })));

  it('写了落实、或对应到工作情况里任一层事项的标题（前后空白不算）：没问题', () => {
    expect(
      check([
        { 打算: '甲', 落实: '已完成' },
        { 打算: '乙', 对应: '规范行政执法' },
        { 打算: '丙', 对应: ' 推进依法行政 ' },
      ]),
    ).toEqual([]);
  });

  it('什么也没写：plan/unanswered，指到这一条', () => {
    expect(check([{ 打算: '甲', 落实: '已完成' }, { 打算: '加强行政执法队伍建设' }])).toEqual([
      expect.objectContaining({ code: 'plan/unanswered', severity: 'warning', path: ['上年打算', 1] }),
    ]);
  });

  it('对应的事项找不到：plan/unknown-item，指到"对应"，猜最接近的标题', () => {
    const [p] = check([{ 打算: '甲', 对应: '规范行政执法工作' }]);
    expect(p).toMatchObject({ code: 'plan/unknown-item', path: ['上年打算', 0, '对应'] });
    expect(p?.fix).toContain('是不是"规范行政执法"？');
  });

  it('对应到别的类别（存在问题）里的事项不算', () => {
    expect(check([{ 打算: '甲', 对应: '执法队伍不强' }]).map((p) => p.code)).toEqual(['plan/unknown-item']);
  });

  it('相差太多时不猜', () => {
    expect(check([{ 打算: '甲', 对应: '完全无关的标题' }])[0]?.fix).not.toContain('是不是');
  });

  it('很长的打算在说明里截到 20 个字', () => {
    const [p] = check([{ 打算: '一'.repeat(25) }]);
    expect(p?.message).toContain(`"${'一'.repeat(20)}…"`);
  });
});
