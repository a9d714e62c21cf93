/** 数据格式有错时修补一份只用来往下检查的数据：写错的数字当作没填，不认识的键、写错的可选项去掉，日期换成占位。 */
import { describe, expect, it } from 'vitest';
import { repairForChecking, type SchemaProblemAt } from '../../../src/validate/repair-for-checking.js';

const data = () => ({
  地区: '测试县',
  年度: 2023,
  发文机关: '测试县人民政府',
  成文日期: '2024.1.25',
  附注: 123,
  备忘: '不认识',
  指标: { 行政复议: { 收到申请: '233件', 受理: 177 }, 自定义: { 直播: { 值: '三十', 约: true } } },
  正文: [{ 类别: '工作情况', 内容: '甲', 标题单列: 'yes' }],
});

const at = (code: string, ...path: (string | number)[]): SchemaProblemAt => ({ code, path });

describe('repairForChecking', () => {
  it('指标里写错的数字当作没填（null），记下到字段为止的路径', () => {
    const r = repairForChecking(data(), [at('schema/figure', '指标', '行政复议', '收到申请')]);
    expect(r?.data).toMatchObject({ 指标: { 行政复议: { 收到申请: null, 受理: 177 } } });
    expect(r?.paths).toEqual([['指标', '行政复议', '收到申请']]);
  });

  it('{值: …} 里写错的也把整个数字当作没填', () => {
    const r = repairForChecking({ ...data(), 指标: { 行政复议: { 受理: { 值: '177件' } } } }, [
      at('schema/figure', '指标', '行政复议', '受理', '值'),
    ]);
    expect(r?.data).toMatchObject({ 指标: { 行政复议: { 受理: null } } });
    expect(r?.paths).toEqual([['指标', '行政复议', '受理']]);
  });

  it('写错的成文日期换成下一年的 1 月 1 日；年度也写错时用 2001-01-01', () => {
    expect(repairForChecking(data(), [at('schema/pattern', '成文日期')])?.data).toMatchObject({ 成文日期: '2024-01-01' });
    expect(repairForChecking({ ...data(), 年度: '二〇二三' }, [at('schema/pattern', '成文日期')])?.data).toMatchObject({
      成文日期: '2001-01-01',
    });
  });

  it('不认识的键、写错的可选项去掉', () => {
    const r = repairForChecking(data(), [
      at('schema/unknown-key', '备忘'),
      at('schema/type', '附注'),
      at('schema/type', '正文', 0, '标题单列'),
      at('schema/unknown-key', '指标', '行政复议', '不认识'),
    ]);
    expect(r).toBeDefined();
    const repaired = r?.data as Record<string, unknown>;
    expect('备忘' in repaired).toBe(false);
    expect('附注' in repaired).toBe(false);
    expect(repaired.正文).toEqual([{ 类别: '工作情况', 内容: '甲' }]);
    expect(r?.paths).toEqual([['备忘'], ['附注'], ['正文', 0, '标题单列'], ['指标', '行政复议', '不认识']]);
  });

  it('不改原来的数据', () => {
    const original = data();
    repairForChecking(original, [at('schema/figure', '指标', '行政复议', '收到申请'), at('schema/unknown-key', '备忘')]);
    expect(original).toEqual(data());
  });

  it.each([
    ['必填项写错', [at('schema/type', '发文机关')]],
    ['缺了必填项', [at('schema/required', '正文', 0)]],
    ['章的类别写错', [at('schema/form', '正文', 0, '类别')]],
    ['列表的一项', [at('schema/type', '正文', 0)]],
    ['整个文件', [at('schema/type')]],
    ['指标的组不存在', [at('schema/figure', '指标', '没有的组', '甲')]],
  ])('改不了（%s）：undefined', (_why, problems) => {
    expect(repairForChecking(data(), problems)).toBeUndefined();
  });

  it('数据不是一组键值时改不了', () => {
    expect(repairForChecking('文字', [at('schema/type', '年度')])).toBeUndefined();
    expect(repairForChecking(null, [at('schema/type', '年度')])).toBeUndefined();
  });

  it('没有问题时原样复制一份', () => {
    const r = repairForChecking(data(), []);
    expect(r).toEqual({ data: data(), paths: [], renamedIn: [] });
  });
});
