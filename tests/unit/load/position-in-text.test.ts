/**
 * 文字里的位置落回文件里：解析后的文字（折行、空行分段、引号和转义、块文字都处理过）里的第几行第几列，
 * 对应文件里的哪一行哪一列。每个例子都应落在 {{ 上。
 */
import { describe, expect, it } from 'vitest';
import { SourceFile } from '../../../src/load/source-file.js';
import { checkText } from '../../support/build-in-memory.js';

const cases: [string, string, string[], number, number][] = [
  ['空行分段的普通文字', '内容: 第一段。\n\n  第二段受理{{x}}件。\n', ['内容'], 2, 6],
  ['折成两行的普通文字', 'a:\n  内容: 很长的一段文字\n    接着写受理{{x}}件\n', ['a', '内容'], 1, 14],
  ['双引号里折行', '内容: "第一行\n  受理{{x}}件"\n', ['内容'], 1, 7],
  ['折叠块 >', '内容: >\n  第一行\n  受理{{x}}件\n', ['内容'], 1, 7],
  ['原样块 |', '内容: |\n  第一行\n  受理{{x}}件\n', ['内容'], 2, 3],
  ['一行', '内容: 受理{{x}}件。\n', ['内容'], 1, 3],
  ['双引号里有转义', '内容: "a\\"b{{x}}"\n', ['内容'], 1, 4],
  ['单引号里有两个单引号', "内容: 'a''b{{x}}'\n", ['内容'], 1, 4],
];

describe('positionInText', () => {
  it.each(cases)('%s', (_name, text, path, line, column) => {
    const file = new SourceFile('x.yaml', Buffer.from(text));
    const at = file.positionInText(path, line, column);
    const sourceLine = text.split('\n')[at.line - 1] ?? '';
    expect(sourceLine.slice(at.column - 1, at.column + 1)).toBe('{{');
  });

  it('写成转义的字（\\u0001）：落在反斜杠上', () => {
    const file = new SourceFile('x.yaml', Buffer.from('内容: "甲\\u0001乙"\n'));
    expect(file.positionInText(['内容'], 1, 2)).toEqual({ line: 1, column: 7 });
  });

  it('引用错误在多行文字的第二段：指到那一行的 {{', () => {
    const yaml =
      '地区: 测试县\n年度: 2023\n发文机关: 测试县人民政府\n成文日期: 2024-01-25\n指标: {行政复议: {受理: 5}}\n正文:\n  - 类别: 工作情况\n    标题: 主要工作\n    内容: 第一段。\n\n      第二段受理{{指标.行政复议.受里}}件。\n  - {类别: 存在问题, 标题: 存在的问题, 内容: 有不足。}\n  - {类别: 下步打算, 标题: 下步打算, 内容: 继续努力。}\n';
    const d = checkText(yaml).diagnostics.find((x) => x.code === 'ref/template');
    expect(d).toMatchObject({ line: 11 });
    expect(yaml.split('\n')[10]?.slice((d?.column ?? 0) - 1)).toMatch(/^(\{\{)?指标\.行政复议\.受里/);
  });
});
