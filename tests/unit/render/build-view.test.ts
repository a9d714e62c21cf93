/** 数据 → 视图：编号按版式和层级、接排的标题加"。"、要点的前缀和连写、每一块都带着它在数据里的路径。 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { DataPath } from '../../../src/model/data-path.js';
import type { Block } from '../../../src/model/document-model.js';
import { blockText } from '../../../src/model/document-model.js';
import { buildView, type ReportView } from '../../../src/render/build-view.js';
import { buildContext } from '../../../src/resolve/build-context.js';
import { mergeLayout } from '../../../src/resolve/merge-layout.js';
import type { Chapter, Report } from '../../../src/schema/report-types.generated.js';
import { smallReport } from '../../support/small-report.js';
import { standardTemplate } from '../../support/render-report.js';

function view(report: Report, prior?: Report) {
  const template = standardTemplate();
  return buildView(report, template, mergeLayout(template.layout, report.版式), buildContext(report, prior));
}

const rest = smallReport().正文.slice(1);
const withWork = (work: Chapter, changes: Partial<Report> = {}) => smallReport({ 正文: [work, ...rest], ...changes });

type Section = ReportView['章'][number];
/** 各节的标题（带编号），按文档的顺序。 */
function headings(sections: readonly Section[]): string[] {
  return sections.flatMap((s) => [...(s.标题 ? [blockText(s.标题)] : []), ...headings(s.事项)]);
}

/** 视图里所有的块，按文档的顺序。 */
function allBlocks(v: ReportView): Block[] {
  const section = (s: Section): Block[] => [...(s.标题 ? [s.标题] : []), ...s.段落, ...s.事项.flatMap(section), ...s.结语];
  const maybe = (b: Block | undefined) => (b ? [b] : []);
  return [v.标题, ...maybe(v.主送), ...v.导语, ...v.章.flatMap(section), ...maybe(v.结束语), ...maybe(v.署名), v.日期, ...maybe(v.附注)];
}

const item = (标题: string | undefined, 内容?: string) => ({ ...(标题 !== undefined ? { 标题 } : {}), ...(内容 ? { 内容 } : {}) });

describe('编号', () => {
  it('章按一、二、……编号，没有标题的章不占号', () => {
    const report = smallReport({
      正文: [
        { 类别: '工作情况', 标题: '甲', 内容: '甲。' },
        { 类别: '履职情况', 内容: '没有标题。' },
        { 类别: '存在问题', 标题: '乙', 内容: '乙。' },
        { 类别: '下步打算', 标题: '丙', 内容: '丙。' },
      ],
    });
    expect(headings(view(report).view.章)).toEqual(['一、甲', '二、乙', '三、丙']);
  });

  it('事项按（一）1.（1）逐级编号；三级编号默认在每个二级事项里从 1 起', () => {
    const work: Chapter = {
      类别: '工作情况',
      标题: '工作',
      事项: [
        { 标题: 'A', 事项: [item('a1', '甲。'), { 标题: 'a2', 事项: [item('x', '甲。'), item('y', '乙。')] }] },
        { 标题: 'B', 事项: [item('b1', '乙。')] },
      ],
    };
    expect(headings(view(withWork(work)).view.章).slice(0, 8)).toEqual([
      '一、工作',
      '（一）A',
      '1.a1。',
      '2.a2',
      '（1）x。',
      '（2）y。',
      '（二）B',
      '1.b1。',
    ]);
  });

  it('三级编号连续：在一章里跨二级事项接着编，下一章从 1 起', () => {
    const chapter = (kind: Chapter['类别'], title: string): Chapter => ({
      类别: kind,
      标题: title,
      事项: [
        { 标题: 'A', 事项: [item('a1', '甲。'), item('a2', '甲。')] },
        { 标题: 'B', 事项: [item('b1', '乙。')] },
      ],
    });
    const report = smallReport({
      正文: [chapter('工作情况', '工作'), chapter('存在问题', '问题'), ...rest.slice(1)],
      版式: { 三级编号连续: true },
    });
    const numbers = headings(view(report).view.章).filter((h) => /^\d/.test(h));
    expect(numbers).toEqual(['1.a1。', '2.a2。', '3.b1。', '1.a1。', '2.a2。', '3.b1。']);
  });

  it('没有标题的事项不占号', () => {
    const work: Chapter = { 类别: '工作情况', 标题: '工作', 事项: [item('A', '甲。'), item(undefined, '无题。'), item('B', '乙。')] };
    expect(headings(view(withWork(work)).view.章).slice(0, 3)).toEqual(['一、工作', '（一）A。', '（二）B。']);
  });

  it('数据里的版式改编号的写法', () => {
    const work: Chapter = { 类别: '工作情况', 标题: '工作', 事项: [{ 标题: 'A', 事项: [item('a1', '甲。')] }] };
    const report = withWork(work, { 版式: { 编号: { 一级: '第{汉字}部分、', 三级: '{数字}、' } } });
    expect(headings(view(report).view.章).slice(0, 3)).toEqual(['第一部分、工作', '（一）A', '1、a1。']);
  });
});

