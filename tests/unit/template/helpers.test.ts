/** 正文的助手：同比、增减、上年；比不了时什么也不写，记下提醒。 */
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { Figure } from '../../../src/resolve/figure.js';
import type { FigureKind } from '../../../src/schema/catalogue.js';
import { closeGaps } from '../../../src/render/close-gaps.js';
import { registerHelpers, type RenderNotes } from '../../../src/template/helpers.js';

function renderWithPlaces(template: string, context: object): { text: string; notes: RenderNotes['notes'] } {
  const hbs = Handlebars.create();
  registerHelpers(hbs);
  const notes: RenderNotes = { notes: [] };
  const text = closeGaps(hbs.compile(template, { noEscape: true, strict: true })(context, { data: { fzbg: notes } }));
  return { text, notes: notes.notes };
}

function render(template: string, context: object): { text: string; notes: string[] } {
  const r = renderWithPlaces(template, context);
  return { text: r.text, notes: r.notes.map((n) => n.text) };
}

function withPrior(
  now: number | null,
  last: number | null | undefined,
  spec: { 类型: FigureKind; 单位: string } = { 类型: '计数', 单位: '件' },
): Figure {
  const fig = new Figure(now, spec);
  if (last !== undefined) fig.上年 = new Figure(last, spec);
  return fig;
}

describe('{{同比}} {{增减}} {{上年}}', () => {
  it('两年都有：写出比较，没有提醒', () => {
    expect(render('{{同比 f}}，{{增减 f}}，上年{{上年 f}}件', { f: withPrior(225, 200) })).toEqual({
      text: '同比增长12.5%，增加25件，上年200件',
      notes: [],
    });
  });

  it('比率的增减不带单位"%"', () => {
    expect(render('{{增减 f}}', { f: withPrior(98.7, 98.2, { 类型: '比率', 单位: '%' }) }).text).toBe('提高0.5个百分点');
  });

  it('没有上一年度：什么也不写，每处各记一条提醒', () => {
    const r = render('{{同比 f}}{{增减 f}}{{上年 f}}', { f: withPrior(5, undefined) });
    expect(r.text).toBe('');
    expect(r.notes).toHaveLength(3);
    expect(r.notes[0]).toContain('上一年度没有这个数字');
  });

  it('什么也没写时不留下重复的标点，提醒记下 {{…}} 的行列', () => {
    const f = withPrior(86, undefined);
    expect(render('收到申请86件，{{同比 f}}，受理79件。', { f }).text).toBe('收到申请86件，受理79件。');
    expect(render('收到申请86件，{{同比 f}}。', { f }).text).toBe('收到申请86件。');
    expect(render('{{同比 f}}，受理79件。', { f }).text).toBe('受理79件。');
    expect(render('收到申请86件（{{增减 f}}），受理79件。', { f }).text).toBe('收到申请86件，受理79件。');
    expect(render('收到申请86件{{同比 f}}；受理79件。', { f }).text).toBe('收到申请86件；受理79件。');
    expect(render('甲，，乙{{同比 f}}', { f }).text).toBe('甲，，乙');
    const r = renderWithPlaces('第一行\n收到申请86件，{{同比 f}}，受理', { f });
    expect(r.notes.map((n) => [n.line, n.column])).toEqual([[2, 8]]);
  });

  it('上年为 0：同比不写，提醒改用增减', () => {
    const r = render('{{同比 f}}', { f: withPrior(5, 0) });
    expect(r.text).toBe('');
    expect(r.notes[0]).toContain('{{增减 …}}');
  });

  it('上年的数字待填：{{上年}} 什么也不写', () => {
    expect(render('{{上年 f}}', { f: withPrior(5, null) })).toMatchObject({ text: '' });
    expect(render('{{上年 f}}', { f: withPrior(5, null) }).notes).toHaveLength(1);
  });

  it('给的不是指标：什么也不写，提醒怎么写', () => {
    const r = render('{{同比 年度}}', { 年度: '2023' });
    expect(r.text).toBe('');
    expect(r.notes[0]).toContain('{{同比 指标.行政复议.受理}}');
  });

  it('{{井号 n}}：第 n 级标题的 # 号', () => {
    expect(render('{{井号 1}}|{{井号 4}}', {}).text).toBe('##|#####');
  });
});
