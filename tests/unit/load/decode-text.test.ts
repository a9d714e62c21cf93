/** 字节 → 文字：UTF-8（带不带 BOM）、GBK、UTF-16（记事本的"Unicode"），其余的说读不了，决不出乱码。 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/load/decode-text.js';

const TEXT = '地区: 南昌县\n年度: 2023\n内容: 全年共收到行政复议申请233件。\n';
const codes = (r: ReturnType<typeof decodeText>) => r.diagnostics.map((d) => `${d.code}:${d.severity}`);

function utf16be(text: string): Uint8Array {
  const le = Buffer.from('\ufeff' + text, 'utf16le');
  const be = Buffer.alloc(le.length);
  for (let i = 0; i + 1 < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1]!, le[i]!];
  return be;
}

describe('decodeText', () => {
  it.each([
    ['out/南昌县/报告.docx', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0xb2, 0xe2], 'Word 文件（.docx）', 'fzbg import'],
    ['交回的表.xlsx', [0x50, 0x4b, 0x03, 0x04, 0x0a, 0x00, 0x00, 0x00], 'Excel 表格（.xlsx）', 'fzbg collect'],
    ['报告.doc', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0xb2, 0xe2], '旧版的 Word 或 Excel', 'fzbg import'],
    ['报告.pdf', [...Buffer.from('%PDF-1.7\n'), 0xb2, 0xe2], 'PDF 文件', 'data/<地区>/<年度>.yaml'],
  ])('%s 交给了 check：说是什么文件、该用什么命令，不猜编码', (file, bytes, kind, advice) => {
    const d = decodeText(Uint8Array.from(bytes), file);
    expect(d.diagnostics.map((x) => x.code)).toEqual(['file/not-text']);
    expect(d.diagnostics[0]?.message).toContain(kind);
    expect(d.diagnostics[0]?.fix).toContain(advice);
  });

  it('UTF-8：照读，不提醒', () => {
    const r = decodeText(Buffer.from(TEXT, 'utf8'), 'a.yaml');
    expect(r).toEqual({ text: TEXT, encoding: 'utf-8', diagnostics: [] });
  });

  it('带 BOM 的 UTF-8：去掉 BOM，不提醒', () => {
    const r = decodeText(Buffer.from('\ufeff' + TEXT, 'utf8'), 'a.yaml');
    expect(r.text).toBe(TEXT);
    expect(r.encoding).toBe('utf-8-bom');
    expect(r.diagnostics).toEqual([]);
  });

  it('GBK：读对，提醒另存为 UTF-8（警告）', () => {
    const r = decodeText(iconv.encode(TEXT, 'gbk'), 'data/南昌县/2023.yaml');
    expect(r.text).toBe(TEXT);
    expect(r.encoding).toBe('gb18030');
    expect(codes(r)).toEqual(['encoding/gbk:warning']);
    expect(r.diagnostics[0]?.file).toBe('data/南昌县/2023.yaml');
  });

  it('UTF-16 LE 和 BE（带 BOM）：读对，提醒（警告）', () => {
    for (const bytes of [Buffer.from('\ufeff' + TEXT, 'utf16le'), utf16be(TEXT)]) {
      const r = decodeText(bytes, 'a.yaml');
      expect(r.text).toBe(TEXT);
      expect(r.encoding).toBe('utf-16');
      expect(codes(r)).toEqual(['encoding/utf-16:warning']);
    }
  });

  it('FF FE 开头但后面不是文字（控制字符、私用区）：不当 UTF-16，也不是别的编码，读不了', () => {
    const r = decodeText(Uint8Array.from([0xff, 0xfe, 0x01, 0x00, 0x02, 0x00, 0x00, 0xe0]), 'a.yaml');
    expect(r.text).toBe('');
    expect(codes(r)).toEqual(['encoding/unknown:error']);
  });

  it('FF FE 开头、字节数为奇数：不是 UTF-16', () => {
    expect(decodeText(Uint8Array.from([0xff, 0xfe, 0x30, 0x57, 0x31]), 'a.yaml').encoding).not.toBe('utf-16');
  });

  it('既不是 UTF-8 也不是 GBK 的字节：错误，文字为空', () => {
    const r = decodeText(Uint8Array.from([0x81, 0x20, 0xff, 0x80]), 'a.yaml');
    expect(r).toMatchObject({ text: '', encoding: 'utf-8' });
    expect(codes(r)).toEqual(['encoding/unknown:error']);
  });

  it('空文件是空文字', () => {
    expect(decodeText(new Uint8Array(), 'a.yaml')).toEqual({ text: '', encoding: 'utf-8', diagnostics: [] });
  });
});
