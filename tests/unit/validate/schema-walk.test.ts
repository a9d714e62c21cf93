/** 跟着数据路径在 Schema 里找子 Schema（取中文名）、一层允许的键。 */
import { describe, expect, it } from 'vitest';
import { allowedKeys, deref, schemaAt } from '../../../src/validate/schema-walk.js';
import { REPORT_SCHEMA } from '../../../src/validate/validate-schema.js';

describe('schema-walk', () => {
  it('schemaAt：顶层的键、列表的项、anyOf 里的分支、$ref 指向的定义', () => {
    expect(schemaAt(REPORT_SCHEMA, ['成文日期'])?.title).toBe('成文日期');
    expect(schemaAt(REPORT_SCHEMA, ['指标', '行政复议', '收到申请'])?.title).toBe('收到行政复议申请');
    expect(schemaAt(REPORT_SCHEMA, ['正文', 0, '事项', 1, '标题'])).toBeDefined();
    expect(schemaAt(REPORT_SCHEMA, ['正文', 0, '要点', '条目', 0])).toBeDefined();
  });

  it('schemaAt：没有的路径为 undefined', () => {
    expect(schemaAt(REPORT_SCHEMA, ['没有的键'])).toBeUndefined();
    expect(schemaAt(REPORT_SCHEMA, ['地区', '再往下'])).toBeUndefined();
  });

  it('deref：引用处自己写的 title 盖过定义的', () => {
    const root = { definitions: { 甲: { title: '定义', type: 'string' } } };
    expect(deref(root, { $ref: '#/definitions/甲', title: '引用处' })).toEqual({ title: '引用处', type: 'string' });
    expect(deref(root, { $ref: '#/definitions/没有' })).toEqual({});
  });

  it('allowedKeys：一层允许的键（含 anyOf 各分支）', () => {
    expect(allowedKeys(REPORT_SCHEMA, [])).toEqual(expect.arrayContaining(['地区', '年度', '正文', '指标', '上年打算', '版式']));
    expect(allowedKeys(REPORT_SCHEMA, ['正文', 0])).toEqual(
      expect.arrayContaining(['类别', '标题', '导语', '内容', '要点', '事项', '结语']),
    );
    expect(allowedKeys(REPORT_SCHEMA, ['正文', 0, '要点'])).toEqual(['前缀', '样式', '分隔', '条目']);
    expect(allowedKeys(REPORT_SCHEMA, ['没有'])).toEqual([]);
  });

  it('第四级事项不能再有事项', () => {
    expect(allowedKeys(REPORT_SCHEMA, ['正文', 0, '事项', 0, '事项', 0, '事项', 0])).not.toContain('事项');
    expect(allowedKeys(REPORT_SCHEMA, ['正文', 0, '事项', 0, '事项', 0])).toContain('事项');
  });
});
