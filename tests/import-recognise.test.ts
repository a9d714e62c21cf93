/** 导入的各步单独测：章的类别、编号、列举、标点、网页外壳、年份。 */
import { describe, expect, it } from 'vitest';
import { classifyChapter } from '../src/import/classify-chapter.js';
import { detectMarker } from '../src/import/detect-marker.js';
import { findNumberTokens } from '../src/import/find-number-tokens.js';
import { toFullWidthPunctuation } from '../src/import/normalise-punctuation.js';
import { enumerationStart, splitInlineEnumeration } from '../src/import/recognise-enumeration.js';
import { isoDate, regionOf } from '../src/import/recognise-frame.js';
import { replaceYearWords } from '../src/import/replace-year-words.js';
import { isChromeLine, stripWebChrome } from '../src/import/strip-web-chrome.js';

describe('章的类别', () => {
  it.each([
    ['2023年法治政府建设主要工作及成效', ['工作情况']],
    ['依法行政工作开展情况', ['工作情况']],
    ['法治政府建设推进情况', ['工作情况']],
    ['存在的主要问题', ['存在问题']],
    ['存在的不足和原因', ['存在问题']],
    ['主要负责人履行职责情况', ['履职情况']],
    ['党政主要负责人履行推进法治建设第一责任人职责情况', ['履职情况']],
    ['有关意见建议', ['意见建议']],
    ['2024年工作打算', ['下步打算']],
    ['下步工作重点', ['下步打算']],
    ['下一步工作安排', ['下步打算']],
    ['存在问题及下步打算', ['存在问题', '下步打算']],
    ['依法全面履行政府职能', []],
  ])('%s → %j', (title, kinds) => {
    expect(classifyChapter(title)).toEqual(kinds);
  });
});

describe('段首编号', () => {
  it.each([
    ['一、主要工作', 1, 1],
    ['十二、其他', 1, 12],
    ['（三）强化执法', 2, 3],
    ['(三)强化执法', 2, 3],
    ['1.深入学习', 3, 1],
    ['19.深入开展全民普法', 3, 19],
    ['2、加强依法行政的教育和培训', 3, 2],
    ['（1）组织培训', 4, 1],
    ['(2)组织培训', 4, 2],
  ])('%s → 第 %i 级，第 %i 项', (text, kind, n) => {
    expect(detectMarker(text)).toMatchObject({ kind, n, weak: false });
  });

  it('只有数字、后面直接是文字的算"弱"编号；数量、日期、小数、年份不是编号', () => {
    expect(detectMarker('4充分发挥法律顾问队伍作用')).toMatchObject({ kind: 3, n: 4, weak: true });
    for (const text of ['3家单位参加培训', '12月底前完成', '1.5小时内办结', '2023年，我县', '1—11月，共调解', '一是加强领导']) {
      expect(detectMarker(text)).toBeUndefined();
    }
  });
});

describe('一是、二是', () => {
  it('段中接着写的：引语和各条，接得上的才算，嵌套的"一是"留在条目里', () => {
    expect(
      splitInlineEnumeration('为此，我们一是完善程序；二是推进责任制。三是规范决策，严把“三关”。一是严把范围关；二是严把程序关。'),
    ).toEqual({
      lead: '为此，我们',
      prefix: '一是',
      items: ['完善程序；', '推进责任制。', '规范决策，严把“三关”。一是严把范围关；二是严把程序关。'],
    });
    expect(splitInlineEnumeration('一要完善制度。二要加强宣传。')).toEqual({
      lead: '',
      prefix: '一要',
      items: ['完善制度。', '加强宣传。'],
    });
  });

  it('只有"一是"、"统一是"、十一是不算', () => {
    expect(splitInlineEnumeration('一是加强领导，落实责任。')).toBeUndefined();
    expect(splitInlineEnumeration('标准统一是前提，二是关键')).toBeUndefined();
    expect(enumerationStart('三是破解法治难题。')).toEqual({ n: 3, prefix: '一是', rest: '破解法治难题。' });
    expect(enumerationStart('一是')).toBeUndefined();
  });
});

