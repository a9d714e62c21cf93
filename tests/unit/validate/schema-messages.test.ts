/**
 * Ajv 的错误 → 办事员看得懂的中文：字段的中文名、写成了什么、怎么改（数字里的单位、余、%，日期的写法，最接近的键）。
 * 用真的 Schema 和 Ajv 产生错误，只看翻译出来的问题。
 */
import type { ErrorObject } from 'ajv';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../src/diagnostics/diagnostic.js';
import { collapseAnyOf } from '../../../src/validate/schema-messages.js';
import { REPORT_SCHEMA, validateAgainst } from '../../../src/validate/validate-schema.js';

const base = { 地区: '测试县', 年度: 2023, 发文机关: '测试县人民政府', 成文日期: '2024-01-25', 正文: [{ 类别: '工作情况', 内容: '甲' }] };

/** 校验一份数据，返回翻译出来的问题（位置不要紧）。 */
function problems(data: Record<string, unknown>): Problem[] {
  const r = validateAgainst(REPORT_SCHEMA, {
    file: 'a.yaml',
    data,
    positionOf: () => ({ line: 1, column: 1 }),
    positionInText: () => ({ line: 1, column: 1 }),
    textAt: () => undefined,
  });
  return r.ok ? [] : r.problems;
}

function only(data: Record<string, unknown>): Problem {
  const list = problems(data);
  expect(list).toHaveLength(1);
  return list[0]!;
}

const figures = (指标: unknown) => ({ ...base, 指标 });

describe('数字写错（numberFix）', () => {
  it.each([
    [{ 行政复议: { 收到申请: '233件' } }, '请去掉单位"件"，只写数字 233（单位由正文写出）。'],
    [{ 行政复议: { 收到申请: '20余件' } }, '约数写成 {值: 20, 约: true}，单位"件"不用写。'],
    [{ 行政复议: { 收到申请: '20余' } }, '约数写成 {值: 20, 约: true}。'],
    [{ 人民调解: { 成功率: '99.7%' } }, '比率不写 % 号：写 99.7。'],
    [{ 行政复议: { 收到申请: '233' } }, '去掉引号，写成数字 233。'],
    [{ 行政复议: { 收到申请: ' 233 ' } }, '去掉引号，写成数字 233。'],
  ])('%j：%s', (指标, fix) => {
    const p = only(figures(指标));
    expect(p.code).toBe('schema/figure');
    expect(p.fix).toBe(fix);
  });

  it('说明里有字段的中文名、应为什么、写成了什么', () => {
    expect(only(figures({ 行政复议: { 收到申请: '233件' } }))).toMatchObject({
      path: ['指标', '行政复议', '收到申请'],
      message: '"收到申请"（收到行政复议申请）应为不小于 0 的整数，写成了"233件"。',
    });
    expect(only(figures({ 人民调解: { 成功率: 120 } })).message).toContain('应为0到100之间的数，写成了120');
  });

  it('看不出怎么改的（小数、超出范围）：说应写什么', () => {
    expect(only(figures({ 行政复议: { 收到申请: 2.5 } })).fix).toBe('写一个不小于 0 的整数，或写成 {值: …, 约: true}。');
  });

  it('很长的文字在说明里截到 30 个字', () => {
    expect(only(figures({ 行政复议: { 收到申请: '一'.repeat(40) } })).message).toContain(`"${'一'.repeat(30)}…"`);
  });
});

describe('日期写错（dateFix）', () => {
  it.each([
    ['2024.1.25', '2024-01-25'],
    ['2024年1月5日', '2024-01-05'],
    ['2024/12/5', '2024-12-05'],
    ['2024-1-25', '2024-01-25'],
  ])('%s → 应写 %s', (written, iso) => {
    const p = only({ ...base, 成文日期: written });
    expect(p.code).toBe('schema/pattern');
    expect(p.fix).toBe(`日期写成 年-月-日，月和日都写两位：${iso}。`);
  });

  it('写成数字 20240125：类型不对，也给出应写的样子', () => {
    expect(only({ ...base, 成文日期: 20240125 })).toMatchObject({
      code: 'schema/type',
      fix: '日期写成 年-月-日，月和日都写两位：2024-01-25。',
    });
  });

  it('看不出是日期的：用 Schema 的说明', () => {
    const p = only({ ...base, 成文日期: '明年一月' });
    expect(p.fix).not.toContain('月和日都写两位');
    expect(p.fix).toBeTruthy();
  });
});

