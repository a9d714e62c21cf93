/**
 * 收表写数字：只动这些数字所在的行——注释、空行、对齐、引号、别的部分一个字符都不变；
 * 各种写法（一行的数、空着待填、花括号、一项一行、整组写在花括号里、没有这一组、没有"指标"）都写对。
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, parseDocument } from 'yaml';
import type { FigureWrite } from '../src/collect/plan-collect.js';
import { writeFigures } from '../src/collect/write-figures.js';
import { catalogue } from '../src/schema/catalogue.js';

const w = (group: string, field: string, 值: number, more: Partial<FigureWrite> = {}): FigureWrite => ({
  group,
  field,
  值,
  约: false,
  source: `来源：司法局 填报!I${值 % 90}`,
  ...more,
});

const DRAFT = `# yaml-language-server: $schema=../report.schema.json
地区: 测试县   # 注释一
指标:
  学法:
    常务会议学法: 8        # 上年：6
    专题培训班: # 上年：2
    法治讲座:
  行政复议: {收到申请: 233, 受理: 177}  # 组注释
  普法:
    受众:
      值: # 上年：8万余
      约: true
      写法: 8万余
    宣传活动: {值: 300, 约: true}   # 注
  # 末尾注释
正文: []
`;

describe('写数字的各种情形', () => {
  it('一行的数、空着待填、花括号、一项一行、整组花括号、新的组和新的字段', () => {
    const out = writeFigures(DRAFT, [
      w('学法', '专题培训班', 3),
      w('学法', '法治讲座', 4, { 约: true }),
      w('学法', '常务会议学法', 9, { replaced: '8' }),
      w('学法', '培训领导干部', 120),
      w('行政复议', '受理', 180),
      w('普法', '受众', 85000, { 约: true }),
      w('普法', '宣传活动', 320, { 口径: '1—11月' }),
      w('审计', '项目', 12),
      w('自定义', '直播: 普法', 30),
    ]);
    expect(out).toBe(`# yaml-language-server: $schema=../report.schema.json
地区: 测试县   # 注释一
指标:
  学法:
    常务会议学法: 9        # 上年：6；原为 8；来源：司法局 填报!I9
    专题培训班: 3  # 上年：2；来源：司法局 填报!I3
    法治讲座: {值: 4, 约: true}  # 来源：司法局 填报!I4
    培训领导干部: 120  # 来源：司法局 填报!I30
  行政复议:  # 组注释
    收到申请: 233
    受理: 180  # 来源：司法局 填报!I0
  普法:
    受众:
      值: 85000  # 上年：8万余；来源：司法局 填报!I40
      约: true
    宣传活动: {值: 320, 口径: 1—11月}  # 注；来源：司法局 填报!I50
  审计:
    项目: 12  # 来源：司法局 填报!I12
  自定义:
    "直播: 普法": 30  # 来源：司法局 填报!I30
  # 末尾注释
正文: []
`);
  });

  it('再收一次：旧的来源换成新的，别的注释留着', () => {
    const once = writeFigures(DRAFT, [w('学法', '专题培训班', 3)]);
    const twice = writeFigures(once, [{ ...w('学法', '专题培训班', 5), source: '来源：组织部 填报!I6', replaced: '3' }]);
    expect(twice).toContain('专题培训班: 5  # 上年：2；原为 3；来源：组织部 填报!I6');
    expect(twice).not.toContain('填报!I3');
  });

  it('没有"指标"时插在正文前面；"指标"空着、写在花括号里时也写得进去', () => {
    const head = '地区: 测试县\n年度: 2024\n';
    expect(writeFigures(`${head}正文: []\n`, [w('行政复议', '受理', 5)])).toBe(
      `${head}指标:\n  行政复议:\n    受理: 5  # 来源：司法局 填报!I5\n正文: []\n`,
    );
    expect(writeFigures(`${head}指标:\n正文: []\n`, [w('行政复议', '受理', 5)])).toBe(
      `${head}指标:\n  行政复议:\n    受理: 5  # 来源：司法局 填报!I5\n正文: []\n`,
    );
    expect(writeFigures(`${head}指标: {}\n正文: []\n`, [w('行政复议', '受理', 5)])).toBe(
      `${head}指标:\n  行政复议:\n    受理: 5  # 来源：司法局 填报!I5\n正文: []\n`,
    );
    expect(writeFigures(`${head}指标: {行政复议: {受理: 1}}`, [w('行政复议', '受理', 5)])).toBe(
      `${head}指标:\n  行政复议:\n    受理: 5  # 来源：司法局 填报!I5`,
    );
  });

  it('Windows 的换行（\\r\\n）：新插的行也用 \\r\\n，别的行不变', () => {
    const crlf = DRAFT.replace(/\n/g, '\r\n');
    const out = writeFigures(crlf, [w('审计', '项目', 12), w('学法', '专题培训班', 3)]);
    expect(out.replace(/\r\n/g, '')).not.toContain('\n');
    expect(out).toBe(writeFigures(DRAFT, [w('审计', '项目', 12), w('学法', '专题培训班', 3)]).replace(/\n/g, '\r\n'));
  });

  it('写法：新值与旧的"8万余"对不上时去掉；"汉字"留着；部门写"1.2万"时记下', () => {
    const text = '指标:\n  学法:\n    专题培训班: {值: 3, 写法: 汉字}\n  普法:\n    受众: {值: 80000, 约: true, 写法: 8万余, 备注: 累计}\n';
    const out = writeFigures(text, [w('学法', '专题培训班', 4), w('普法', '受众', 12000, { 写法: '1.2万' })]);
    expect(parse(out).指标).toEqual({
      学法: { 专题培训班: { 值: 4, 写法: '汉字' } },
      普法: { 受众: { 值: 12000, 写法: '1.2万', 备注: '累计' } },
    });
  });
});

/** 样例里"指标"所在的几行（从"指标:"到下一个顶层键之前）。 */
function figuresRange(text: string): [number, number] {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.startsWith('指标:'));
  const end = lines.findIndex((l, i) => i > start && /^\S/.test(l) && !l.startsWith('#'));
  return [start, end];
}

