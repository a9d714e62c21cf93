/** 自己写的 zip：fflate 解开得到同样的字节和文件名（UTF-8），CRC 和大小对得上。 */
import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { writeZip, zipEntry } from '../../../src/docx/zip-writer.js';

describe('zip-writer', () => {
  it('文字和字节的部件，解开后一字不差，顺序照写', () => {
    const bytes = Uint8Array.from({ length: 3000 }, (_, i) => (i * 7) % 256);
    const zip = writeZip([
      zipEntry('[Content_Types].xml', '<Types/>'),
      zipEntry('word/中文名.xml', '正文：全面推进依法行政。'),
      zipEntry('media/a.bin', bytes),
      zipEntry('空.txt', ''),
    ]);
    const files = unzipSync(zip);
    expect(Object.keys(files)).toEqual(['[Content_Types].xml', 'word/中文名.xml', 'media/a.bin', '空.txt']);
    expect(Buffer.from(files['word/中文名.xml']!).toString('utf8')).toBe('正文：全面推进依法行政。');
    expect(files['media/a.bin']).toEqual(bytes);
    expect(files['空.txt']).toEqual(new Uint8Array());
  });

  it('部件记下原来的大小和 CRC-32', () => {
    const e = zipEntry('a.txt', 'hello');
    expect(e).toMatchObject({ name: 'a.txt', size: 5, crc: 0x3610a686 });
  });

  it('同样的部件写出同样的字节（时间固定）', () => {
    const entries = [zipEntry('a.xml', '<a/>')];
    expect(writeZip(entries).equals(writeZip(entries))).toBe(true);
  });

  it('没有部件：只有目录结尾，解开是空的', () => {
    const zip = writeZip([]);
    expect(zip.length).toBe(22);
    expect(unzipSync(zip)).toEqual({});
  });

  it('性质：任意部件（名字不重复），解开得到同样的字节', () => {
    const entry = fc.tuple(
      fc.string({ unit: fc.constantFrom('a', 'b', '甲', '/', '.', '_'), minLength: 1, maxLength: 8 }),
      fc.uint8Array({ maxLength: 500 }),
    );
    fc.assert(
      fc.property(fc.uniqueArray(entry, { selector: ([name]) => name, maxLength: 6 }), (list) => {
        const files = unzipSync(writeZip(list.map(([name, data]) => zipEntry(name, data))));
        expect(Object.keys(files)).toEqual(list.map(([name]) => name));
        for (const [name, data] of list) expect(files[name]).toEqual(data);
      }),
      { numRuns: 50 },
    );
  });
});
