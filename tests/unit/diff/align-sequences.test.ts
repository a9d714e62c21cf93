/**
 * 两列的对齐（最长公共子列）：两边各自还原；对上的个数是最长公共子列的长度；
 * A 对 B 与 B 对 A 对上同样的东西（各项不重复时是同样的位置；有重复时，同样长的几种对齐里对上的内容一样多）。
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignSequences, hash, type Change } from '../../../src/diff/align-sequences.js';

const oldOf = (changes: Change[]) => changes.filter((c) => !c.added).flatMap((c) => c.value);
const newOf = (changes: Change[]) => changes.filter((c) => !c.removed).flatMap((c) => c.value);

/** 对上的各对：[旧的下标, 新的下标, 内容]。 */
function matches(changes: Change[]): [number, number, string][] {
  const out: [number, number, string][] = [];
  let i = 0;
  let j = 0;
  for (const c of changes) {
    if (c.removed) i += c.count;
    else if (c.added) j += c.count;
    else {
      c.value.forEach((v, k) => out.push([i + k, j + k, v]));
      i += c.count;
      j += c.count;
    }
  }
  return out;
}

/** 最长公共子列的长度（照定义算）。 */
function lcsLength(a: readonly string[], b: readonly string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    const cur = [0];
    b.forEach((y, j) => cur.push(x === y ? prev[j]! + 1 : Math.max(prev[j + 1]!, cur[j]!)));
    prev = cur;
  }
  return prev[b.length]!;
}

const tokens = fc.array(fc.constantFrom('依法', '行政', '，', '。', '推进', '的'), { maxLength: 12 });

describe('alignSequences', () => {
  it('相同的头尾先去掉，中间对齐', () => {
    expect(alignSequences(['甲', '乙', '丙', '丁'], ['甲', '戊', '丁'])).toEqual([
      { value: ['甲'], count: 1 },
      { value: ['乙', '丙'], count: 2, removed: true },
      { value: ['戊'], count: 1, added: true },
      { value: ['丁'], count: 1 },
    ]);
  });

  it('两边一样：一段相同；两边都空：什么也没有', () => {
    expect(alignSequences(['甲', '乙'], ['甲', '乙'])).toEqual([{ value: ['甲', '乙'], count: 2 }]);
    expect(alignSequences([], [])).toEqual([]);
    expect(alignSequences([], ['甲'])).toEqual([{ value: ['甲'], count: 1, added: true }]);
  });

  it('每一段的 count 等于它的项数，没有空段', () => {
    for (const c of alignSequences(['a', 'b', 'c', 'a'], ['c', 'a', 'b'])) {
      expect(c.count).toBe(c.value.length);
      expect(c.count).toBeGreaterThan(0);
    }
  });

  it('性质：两边各自还原；对上的个数是最长公共子列的长度', () => {
    fc.assert(
      fc.property(tokens, tokens, (a, b) => {
        const changes = alignSequences(a, b);
        expect(oldOf(changes)).toEqual(a);
        expect(newOf(changes)).toEqual(b);
        expect(matches(changes).length).toBe(lcsLength(a, b));
      }),
    );
  });

  it('性质（对称）：各项不重复时，A 对 B 与 B 对 A 对上同样的位置', () => {
    const unique = fc.uniqueArray(fc.constantFrom(...'甲乙丙丁戊己庚辛壬癸'.split('')), { maxLength: 10 });
    fc.assert(
      fc.property(unique, unique, (a, b) => {
        const there = matches(alignSequences(a, b));
        const back = matches(alignSequences(b, a)).map(([i, j, v]): [number, number, string] => [j, i, v]);
        expect(back).toEqual(there);
      }),
    );
  });

  it('性质（对称）：有重复时，两个方向对上的内容一样（同样长的对齐按内容挑）', () => {
    fc.assert(
      fc.property(tokens, tokens, (a, b) => {
        const there = matches(alignSequences(a, b)).map((m) => m[2]);
        const back = matches(alignSequences(b, a)).map((m) => m[2]);
        expect([...back].sort()).toEqual([...there].sort());
      }),
    );
  });

  it('很长的两列（去掉相同的头尾后超过 400 万格）改用 Myers 算法：仍能各自还原', () => {
    const middle = Array.from({ length: 2100 }, (_, i) => `词${i % 97}`);
    const a = ['旧头', ...middle, '旧尾'];
    const b = ['新头', ...middle.slice(0, 1000), '插进来的', ...middle.slice(1000), '新尾'];
    const changes = alignSequences(a, b);
    expect(oldOf(changes)).toEqual(a);
    expect(newOf(changes)).toEqual(b);
    expect(matches(changes).length).toBe(middle.length);
  });
});

describe('hash', () => {
  it('FNV-1a：32 位无符号整数，同样的内容同样的值', () => {
    expect(hash('')).toBe(0x811c9dc5);
    expect(hash('a')).toBe(0xe40c292c);
    expect(hash('依法行政')).toBe(hash('依法行政'));
    expect(hash('依法行政')).not.toBe(hash('行政依法'));
  });
});
