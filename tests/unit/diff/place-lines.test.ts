/** 一处结构变化在两个文件里的行。 */
import { describe, expect, it } from 'vitest';
import type { StructureChange } from '../../../src/diff/diff-structure.js';
import { placeLines } from '../../../src/diff/place-lines.js';

const change = (more: Partial<StructureChange>): StructureChange => ({ kind: '移动', unit: '事项', level: 2, summary: '', ...more });
const place = (line: number) => ({ path: [], line, label: '' });

describe('placeLines', () => {
  it('两边都有：旧 → 新；只有一边：只写那一边；都没有：空', () => {
    expect(placeLines(change({ old: place(12), new: place(15) }))).toBe('（旧第 12 行 → 新第 15 行）');
    expect(placeLines(change({ new: place(15) }))).toBe('（新第 15 行）');
    expect(placeLines(change({ old: place(3) }))).toBe('（旧第 3 行）');
    expect(placeLines(change({}))).toBe('');
  });
});