const SAMPLES = ['data/示例县/2024.yaml', 'data/南昌县/2023.yaml', 'data/泸西县/2020.yaml', 'data/清镇市/2015.yaml'].map((f) =>
  readFileSync(f, 'utf8'),
);
const KEYS = Object.entries(catalogue).flatMap(([g, s]) => Object.keys(s.字段).map((f) => [g, f] as const));

describe('性质：随便写哪些数字进样例', () => {
  it('数据正是写的数，别的数据不变；原来的注释都在；"指标"以外的行一个字符不变', () => {
    const write = fc.record({
      key: fc.constantFrom(...KEYS),
      值: fc.integer({ min: 0, max: 99999 }),
      约: fc.boolean(),
      口径: fc.option(fc.constantFrom('1—11月', '1—6月'), { nil: undefined }),
    });
    fc.assert(
      fc.property(
        fc.constantFrom(...SAMPLES.keys()),
        fc.uniqueArray(write, { selector: (x) => x.key.join('.'), maxLength: 12 }),
        (i, writes) => {
          const text = SAMPLES[i] ?? '';
          const list = writes.map((x) => w(x.key[0], x.key[1], x.值, { 约: x.约, ...(x.口径 ? { 口径: x.口径 } : {}) }));
          const out = writeFigures(text, list);
          const doc = parseDocument(out);
          expect(doc.errors).toEqual([]);
          const before = parse(text);
          const after = doc.toJS();
          for (const x of list) {
            const v = after.指标[x.group][x.field];
            const old = before.指标?.[x.group]?.[x.field];
            expect(typeof v === 'number' ? { 值: v } : v).toMatchObject({
              值: x.值,
              ...(x.约 ? { 约: true } : {}),
              ...(x.口径 ? { 口径: x.口径 } : {}),
            });
            if (!x.约) expect(v.约).toBeUndefined();
            if (!x.口径) expect(v.口径).toBeUndefined();
            // 原来的单位、备注留着
            for (const k of ['单位', '备注']) if (old && typeof old === 'object' && old[k] !== undefined) expect(v[k]).toBe(old[k]);
            delete after.指标[x.group][x.field];
            if (before.指标?.[x.group]) delete before.指标[x.group][x.field];
          }
          for (const g of Object.keys(after.指标)) if (Object.keys(after.指标[g]).length === 0 && !before.指标?.[g]) delete after.指标[g];
          expect(after).toEqual(before);
          for (const comment of text.match(/#.*$/gm) ?? []) expect(out).toContain(comment.replace(/^#\s?/, '').trim());
          const [s0, e0] = figuresRange(text);
          const [s1, e1] = figuresRange(out);
          const a = text.split('\n');
          const b = out.split('\n');
          expect(b.slice(0, s1)).toEqual(a.slice(0, s0));
          expect(b.slice(e1)).toEqual(a.slice(e0));
        },
      ),
      { numRuns: 40 },
    );
  });
});
