/** sectionOf：数据路径所属的章或事项。 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sectionOf, type DataPath } from '../../../src/model/data-path.js';

describe('sectionOf', () => {
  it.each<[DataPath, DataPath | undefined]>([
    [
      ['正文', 0, '事项', 1, '要点', '条目', 2],
      ['正文', 0, '事项', 1],
    ],
    [
      ['正文', 0, '事项', 1, '事项', 0, '内容', 3],
      ['正文', 0, '事项', 1, '事项', 0],
    ],
    [
      ['正文', 2, '标题'],
      ['正文', 2],
    ],
    [
      ['正文', 2],
      ['正文', 2],
    ],
    [
      ['正文', 1, '要点', 0],
      ['正文', 1],
    ],
    [['正文'], undefined],
    [['标题'], undefined],
    [['指标', '行政复议', '受理'], undefined],
    [['导语', 0], undefined],
    [[], undefined],
  ])('%j → %j', (path, section) => {
    expect(sectionOf(path)).toEqual(section);
  });

  it('性质：结果是路径的开头，以"正文 i"或"事项 j"结尾，再求一次不变', () => {
    const seg = fc.oneof(fc.constantFrom<string | number>('正文', '事项', '内容', '要点', '条目', '标题'), fc.nat({ max: 3 }));
    fc.assert(
      fc.property(fc.array(seg, { maxLength: 10 }), (path) => {
        const s = sectionOf(path);
        if (s === undefined) return;
        expect(path.slice(0, s.length)).toEqual(s);
        expect(typeof s[s.length - 1]).toBe('number');
        expect(['正文', '事项']).toContain(s[s.length - 2]);
        expect(sectionOf(s)).toEqual(s);
      }),
    );
  });
});