describe('接排', () => {
  const first = (work: Chapter) => view(withWork(work)).view.章[0]!.事项[0]!.标题!;

  it('有内容、没有下级的事项：标题接排，末尾加"。"', () => {
    expect(first({ 类别: '工作情况', 事项: [item('依法决策', '甲。')] })).toMatchObject({ runIn: true, text: '依法决策。' });
  });

  it('标题已有句末标点（。：！？；，）时不再加', () => {
    for (const t of ['依法决策。', '依法决策：', '依法决策！', '依法决策？', '依法决策；']) {
      expect(first({ 类别: '工作情况', 事项: [item(t, '甲。')] }).text).toBe(t);
    }
  });

  it('只有要点的事项也接排', () => {
    expect(first({ 类别: '工作情况', 事项: [{ 标题: '普法', 要点: ['甲。'] }] }).runIn).toBe(true);
  });

  it('有下级事项、标题单列、没有内容的事项：标题单独成行，不加"。"', () => {
    expect(first({ 类别: '工作情况', 事项: [{ 标题: '甲', 事项: [item('乙', '丙。')] }] })).toMatchObject({ runIn: false, text: '甲' });
    expect(first({ 类别: '工作情况', 事项: [{ 标题: '甲', 标题单列: true, 内容: '丙。' }] })).toMatchObject({ runIn: false, text: '甲' });
    expect(first({ 类别: '工作情况', 事项: [{ 标题: '甲' }] })).toMatchObject({ runIn: false, text: '甲' });
  });

  it('章的标题从不接排', () => {
    expect(view(smallReport()).view.章[0]?.标题).toMatchObject({ runIn: false, text: '主要工作' });
  });
});

describe('要点', () => {
  const points = (work: Chapter) => view(withWork(work)).view.章[0]!.段落.filter((b) => b.kind === 'point');

  it('列表：一是、二是……，各成一段', () => {
    expect(points({ 类别: '工作情况', 要点: ['甲。', '乙。'] })).toEqual([
      { kind: 'point', prefix: '一是', text: '甲。', joined: false, source: ['正文', 0, '要点', 0] },
      { kind: 'point', prefix: '二是', text: '乙。', joined: false, source: ['正文', 0, '要点', 1] },
    ]);
  });

  it('连写：接在前面的段落后面；前缀"一要"', () => {
    const list = points({ 类别: '工作情况', 内容: '主要有：', 要点: { 前缀: '一要', 样式: '连写', 条目: ['甲；', '乙。'] } });
    expect(list.map((b) => [blockText(b), b.kind === 'point' && b.joined, b.source])).toEqual([
      ['一要甲；', true, ['正文', 0, '要点', '条目', 0]],
      ['二要乙。', true, ['正文', 0, '要点', '条目', 1]],
    ]);
  });

  it('连写、前面没有段落：第一条自成一段，后面的接上', () => {
    expect(points({ 类别: '工作情况', 要点: { 样式: '连写', 条目: ['甲。', '乙。'] } }).map((b) => b.kind === 'point' && b.joined)).toEqual(
      [false, true],
    );
  });

  it('前缀"无"：不加前缀', () => {
    expect(points({ 类别: '工作情况', 要点: { 前缀: '无', 条目: ['甲。'] } }).map(blockText)).toEqual(['甲。']);
  });

  it('一条里的空行去掉，仍是一条', () => {
    expect(points({ 类别: '工作情况', 要点: ['甲。\n\n乙。'] }).map(blockText)).toEqual(['一是甲。乙。']);
  });
});

