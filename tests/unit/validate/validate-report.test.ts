/** 校验一个文件的数据：合格、修补过（只能往下检查）、不合格。 */
import { describe, expect, it } from 'vitest';
import { SourceFile } from '../../../src/load/source-file.js';
import { validateReport } from '../../../src/validate/validate-report.js';
import { isValid, REPORT_SCHEMA } from '../../../src/validate/validate-schema.js';

const HEAD = '地区: 测试县\n年度: 2023\n发文机关: 测试县人民政府\n成文日期: 2024-01-25\n';
const BODY = '正文:\n  - {类别: 工作情况, 内容: 甲。}\n';
const check = (text: string) => validateReport(new SourceFile('data/测试县/2023.yaml', Buffer.from(text, 'utf8')));

describe('validateReport', () => {
  it('合格：valid，数据就是读出来的，没有问题', () => {
    const r = check(HEAD + BODY);
    expect(r.kind).toBe('valid');
    if (r.kind === 'valid') expect(r.report.正文[0]).toEqual({ 类别: '工作情况', 内容: '甲。' });
    expect(r.diagnostics).toEqual([]);
  });

  it('能修补的：repaired，记下修补的地方，问题带行列', () => {
    const r = check(HEAD + '附注: 123\n指标:\n  行政复议: {受理: 177件}\n' + BODY);
    expect(r.kind).toBe('repaired');
    if (r.kind !== 'repaired') return;
    expect(r.repairedPaths).toEqual([['附注'], ['指标', '行政复议', '受理']]);
    expect(r.report.指标?.行政复议?.受理).toBeNull();
    expect(r.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['schema/type', 5],
      ['schema/figure', 7],
    ]);
    expect(isValid(REPORT_SCHEMA, r.report)).toBe(true);
  });

  it('改不了的（缺必填项）：invalid，只有问题', () => {
    const r = check('地区: 测试县\n年度: 2023\n' + BODY);
    expect(r.kind).toBe('invalid');
    expect(r.diagnostics.map((d) => d.code)).toEqual(['schema/required', 'schema/required']);
  });

  it('写错的必填项（成文日其、类型）：当作它最像的键往下查，只报"不认识的键"一条', () => {
    const date = check(HEAD.replace('成文日期:', '成文日其:') + BODY);
    expect(date.kind).toBe('repaired');
    expect(date.diagnostics.map((d) => [d.code, d.line])).toEqual([['schema/unknown-key', 4]]);
    if (date.kind === 'repaired') expect(date.report.成文日期).toBe('2024-01-25');
    const kind = check(HEAD + BODY.replace('类别:', '类型:'));
    expect(kind.kind).toBe('repaired');
    expect(kind.diagnostics.map((d) => d.code)).toEqual(['schema/unknown-key']);
    expect(kind.diagnostics[0]?.fix).toContain('"类别"');
  });

  it('写错的键改过来也补不上缺的必填项：照旧两条都报', () => {
    const r = check(HEAD.replace('发文机关: 测试县人民政府\n', '') + BODY.replace('类别:', '类型:'));
    expect(r.kind).toBe('invalid');
    expect(r.diagnostics.map((d) => d.code).sort()).toEqual(['schema/required', 'schema/required', 'schema/unknown-key']);
  });

  it('YAML 读不出数据：invalid，没有数据格式的问题（YAML 的问题在 SourceFile 里）', () => {
    expect(check('地区: [\n')).toEqual({ kind: 'invalid', diagnostics: [] });
  });

  it('空文件：file/empty', () => {
    expect(check('# 只有注释\n').diagnostics.map((d) => d.code)).toEqual(['file/empty']);
  });
});
