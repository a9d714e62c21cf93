/** SourceFile：数据，和每个值在文件里的行列（平常的、带引号的、块文字）；手误改正后照样解析。 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SourceFile } from '../../../src/load/source-file.js';

const YAML = [
  '地区: 南昌县', //                               1
  '标题: "甲乙丙丁"', //                           2
  "附注: '此件公开'", //                           3
  '正文:', //                                      4
  '  - 类别: 工作情况', //                         5
  '    内容: |', //                                6
  '      第一行', //                               7
  '      第二行有错', //                           8
  '    要点: [一条, 二条]', //                     9
  '  - 类别: 存在问题', //                         10
  '    内容: >', //                                11
  '      折叠的', //                               12
  '      第二行', //                               13
  '年度: 2023', //                                 14
  '',
].join('\n');

const source = (text: string, keys: string[] = []) => new SourceFile('data/南昌县/2023.yaml', Buffer.from(text, 'utf8'), new Set(keys));

describe('SourceFile', () => {
  const s = source(YAML);

  it('读出数据，没有问题', () => {
    expect(s.diagnostics).toEqual([]);
    expect(s.data).toMatchObject({ 地区: '南昌县', 年度: 2023, 正文: [{ 类别: '工作情况' }, { 类别: '存在问题' }] });
  });

  it('positionOf：值的开头；key=true 时是键', () => {
    expect(s.positionOf(['地区'])).toEqual({ line: 1, column: 5 });
    expect(s.positionOf(['地区'], true)).toEqual({ line: 1, column: 1 });
    expect(s.positionOf(['正文', 0, '类别'])).toEqual({ line: 5, column: 9 });
    expect(s.positionOf(['正文', 1, '类别'], true)).toEqual({ line: 10, column: 5 });
    expect(s.positionOf(['正文', 0, '要点', 1])).toEqual({ line: 9, column: 14 });
    expect(s.positionOf(['年度'])).toEqual({ line: 14, column: 5 });
  });

  it('positionOf：路径不存在时退到最近的上级', () => {
    expect(s.positionOf(['正文', 0, '事项', 3])).toEqual(s.positionOf(['正文', 0]));
    expect(s.positionOf(['没有这个键'])).toEqual({ line: 1, column: 1 });
  });

  it('positionInText：平常的值精确到列', () => {
    expect(s.positionInText(['地区'], 1, 2)).toEqual({ line: 1, column: 6 });
    expect(s.lineText(1)[5]).toBe('昌');
  });

  it('positionInText：带引号的值跳过引号', () => {
    expect(s.positionInText(['标题'], 1, 3)).toEqual({ line: 2, column: 8 });
    expect(s.lineText(2)[7]).toBe('丙');
    expect(s.positionInText(['附注'], 1, 1)).toEqual({ line: 3, column: 6 });
    expect(s.lineText(3)[5]).toBe('此');
  });

  it('positionInText：块文字（| 和 >）精确到行，列从缩进之后算', () => {
    expect(s.positionInText(['正文', 0, '内容'], 2, 4)).toEqual({ line: 8, column: 10 });
    expect(s.lineText(8)[9]).toBe('有');
    expect(s.positionInText(['正文', 1, '内容'], 1, 1)).toEqual({ line: 12, column: 7 });
  });

  it('positionInText：不是文字的值退到值的位置', () => {
    expect(s.positionInText(['正文', 0, '要点'], 1, 3)).toEqual(s.positionOf(['正文', 0, '要点']));
  });

  it('textAt：路径上的文字；不是文字、不存在、原型上的键都是 undefined', () => {
    expect(s.textAt(['正文', 0, '内容'])).toBe('第一行\n第二行有错\n');
    expect(s.textAt(['正文', 1, '内容'])).toBe('折叠的 第二行\n');
    expect(s.textAt(['正文', 0, '要点', 0])).toBe('一条');
    expect(s.textAt(['年度'])).toBeUndefined();
    expect(s.textAt(['正文', 0, '要点'])).toBeUndefined();
    expect(s.textAt(['正文', 5, '内容'])).toBeUndefined();
    expect(s.textAt(['toString'])).toBeUndefined();
    expect(s.textAt(['正文', 'length'])).toBeUndefined();
  });

  it('lineText：那一行的原文，行号超出时为空', () => {
    expect(s.lineText(14)).toBe('年度: 2023');
    expect(s.lineText(99)).toBe('');
  });

  it('性质：单行的值（平常的、双引号的）里第 c 个字，positionInText 指到文件里的同一个字', () => {
    const value = fc.array(fc.constantFrom('甲', '乙', '丙', '字', 'a', '1', '，'), { minLength: 1, maxLength: 12 }).map((c) => c.join(''));
    fc.assert(
      fc.property(value, fc.boolean(), fc.nat({ max: 4 }), (v, quoted, spaces) => {
        const shown = quoted ? v : `甲${v}`;
        const text = `正文:\n  - 类别: 工作情况\n    标题:${' '.repeat(spaces + 1)}${quoted ? `"${v}"` : shown}\n`;
        const file = source(text);
        expect(file.textAt(['正文', 0, '标题'])).toBe(shown);
        for (let c = 1; c <= shown.length; c++) {
          const pos = file.positionInText(['正文', 0, '标题'], 1, c);
          expect(file.lineText(pos.line)[pos.column - 1]).toBe(shown[c - 1]);
        }
      }),
      { numRuns: 50 },
    );
  });
});

describe('SourceFile：手误', () => {
  it('全角冒号报出来，在内存里改正后照样读出数据', () => {
    const s = source('地区：南昌县\n年度: 2023\n', ['地区', '年度']);
    expect(s.diagnostics.map((d) => d.code)).toEqual(['yaml/full-width-colon']);
    expect(s.data).toEqual({ 地区: '南昌县', 年度: 2023 });
    expect(s.text).toBe('地区：南昌县\n年度: 2023\n');
  });

  it('冒号后少空格、花括号里的中文逗号：报出来，照样读出数据', () => {
    const s = source('年度:2023\n行政复议: {收到申请: 233，受理: 177}\n', ['年度', '行政复议', '收到申请', '受理']);
    expect(s.diagnostics.map((d) => d.code)).toEqual(['yaml/colon-space', 'yaml/full-width-comma']);
    expect(s.data).toEqual({ 年度: 2023, 行政复议: { 收到申请: 233, 受理: 177 } });
  });

  it('行首的 Tab：几行合成一条（说出行号），按上下文当作空格后照样读出数据', () => {
    const s = source('正文:\n\t- 类别: 工作情况\n\t  内容: 甲\n', ['正文', '类别', '内容']);
    expect(s.diagnostics.map((d) => [d.code, d.line])).toEqual([['yaml/tab-indent', 2]]);
    expect(s.diagnostics[0]?.message).toContain('第 2、3 行');
    expect(s.data).toEqual({ 正文: [{ 类别: '工作情况', 内容: '甲' }] });
  });

  it('引号没关上：指回开头那一行；那一行换成无害的值，后面的照样读出（只用来往下检查）', () => {
    const s = source('地区: 南昌县\n标题: "甲乙\n年度: 2023\n');
    expect(s.diagnostics.map((d) => [d.code, d.line])).toEqual([['yaml/unclosed-quote', 2]]);
    expect(s.data).toEqual({ 地区: '南昌县', 标题: '', 年度: 2023 });
    expect(s.guessed.has(2)).toBe(true);
  });

  it('重复的键：说出是哪个键', () => {
    const s = source('地区: 甲\n地区: 乙\n');
    expect(s.diagnostics[0]).toMatchObject({ code: 'yaml/duplicate-key', line: 2 });
    expect(s.diagnostics[0]?.message).toContain('"地区"');
  });

  it('读不了的编码：只报编码的问题，没有数据', () => {
    const s = new SourceFile('a.yaml', Uint8Array.from([0x81, 0x20, 0xff]));
    expect(s.diagnostics.map((d) => d.code)).toEqual(['encoding/unknown']);
    expect(s.data).toBeUndefined();
  });
});