describe('段落、版头和版记', () => {
  it('空行分段：同一个来源的几段；列表的每一项带下标', () => {
    const [chapter] = view(withWork({ 类别: '工作情况', 导语: '导。', 内容: ['甲。\n\n乙。', '丙。'] })).view.章;
    expect(chapter?.段落.map((b) => [blockText(b), b.source])).toEqual([
      ['导。', ['正文', 0, '导语']],
      ['甲。', ['正文', 0, '内容', 0]],
      ['乙。', ['正文', 0, '内容', 0]],
      ['丙。', ['正文', 0, '内容', 1]],
    ]);
  });

  it('主送用顿号连起来、末尾一个全角冒号；附注加全角括号', () => {
    const v = view(smallReport({ 主送: [' 县委', '县人大常委会 '], 附注: '此件公开发布' })).view;
    expect(v.主送).toEqual({ kind: 'addressee', text: '县委、县人大常委会：', source: ['主送'] });
    expect(v.附注).toEqual({ kind: 'note', text: '（此件公开发布）', source: ['附注'] });
    expect(view(smallReport({ 主送: '县委:' })).view.主送?.text).toBe('县委：');
    expect(view(smallReport({ 附注: '(此件公开发布)' })).view.附注?.text).toBe('（此件公开发布）');
  });

  it('标题：数据里写了用数据的，否则用模板的默认标题（来源记为发文机关）', () => {
    expect(view(smallReport()).view.标题).toEqual({
      kind: 'title',
      text: '测试县人民政府关于2023年度法治政府建设情况的报告',
      source: ['发文机关'],
    });
    expect(view(smallReport({ 标题: '{{地区}}{{年度}}年度报告' })).view.标题).toEqual({
      kind: 'title',
      text: '测试县2023年度报告',
      source: ['标题'],
    });
  });

  it('署名默认同发文机关；写了署名用署名；署名 false 不署名', () => {
    expect(view(smallReport()).view.署名).toEqual({ kind: 'signature', text: '测试县人民政府', source: ['发文机关'] });
    expect(view(smallReport({ 落款: { 署名: '测试县政府办' } })).view.署名?.source).toEqual(['落款', '署名']);
    expect(view(smallReport({ 落款: { 署名: false } })).view.署名).toBeUndefined();
  });

  it('成文日期写成汉字的年月日；结束语', () => {
    const v = view(smallReport({ 落款: { 结束语: '特此报告。' } })).view;
    expect(v.日期).toEqual({ kind: 'date', text: '2024年1月25日', source: ['成文日期'] });
    expect(v.结束语).toEqual({ kind: 'paragraph', text: '特此报告。', source: ['落款', '结束语'] });
  });
});

describe('问题', () => {
  it('引用不存在的数据：ref/template 指到文字里的行列，这一块不进视图', () => {
    const { view: v, problems } = view(withWork({ 类别: '工作情况', 内容: ['好的。', '第一行\n受理{{指标.行政复议.受理}}件。'] }));
    expect(v.章[0]?.段落.map(blockText)).toEqual(['好的。']);
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'ref/template',
        path: ['正文', 0, '内容', 1],
        at: { line: 2, column: expect.any(Number) as number },
      }),
    ]);
  });

  it('比不了的同比：compare/unavailable，文字照样写出', () => {
    const report = withWork(
      { 类别: '工作情况', 内容: '受理{{指标.行政复议.受理}}件，{{同比 指标.行政复议.受理}}。' },
      { 指标: { 行政复议: { 受理: 5 } } },
    );
    const { view: v, problems } = view(report);
    expect(v.章[0]?.段落.map(blockText)).toEqual(['受理5件。']);
    expect(problems.map((p) => [p.code, p.path])).toEqual([['compare/unavailable', ['正文', 0, '内容']]]);
  });

  it('有上一年度时同比写出来，没有问题', () => {
    const report = withWork({ 类别: '工作情况', 内容: '{{同比 指标.行政复议.受理}}。' }, { 指标: { 行政复议: { 受理: 6 } } });
    const prior = smallReport({ 年度: 2022, 指标: { 行政复议: { 受理: 5 } } });
    const { view: v, problems } = view(report, prior);
    expect(v.章[0]?.段落.map(blockText)).toEqual(['同比增长20.0%。']);
    expect(problems).toEqual([]);
  });
});

describe('来源', () => {
  /** 数据路径上有没有值（模板自己的文字是空路径）。 */
  function exists(data: unknown, path: DataPath): boolean {
    let cur = data;
    for (const seg of path) {
      if (cur === null || typeof cur !== 'object' || !Object.hasOwn(cur, seg)) return false;
      cur = (cur as Record<string | number, unknown>)[seg];
    }
    return true;
  }

  const root = join(import.meta.dirname, '../../../data');
  const samples = readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(join(root, d.name)).map((f) => join(d.name, f)));

  it.each(samples)('%s：每一块的来源都是数据里有的值；标题的来源是章或事项本身，要点是那一条', (file) => {
    const report = parse(readFileSync(join(root, file), 'utf8')) as Report;
    const blocks = allBlocks(view(report).view);
    expect(blocks.length).toBeGreaterThan(10);
    for (const b of blocks) {
      expect(exists(report, b.source), `${b.kind} ${JSON.stringify(b.source)}`).toBe(true);
      if (b.kind === 'heading') expect(typeof b.source[b.source.length - 1]).toBe('number');
      if (b.kind === 'point') expect(b.source.slice(-3).some((s) => s === '要点')).toBe(true);
    }
  });
});