describe('网页外壳', () => {
  it('元数据、浏览量、分享、打印、上一篇、页脚是外壳；正文段落不是', () => {
    for (const line of [
      '索引号: l379250--2024-0012 主题分类: 综合政务',
      '• 字体【 】',
      '日期:2022-03-01浏览次数:9038',
      '发布时间: 字体: 点击量:次 打印本页 关闭本页 视力保护色:',
      '上一篇:',
      '扫码浏览',
      '关于我们| 隐私声明| 版权保护| 联系方式| 网站地图',
      '备案号:黔ICP备17007658号 贵公网安备 52018102008101号',
    ]) {
      expect(isChromeLine(line), line).toBe(true);
    }
    expect(isChromeLine('2021年,瀍河回族区坚持以习近平新时代中国特色社会主义思想为指导。')).toBe(false);
    // 标签后面要有冒号、空格或什么也没有：以"地址""来源"开头的正文句子不是外壳
    expect(isChromeLine('地址和电话已在网站公布，方便群众办事。')).toBe(false);
    expect(isChromeLine('来源于群众的意见建议全部办结。')).toBe(false);
  });

  it('标签和值分两行的元数据（信息名称 → 标题），标题之前的都丢掉，日期之后的页脚也丢掉', () => {
    const lines = [
      '索引号',
      '000014348/2021-03550',
      '发布机构',
      '中共某某县人民政府党组',
      '信息名称',
      '某某县2020年法治政府建设工作情况的报告',
      '县委常委会:',
      '2020年，我县推进法治政府建设。',
      '某某县人民政府',
      '2020年12月28日',
      '上一篇:',
      '主办:某某县人民政府',
    ].map((text, i) => ({ text, line: i + 1 }));
    const page = stripWebChrome(lines);
    expect(page.title?.text).toBe('某某县2020年法治政府建设工作情况的报告');
    expect(page.meta['发布机构']).toBe('中共某某县人民政府党组');
    expect(page.body.map((l) => l.text)).toEqual(['县委常委会:', '2020年，我县推进法治政府建设。', '某某县人民政府', '2020年12月28日']);
  });
});

describe('标点、地区、日期、年份', () => {
  it('中文旁边的半角标点改全角；数字之间的不动', () => {
    expect(toFullWidthPunctuation('(一)强化领导,建立机制;全年1,200件,时间10:30。')).toBe(
      '（一）强化领导，建立机制；全年1,200件，时间10:30。',
    );
    expect(toFullWidthPunctuation('开展经济责任审计21个, 重大政策跟踪审计1个')).toBe('开展经济责任审计21个，重大政策跟踪审计1个');
  });

  it('地区取发文机关里最后一级的县（市、区）', () => {
    expect(regionOf('中共泸西县人民政府党组')).toBe('泸西县');
    expect(regionOf('洛阳市瀍河回族区人民政府')).toBe('瀍河回族区');
    expect(regionOf('深入推进依法行政 全力建设法治政府—清镇市2015年依法行政工作情况报告')).toBe('清镇市');
    // 区划表里没有的名字（虚构的、新设的）按样子认：开头的年份不算进去
    expect(regionOf('2020年某某区法治政府建设情况报告')).toBe('某某区');
  });

  it('成文日期：阿拉伯数字、汉字、横线', () => {
    expect(isoDate('2020年12月28日')).toBe('2020-12-28');
    expect(isoDate('二〇二四年一月二十五日')).toBe('2024-01-25');
    expect(isoDate('2024-01-25')).toBe('2024-01-25');
  });

  it('说报告年度的年份改成 {{年度}}；日期、书名号和括号里的、目标年份、标题中间的不改', () => {
    expect(replaceYearWords('2023年，我县开展了2023年度专项行动。2024年将继续。', 2023)).toBe(
      '{{年度}}年，我县开展了{{年度}}年度专项行动。{{下一年度}}年将继续。',
    );
    expect(
      replaceYearWords('2023年3月10日召开会议，落实《纲要（2021—2025年）》，为2023年基本建成打基础。某县2023年依法行政工作', 2023),
    ).toBe('2023年3月10日召开会议，落实《纲要（2021—2025年）》，为2023年基本建成打基础。某县2023年依法行政工作');
    expect(replaceYearWords('2023年1—11月，共调解', 2023)).toBe('{{年度}}年1—11月，共调解');
  });
});

describe('数字', () => {
  it('带单位的数字：万、余、汉字数字；日期、范围、文号、书名号、引号里的不算', () => {
    const text =
      '根据《纲要（2021—2025年）》（某发〔2021〕23号），2023年3月15日起，1—11月共调解1200余件，受众2.4万余人次，发放资料万余份，举办三期培训班，“12348”热线，挽回损失1849.8万元。';
    expect(findNumberTokens(text).map((t) => [t.raw, t.unit])).toEqual([
      ['1200余', '件'],
      ['2.4万余', '人次'],
      ['万余', '份'],
      ['三', '期'],
      ['1849.8', '万元'],
    ]);
  });
});
