/** 办事员的手误，在 YAML 解析之前逐行找出来：全角冒号、冒号后没空格、Tab 缩进、中文逗号、没关上的引号。 */
import { describe, expect, it } from 'vitest';
import { expandLeadingTabs, findClerkMistakes, unclosedQuoteLine } from '../../../src/load/clerk-mistakes.js';

const KEYS = new Set(['地区', '年度', '正文', '类别', '内容', '标题', '主送', '行政复议', '收到申请', '受理']);
const find = (text: string) =>
  findClerkMistakes(text, 'a.yaml', KEYS).map((d) => ({ code: d.code, line: d.line, column: d.column, severity: d.severity }));

describe('findClerkMistakes', () => {
  it('键后面的全角冒号：指到"："那一列', () => {
    expect(find('地区：南昌县\n年度: 2023')).toEqual([{ code: 'yaml/full-width-colon', line: 1, column: 3, severity: 'error' }]);
  });

  it('列表项里、花括号里的键也算；不认识的键不算', () => {
    expect(find('正文:\n  - 类别：工作情况\n    备忘：不管')).toEqual([
      { code: 'yaml/full-width-colon', line: 2, column: 7, severity: 'error' },
    ]);
    expect(find('行政复议: {收到申请：233, 受理: 1}')).toEqual([{ code: 'yaml/full-width-colon', line: 1, column: 12, severity: 'error' }]);
  });

  it('文字里的全角冒号不算', () => {
    expect(find('内容: 主要做法：一是……\n标题: "注意：这里"')).toEqual([]);
  });

  it('说明里写出键名和改法', () => {
    const [d] = findClerkMistakes('年度：2023', 'a.yaml', KEYS);
    expect(d?.message).toContain('"年度"');
    expect(d?.fix).toContain('年度: …');
  });

  it('冒号后面没有空格：指到冒号那一列；网址、路径那样的不算', () => {
    expect(find('年度:2023')).toEqual([{ code: 'yaml/colon-space', line: 1, column: 3, severity: 'error' }]);
    expect(find('  - 类别:工作情况')).toEqual([{ code: 'yaml/colon-space', line: 1, column: 7, severity: 'error' }]);
    expect(find('地区:/南昌县')).toEqual([]);
    expect(find('备忘:2023')).toEqual([]);
  });

  it('行首的 Tab：指到 Tab 那一列', () => {
    expect(find('正文:\n\t- 类别: 工作情况')).toEqual([{ code: 'yaml/tab-indent', line: 2, column: 1, severity: 'error' }]);
    expect(find('正文:\n  \t- 类别: 工作情况')).toEqual([{ code: 'yaml/tab-indent', line: 2, column: 3, severity: 'error' }]);
    expect(find('内容: 甲\t乙')).toEqual([]);
  });

  it('花括号里的中文逗号：错误，指到"，"', () => {
    expect(find('行政复议: {收到申请: 233，受理: 177}')).toEqual([
      { code: 'yaml/full-width-comma', line: 1, column: 17, severity: 'error' },
    ]);
  });

  it('方括号里只用了中文逗号：警告（也可能本来就是一项）；有英文逗号时不管', () => {
    expect(find('主送: [县委，县人大常委会]')).toEqual([{ code: 'yaml/full-width-comma', line: 1, column: 8, severity: 'warning' }]);
    expect(find('主送: [县委, 县人大，县政协]')).toEqual([]);
  });

  it('注释行不查；块文字（| 和 >）里面的行不查，块结束后照查', () => {
    expect(find('# 地区：南昌县\n内容: |\n  年度：2023\n  年度:2023\n\n  \t甲\n年度：2023')).toEqual([
      { code: 'yaml/full-width-colon', line: 7, column: 3, severity: 'error' },
    ]);
    expect(find('内容: >-\n  地区：南昌县\n')).toEqual([]);
  });

  it('Windows 的换行（\\r\\n）照样按行算', () => {
    expect(find('地区: 南昌县\r\n年度：2023\r\n')).toEqual([{ code: 'yaml/full-width-colon', line: 2, column: 3, severity: 'error' }]);
  });
});

describe('unclosedQuoteLine', () => {
  it('双引号个数是奇数的第一行：指到最后一个引号', () => {
    expect(unclosedQuoteLine('地区: 南昌县\n标题: "2023年度报告\n年度: 2023')).toEqual({ line: 2, column: 5 });
  });

  it('成对的、转义的双引号不算', () => {
    expect(unclosedQuoteLine('标题: "甲"\n内容: "他说\\"好\\""')).toBeUndefined();
  });

  it('值以单引号开头、行末却没有：指到那个单引号', () => {
    expect(unclosedQuoteLine("标题: '2023年度报告")).toEqual({ line: 1, column: 5 });
    expect(unclosedQuoteLine("  - '甲乙")).toEqual({ line: 1, column: 5 });
  });

  it('单引号关上了、或只是文字里的撇号：不算', () => {
    expect(unclosedQuoteLine("标题: '甲'  # 注释\n内容: it's ok")).toBeUndefined();
  });

  it('注释行里的引号不算', () => {
    expect(unclosedQuoteLine('# 写成 "甲\n地区: 乙')).toBeUndefined();
  });
});

describe('expandLeadingTabs', () => {
  it('只换行首的 Tab，文字中间的不动', () => {
    expect(expandLeadingTabs('\t\t甲\t乙\n \t丙', 2)).toBe('    甲\t乙\n   丙');
    expect(expandLeadingTabs('\t甲', 4)).toBe('    甲');
  });
});
