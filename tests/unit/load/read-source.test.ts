/** 读一个数据文件：超过 2 MB 不读；给出字节时不读盘。 */
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, readSource } from '../../../src/load/read-source.js';

const root = mkdtempSync(join(tmpdir(), 'fzbg-read-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('readSource', () => {
  it('超过上限的文件：file/too-large，说出大小，不读', () => {
    const file = join(root, 'big.yaml');
    writeFileSync(file, '');
    truncateSync(file, MAX_FILE_BYTES + 1);
    const r = readSource(file);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostics.map((d) => [d.code, d.file])).toEqual([['file/too-large', file]]);
    if (!r.ok) expect(r.diagnostics[0]?.message).toContain('2.0 MB');
  });

  it('正好在上限：照读', () => {
    const file = join(root, 'edge.yaml');
    writeFileSync(file, '');
    truncateSync(file, MAX_FILE_BYTES);
    expect(readSource(file).ok).toBe(true);
  });

  it('给出字节时不读盘（文件不存在也行），认得出数据格式里的键名（全角冒号）', () => {
    const r = readSource(join(root, '不存在.yaml'), Buffer.from('地区：测试县\n'));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.source.data).toEqual({ 地区: '测试县' });
      expect(r.source.diagnostics.map((d) => d.code)).toEqual(['yaml/full-width-colon']);
    }
  });
});