describe('describeSchemaError', () => {
  it('年度写成了文字"2023"：应为整数，去掉引号', () => {
    expect(only({ ...base, 年度: '2023' })).toMatchObject({ code: 'schema/type', path: ['年度'], fix: '去掉引号，写成数字 2023。' });
  });

  it('不认识的键：指向键，猜最接近的', () => {
    expect(only({ ...base, 标提: '甲' })).toEqual({
      code: 'schema/unknown-key',
      severity: 'error',
      path: ['标提'],
      message: '不认识的键"标提"。',
      at: { key: true },
      fix: '是不是要写"标题"？',
    });
  });

  it('不认识、也猜不出的键：列出这一层能写的键', () => {
    expect(only({ ...base, 备忘录: '甲' }).fix).toMatch(/^这一层可以写的键：地区、年度、发文机关/);
  });

  it('缺了必填项：指向上一级的键，说加在哪里', () => {
    const { 发文机关: _omit, ...rest } = base;
    expect(only(rest)).toMatchObject({ code: 'schema/required', path: [], at: { key: true }, fix: '在文件顶层加一行 "发文机关: …"。' });
    expect(only({ ...base, 正文: [{ 内容: '甲' }] })).toMatchObject({ code: 'schema/required', path: ['正文', 0] });
  });

  it('事项超过四级：schema/too-deep', () => {
    const deep = { 标题: '甲', 事项: [{ 标题: '乙', 事项: [{ 标题: '丙', 事项: [{ 标题: '丁' }] }] }] };
    expect(only({ ...base, 正文: [{ 类别: '工作情况', 事项: [deep] }] })).toMatchObject({
      code: 'schema/too-deep',
      path: ['正文', 0, '事项', 0, '事项', 0, '事项', 0, '事项'],
    });
  });

  it('类别写错：列出能写的，猜最接近的', () => {
    const p = only({ ...base, 正文: [{ 类别: '工作情形', 内容: '甲' }] });
    expect(p.code).toBe('schema/form');
    expect(p.fix).toBe('是不是要写"工作情况"？可以写：工作情况、存在问题、履职情况、下步打算、意见建议、其他。');
  });

  it('只能选几个值的项：schema/enum，猜最接近的', () => {
    const p = only({ ...base, 正文: [{ 类别: '工作情况', 要点: { 样式: '连写了', 条目: ['甲'] } }] });
    expect(p).toMatchObject({ code: 'schema/enum', path: ['正文', 0, '要点', '样式'], fix: '是不是要写"连写"？' });
    expect(p.message).toBe('"样式"应为 分段、连写 之一，写成了"连写了"。');
  });

  it('文字被 YAML 读成了一组键值（冒号）：schema/colon-in-text', () => {
    expect(only({ ...base, 标题: { '2023年工作报告 注意': '甲' } })).toMatchObject({ code: 'schema/colon-in-text', path: ['标题'] });
  });

  it('空的文字、空的列表', () => {
    expect(only({ ...base, 地区: '' })).toMatchObject({ code: 'schema/empty', message: '"地区"不能为空。' });
    expect(only({ ...base, 正文: [] })).toMatchObject({ code: 'schema/min-items', message: '"正文"至少要写 1 项。' });
  });

  it('列表的一项用"第 n 项"称呼', () => {
    expect(only({ ...base, 主送: ['县委', 3] }).message).toMatch(/第 2 项/);
  });

  it('一次报出全部问题', () => {
    expect(
      problems({ ...base, 年度: '2023', 标提: '甲', 指标: { 行政复议: { 受理: '1件' } } })
        .map((p) => p.code)
        .sort(),
    ).toEqual(['schema/figure', 'schema/type', 'schema/unknown-key']);
  });
});

describe('collapseAnyOf', () => {
  const e = (keyword: string, instancePath: string, schemaPath: string): ErrorObject => ({ keyword, instancePath, schemaPath, params: {} });

  it('anyOf 各分支在同一层的失败去掉，只留 anyOf 那条', () => {
    const anyOf = e('anyOf', '/a', '#/properties/a/anyOf');
    const errors = [e('type', '/a', '#/properties/a/anyOf/0/type'), e('type', '/a', '#/properties/a/anyOf/1/type'), anyOf];
    expect(collapseAnyOf(errors)).toEqual([anyOf]);
  });

  it('分支里有更深一层的失败时，留更深的，去掉 anyOf', () => {
    const deeper = e('additionalProperties', '/a/b', '#/properties/a/anyOf/1/properties/b/additionalProperties');
    const errors = [e('type', '/a', '#/properties/a/anyOf/0/type'), deeper, e('anyOf', '/a', '#/properties/a/anyOf')];
    expect(collapseAnyOf(errors)).toEqual([deeper]);
  });

  it('别处的失败不动', () => {
    const other = e('type', '/b', '#/properties/b/type');
    expect(collapseAnyOf([other, e('anyOf', '/a', '#/properties/a/anyOf')])).toContain(other);
  });
});
