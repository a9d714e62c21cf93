/**
 * 编辑器的补全和悬停说明：光标在 YAML 的哪一层（按缩进找上级的键），Schema 里这一层有哪些键、值可以写什么。
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { editorSchema } from '../src/serve/editor-schema.js';
import { describe as describeSchema, keysOf, schemasAt, valueInfo, valuesOf, type Schema } from '../web/schema-walk.js';
import { keyAt, yamlContext } from '../web/yaml-context.js';

const schema = editorSchema() as Schema;
const sample = readFileSync('data/示例县/2024.yaml', 'utf8');
const lines = sample.split('\n');
const lineOf = (s: string) => lines.findIndex((l) => l.includes(s)) + 1;

describe('光标在哪一层', () => {
  it('指标的一组里新起一行：补全这一组的字段，带中文名和单位', () => {
    const text = sample.replace('    受理: 66 ', '    办\n    受理: 66 ');
    const line = text.split('\n').findIndex((l) => l === '    办') + 1;
    const where = yamlContext(text, line, 6);
    expect(where).toEqual({ path: ['指标', '行政复议'], mode: 'key', typed: '办' });
    const keys = keysOf(schema, schemasAt(schema, where!.path));
    expect([...keys.keys()]).toContain('办结');
    expect(describeSchema([keys.get('办结')!]).description).toMatch(/计数，单位：件/);
  });

  it('正文的事项里：补全事项的键（标题、内容、要点、事项……）', () => {
    const line = lineOf('            内容: 县政府主要负责人带头');
    const where = yamlContext(sample, line, 12);
    expect(where?.path).toEqual(['正文', '*', '事项', '*', '事项', '*']);
    expect([...keysOf(schema, schemasAt(schema, where!.path)).keys()]).toEqual(expect.arrayContaining(['标题', '内容', '要点', '事项']));
  });

  it('"类别: "后面：补全六种类别，带说明', () => {
    const line = lineOf('  - 类别: 工作情况');
    const where = yamlContext(sample, line, '  - 类别: '.length);
    expect(where).toMatchObject({ path: ['正文', '*'], mode: 'value', key: '类别' });
    const at = schemasAt(schema, [...where!.path, where!.key!]);
    expect(valuesOf(at)).toEqual(['工作情况', '存在问题', '履职情况', '下步打算', '意见建议', '其他']);
    expect(valueInfo(at, '存在问题')).toMatch(/不足和原因/);
  });

  it('注释里不补全', () => {
    expect(yamlContext(sample, lineOf('受理: 66'), lines[lineOf('受理: 66') - 1]!.length)).toBeUndefined();
  });

  it('悬停在键上：说明来自 Schema（中文）', () => {
    const line = lineOf('  行政复议:');
    const hit = keyAt(sample, line, 4);
    expect(hit?.path).toEqual(['指标', '行政复议']);
    expect(describeSchema(schemasAt(schema, hit!.path)).title).toBe('行政复议');
    expect(keyAt(sample, lineOf('成文日期'), 1)?.path).toEqual(['成文日期']);
    expect(describeSchema(schemasAt(schema, ['成文日期'])).description).toMatch(/2024年1月25日/);
  });
});
