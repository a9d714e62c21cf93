/** 与上一年度一字不差的段落和要点（20 字以上，标题不比）。 */
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../../src/model/document-model.js';
import { staleText } from '../../../../src/validate/rules/stale-text.js';
import { heading, para, point } from '../../../support/blocks.js';
import { ruleContext, smallReport } from '../../../support/small-report.js';
import { renderReport } from '../../../support/render-report.js';

const LONG = '全面推进严格规范公正文明执法，行政执法三项制度全面落实。';
const model = (blocks: Block[]) => ({ blocks, chapters: [] });
const check = (now: Block[], prior?: Block[]) =>
  staleText(ruleContext(smallReport(), { model: model(now), ...(prior ? { priorModel: model(prior) } : {}) }));

describe('staleText', () => {
  it('一字不差的长段落：提醒，指到今年这一段的来源', () => {
    const problems = check([para('今年新写的。'), para(LONG, ['正文', 0, '内容', 1])], [para(LONG, ['正文', 2, '内容'])]);
    expect(problems).toEqual([expect.objectContaining({ code: 'text/stale', severity: 'warning', path: ['正文', 0, '内容', 1] })]);
    expect(problems[0]?.message).toContain([...LONG].slice(0, 16).join(''));
  });

  it('要点比的是不带前缀的文字：换了编号也认得出', () => {
    expect(check([point('二是', LONG, false, ['正文', 1, '要点', 1])], [point('一是', LONG)])).toHaveLength(1);
  });

  it('要点和段落之间也比', () => {
    expect(check([para(LONG)], [point('一是', LONG)])).toHaveLength(1);
  });

  it('前后的空白不算', () => {
    expect(check([para(`  ${LONG} `)], [para(LONG)])).toHaveLength(1);
  });

  it('不到 20 个字的、标题：不比', () => {
    const short = '一'.repeat(19);
    expect(check([para(short), heading(1, '一、', LONG)], [para(short), heading(1, '一、', LONG)])).toEqual([]);
    expect(check([para('一'.repeat(20))], [para('一'.repeat(20))])).toHaveLength(1);
  });

  it('改了一个字就不算；没有上一年度时什么也不比', () => {
    expect(check([para(LONG.replace('全面', '进一步'))], [para(LONG)])).toEqual([]);
    expect(check([para(LONG)])).toEqual([]);
  });

  it('渲染出来的两年：来源指到今年的数据', () => {
    const report = smallReport({ 正文: [{ 类别: '工作情况', 内容: ['新的。', LONG] }, ...smallReport().正文.slice(1)] });
    const prior = smallReport({
      年度: 2022,
      成文日期: '2023-01-20',
      正文: [{ 类别: '工作情况', 内容: LONG }, ...smallReport().正文.slice(1)],
    });
    const problems = staleText(ruleContext(report, { model: renderReport(report).model, priorModel: renderReport(prior).model }));
    expect(problems.map((p) => p.path)).toEqual([['正文', 0, '内容', 1]]);
  });
});
