/**
 * 没见过的报告（issue 13）的各个机制单独测：区划表和地区、网页外壳的样子、日期的出处、不编号的章的开头、
 * 跳号的列举、同一行的下级编号、只复制到第一章的整篇一行、按意思认的数字。
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openingKind } from '../src/import/chapter-opening.js';
import { chooseDate } from '../src/import/choose-date.js';
import { looksLikeChrome } from '../src/import/chrome-shape.js';
import { findCountyNames } from '../src/import/find-county-names.js';
import { gazetteer } from '../src/import/gazetteer.js';
import { ImportNotes } from '../src/import/import-notes.js';
import { COUNTIES_BY_CITY, GAZETTEER_SOURCE } from '../src/import/gazetteer.generated.js';
import { importReport } from '../src/import/import-report.js';
import { readDamagedDate } from '../src/import/read-date.js';
import { recogniseFigures } from '../src/import/recognise-figures.js';
import type { Draft } from '../src/import/draft.js';
import { splitGappedEnumeration } from '../src/import/recognise-enumeration.js';
import { recogniseRegion } from '../src/import/recognise-region.js';
import { recogniseStructure } from '../src/import/recognise-structure.js';
import { isRunTogether, splitRunTogether } from '../src/import/split-run-together.js';
import { splitSubheadingLines } from '../src/import/split-subheading-lines.js';
import { stripWebChrome } from '../src/import/strip-web-chrome.js';

const lines = (texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));

describe('区划表', () => {
  it('来自 @vant/area-data 2.1.0；县级单位两千八百多个，同名的二十几个，白云区、江北区各两个', () => {
    expect(GAZETTEER_SOURCE).toMatchObject({ package: '@vant/area-data', version: '2.1.0' });
    const { byName } = gazetteer();
    const total = [...byName.values()].reduce((n, list) => n + list.length, 0);
    expect(total).toBeGreaterThan(2800);
    expect(total).toBeLessThan(2900);
    const shared = [...byName.entries()].filter(([, list]) => list.length > 1).map(([name]) => name);
    expect(shared.length).toBeGreaterThanOrEqual(25);
    expect(shared.length).toBeLessThanOrEqual(32);
    expect(byName.get('白云区')!.map((c) => c.city)).toEqual(['广州市', '贵阳市']);
    expect(byName.get('江北区')!.map((c) => c.city)).toEqual(['宁波市', '重庆市']);
    // 功能区、港澳台不在表里；真有的县级单位在（"下花园区"的"园区"不当作功能区）。
    for (const name of ['经济技术开发区', '苏州工业园区', '中西区', '中正区']) expect(byName.has(name), name).toBe(false);
    for (const name of ['泸西县', '瀍河回族区', '南昌县', '清镇市', '下花园区', '沛县']) expect(byName.has(name), name).toBe(true);
    expect(Buffer.byteLength(COUNTIES_BY_CITY)).toBeLessThan(40_000);
  });

  it('在文字里找县名：长的优先，普通词样子的名称要有依据，"区域""县域"不算', () => {
    const names = (text: string) => findCountyNames(text).map((m) => m.name);
    expect(names('武汉市东西湖区人民政府')).toEqual(['东西湖区']);
    expect(names('老城区改造和城区绿化')).toEqual([]);
    expect(names('洛阳市老城区人民政府')).toEqual(['老城区']);
    expect(names('推动江北区域协调发展，包容县域经济')).toEqual([]);
    expect(names('沛县2020年度法治政府建设情况报告')).toEqual(['沛县']);
    expect(names('树叶县里')).toEqual([]);
    expect(findCountyNames('贵阳市白云区人民政府')[0]!.prefixed?.city).toBe('贵阳市');
  });

  it('同名的区：原文提到的市或省分辨；都没提到时分辨不出', () => {
    const guiyang = recogniseRegion([{ text: '2021年，白云区在市委领导下……', where: '正文开头' }], '白云区在贵阳市委领导下');
    expect(guiyang).toMatchObject({ name: '白云区', place: { city: '贵阳市', province: '贵州省' }, clue: '贵阳市' });
    const guangzhou = recogniseRegion([{ text: '白云区人民政府', where: '署名' }], '白云区人民政府 广东省委');
    expect(guangzhou?.place?.city).toBe('广州市');
    const unknown = recogniseRegion([{ text: '白云区人民政府', where: '署名' }], '白云区人民政府');
    expect(unknown?.place).toBeUndefined();
    expect(unknown?.places).toHaveLength(2);
    // 标题里的县名胜过正文里提到的别的县。
    const titled = recogniseRegion(
      [
        { text: '仙居县2023年法治政府建设情况报告', where: '标题' },
        { text: '与天台县、临海市开展执法协作', where: '正文' },
      ],
      '',
    );
    expect(titled?.name).toBe('仙居县');
  });

  it('导入：同名的区原文没有说是哪个市的，提醒核对', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fzbg-unseen-'));
    const file = join(dir, '报告.txt');
    writeFileSync(
      file,
      [
        '白云区2023年法治政府建设情况报告',
        '2023年，白云区坚持依法行政，扎实推进法治政府建设。现将有关情况报告如下：',
        '一、主要工作',
        '健全依法决策机制，规范行政执法行为。',
        '二、存在的问题',
        '基层执法力量不足。',
        '三、下一步打算',
        '加强执法队伍建设。',
        '2024年2月1日',
      ].join('\n'),
    );
    const r = await importReport(file, { out: join(dir, 'data') });
    expect(r.draft?.地区).toBe('白云区');
    expect(r.diagnostics.map((d) => d.code)).toContain('import/region-ambiguous');
    expect(r.yaml).toContain('# 导入：全国有 2 个白云区（广东省广州市、贵州省贵阳市），原文没有说是哪个市的，请核对');
  });
});

describe('网页外壳的样子', () => {
  it('几个"标签：值"、方括号按钮、编码行、一个标签后面是日期或数字；主送、正文、标题不是', () => {
    for (const line of [
      '文章来源：某县司法局 更新时间：2024-02-20 10:32',
      '时间：2023-02-24 浏览次数：',
      '【字体：】 打印',
      '【大】【中】【小】 【打印本页】 【关闭窗口】',
      '11430124MB1D23456T/2023-00217',
      '阅读次数：1024',
    ]) {
      expect(looksLikeChrome(line), line).toBe(true);
    }
    for (const line of [
      '区委：',
      '县委、县人大常委会：',
      '2023年，我县扎实推进法治政府建设。',
      '某县2023年法治政府建设情况报告',
      '202438',
      '【典型案例】某镇综合执法队依法查处一起违法建设案件，当事人自行拆除违建，案件办结后回访满意。',
    ]) {
      expect(looksLikeChrome(line), line).toBe(false);
    }
  });

  it('网页标题之下的文档标题（分两行）和其间的元数据去掉；" | 网站名"去掉；没有标签的日期行记下来', () => {
    const page = stripWebChrome(
      lines([
        '首页 > 政务公开',
        '某某县人民政府关于2023年度法治政府建设情况的报告 | 某某县人民政府网',
        '2024-02-20',
        '作者单位：县司法局 点击：35',
        '某某县人民政府',
        '关于2023年度法治政府建设情况的报告',
        '县委：',
        '2023年，我县扎实推进法治政府建设。',
        '某某县人民政府',
        '2024年2月6日',
      ]),
    );
    expect(page.title?.text).toBe('某某县人民政府关于2023年度法治政府建设情况的报告');
    expect(page.body.map((l) => l.text)).toEqual(['县委：', '2023年，我县扎实推进法治政府建设。', '某某县人民政府', '2024年2月6日']);
    expect(page.meta).toMatchObject({ 正文前的日期行: '2024-02-20', 作者单位: '县司法局', 点击: '35' });
  });
});

describe('日期', () => {
  it('丢了"年""月"的日期：只能拆成一种读法时读出，否则列出各种读法', () => {
    expect(readDamagedDate('202438')).toEqual(['2024-03-08']);
    expect(readDamagedDate('2023228')).toEqual(['2023-02-28']);
    expect(readDamagedDate('2024年38日')).toEqual(['2024-03-08']);
    expect(readDamagedDate('2024112')).toEqual(['2024-01-12', '2024-11-02']);
    expect(readDamagedDate('20241332')).toEqual([]);
    expect(readDamagedDate('2024')).toEqual([]);
  });

  it('按可信程度选：落款 → 拆得开的落款 → 成文日期 → 发布时间 → 别的日期 → 正文前的日期行 → 更新时间；早于报告年度的不用', () => {
    const meta = { 更新时间: '2024-04-02 09:00', 正文前的日期行: '2024-03-01', 发布时间: '2024-03-15 10:20', 日期: '2024-03-10' };
    expect(chooseDate('2024年2月1日', meta, 2023).choice).toMatchObject({ iso: '2024-02-01', source: '落款', trusted: true });
    expect(chooseDate('202438', meta, 2023).choice).toMatchObject({ iso: '2024-03-08', source: '落款（丢了年、月）' });
    expect(chooseDate(undefined, meta, 2023).choice).toMatchObject({ iso: '2024-03-15', source: '发布时间' });
    expect(chooseDate(undefined, { ...meta, 成文日期: '2024-01-30' }, 2023).choice?.source).toBe('成文日期');
    expect(chooseDate(undefined, { 更新时间: '2024-04-02', 正文前的日期行: '2024-03-01' }, 2023).choice?.source).toBe('正文前的日期行');
    expect(chooseDate(undefined, { 更新时间: '2024-04-02' }, 2023).choice?.source).toBe('更新时间');
    expect(chooseDate(undefined, { 发布时间: '2022-12-01' }, 2023).choice).toBeUndefined();
    const ambiguous = chooseDate('2024112', { 发布时间: '2024-03-15' }, 2023);
    expect(ambiguous.choice?.source).toBe('发布时间');
    expect(ambiguous.damaged?.readings).toHaveLength(2);
  });
});

describe('不编号的章、列举', () => {
  it('由开头的话认出存在问题、下步打算；工作段落里顺带提到问题的不算', () => {
    expect(openingKind('全县法治政府建设虽然取得阶段性成效，但工作中还存在一些问题和不足，一是……', false)).toBe('存在问题');
    expect(openingKind('对照目标要求，我县工作中仍有一些短板：一是……', false)).toBe('存在问题');
    expect(openingKind('下一步，县政府将重点做好以下工作：', true)).toBe('下步打算');
    expect(openingKind('2024年，我县将继续深化改革。', true)).toBe('下步打算');
    expect(openingKind('2024年，我县将继续深化改革。', false)).toBeUndefined();
    expect(openingKind('县政府开展执法检查，督促各单位对发现的问题逐项整改，存在问题全部销号。', false)).toBeUndefined();
    expect(openingKind('县政府定期研究法治建设中的重大问题。', false)).toBeUndefined();
  });

  it('跳了号的"一是……三是……"：各条保留序号，指出缺的；接得上的不算', () => {
    expect(splitGappedEnumeration('主要是：一是认识不足。三是力量薄弱。')).toEqual({
      lead: '主要是：',
      items: ['一是认识不足。', '三是力量薄弱。'],
      found: ['一是', '三是'],
      missing: ['二是'],
    });
    expect(splitGappedEnumeration('一是认识不足。二是力量薄弱。')).toBeUndefined();
    expect(splitGappedEnumeration('统一是前提。三是关键。')).toBeUndefined();
  });

  it('没有下级事项的章里有两组列举：第一组是要点，第二组连同它的引语成一个不带标题的事项', () => {
    const source = lines([
      '一、主要工作',
      '县政府扎实推进法治政府建设。',
      '二、存在问题',
      '基层力量薄弱。',
      '三、下步打算',
      '下一步，我们将：一是加强学习；二是规范执法。',
      '同时，一要压实责任，二要强化督查。',
      '确保任务落实。',
    ]);
    const defaults = { 编号: { 一级: '{汉字}、', 二级: '（{汉字}）', 三级: '{数字}.', 四级: '（{数字}）' }, 三级编号连续: false };
    const { structure } = recogniseStructure(source, defaults, 'x.txt', new ImportNotes());
    expect(structure.正文[2]).toEqual({
      类别: ['下步打算'],
      标题: '下步打算',
      导语: ['下一步，我们将：'],
      要点: { 前缀: '一是', 样式: '连写', 条目: ['加强学习；', '规范执法。'] },
      事项: [{ 内容: ['同时，'], 要点: { 前缀: '一要', 样式: '连写', 条目: ['压实责任，', '强化督查。'] } }],
      结语: ['确保任务落实。'],
    });
  });
});

describe('编号', () => {
  it('"（二）标题 1.……"拆成标题和第一项；"1.5万"这样的数字不拆', () => {
    const split = splitSubheadingLines(lines(['（二）规范行政执法 1.推行三项制度。执法信息及时公示。', '（三）开展培训1.5万人次。']));
    expect(split.map((l) => [l.text, l.column ?? 1])).toEqual([
      ['（二）规范行政执法', 1],
      ['1.推行三项制度。执法信息及时公示。', 11],
      ['（三）开展培训1.5万人次。', 1],
    ]);
  });

  it('整篇一行只复制到第一章（有"一、"和"（一）"，没有"二、"）也拆开', () => {
    const text =
      '某县2021年法治政府建设情况报告 2021年，某县坚持依法行政，围绕建设法治政府的目标任务统筹推进各项工作，法治政府建设取得积极成效，现将有关情况报告如下：一、工作情况（一）强化组织保障。县政府把法治政府建设纳入全县目标绩效考核，与经济社会发展同部署、同推进。（二）提升依法决策水平。重大事项决策前广泛征求意见，并经合法性审查和集体讨论决定，确保决策科学民主依法。县政府法律顾问全程参与重大项目谈判和合同审核，防范法律风险。';
    expect(isRunTogether(text)).toBe(true);
    expect(splitRunTogether(lines([text])).map((l) => l.text.slice(0, 8))).toEqual([
      '某县2021年法',
      '2021年，某县',
      '一、工作情况',
      '（一）强化组织保',
      '（二）提升依法决',
    ]);
    expect(isRunTogether('这是一段很长的正文，'.repeat(30) + '一、没有下文。')).toBe(false);
  });
});

describe('按意思认的数字', () => {
  const figuresOf = (text: string) => {
    const draft: Draft = {
      地区: '某县',
      年度: 2023,
      发文机关: '某县人民政府',
      成文日期: '2024-01-01',
      正文: [{ 类别: ['工作情况'], 内容: [text] }],
    };
    const notes = new ImportNotes();
    recogniseFigures(draft, notes);
    return { figures: draft.指标, text: draft.正文[0]!.内容![0], notes: notes.entries() };
  };

  it('行政复议的"接到、立案审理、结案"，话题词在前面的分句里；后面说到诉讼的不算', () => {
    const r = figuresOf('全年接到行政复议申请45件，依法立案审理38件，已结案36件；新发行政诉讼案件27件。');
    expect(r.figures).toEqual({
      行政复议: { 收到申请: { 值: 45 }, 受理: { 值: 38 }, 办结: { 值: 36 } },
      行政应诉: { 案件: { 值: 27 } },
    });
    expect(r.text).toBe(
      '全年接到行政复议申请{{指标.行政复议.收到申请}}件，依法立案审理{{指标.行政复议.受理}}件，已结案{{指标.行政复议.办结}}件；新发行政诉讼案件{{指标.行政应诉.案件}}件。',
    );
  });

  it('"多"和"余"一样是约数；单位不对、没说"行政"的诉讼、话题不对的都不认', () => {
    expect(figuresOf('开展各类普法活动200多场次，受教育群众3万多人次。').figures).toEqual({
      普法: { 宣传活动: { 值: 200, 约: true, 写法: '200多' }, 受众: { 值: 30000, 约: true, 写法: '3万多' } },
    });
    expect(figuresOf('各类普法活动受众2.4万余人。').figures).toBeUndefined();
    expect(figuresOf('以县政府为被告的应诉案件共18件，其中民事诉讼案件3件。').figures).toBeUndefined();
    expect(figuresOf('审计发现违规资金，督促追回资金120万元。').figures).toBeUndefined();
  });

  it('只有名词没有动词："行政复议案件52件"按收到申请导入，注明拿不准', () => {
    const r = figuresOf('全县行政复议案件52件，较上年有所增加。');
    expect(r.figures).toEqual({ 行政复议: { 收到申请: { 值: 52 } } });
    expect(r.notes).toEqual([
      {
        path: ['指标', '行政复议', '收到申请'],
        texts: ['拿不准：原文"全县行政复议案件52件"没有说是收到、受理还是办结，按"行政复议.收到申请"导入，请核对'],
      },
    ]);
  });
});
