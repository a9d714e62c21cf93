/**
 * 坏输入样例：每个 tests/fixtures/bad/**\/*.expect-error.yaml（含 GBK、BOM、CRLF 的字节文件）
 * 的诊断与 期望.yaml 一致：错误一条不多一条不少（代码、行、列），要有的警告都在，说明里有关键词。
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { pipeline } from './support/build-in-memory.js';

const DIR = 'tests/fixtures/bad';
type Expect = [severity: 'error' | 'warning', code: string, line: number, column: number, words: string[]];
const expectations = parse(readFileSync(join(DIR, '期望.yaml'), 'utf8')) as Record<string, Expect[]>;

function fixtures(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? fixtures(p) : n.endsWith('.expect-error.yaml') ? [p] : [];
  });
}
const files = fixtures(DIR).sort();

describe('坏输入样例', () => {
  it('至少 40 个，每个都有期望', () => {
    expect(files.length).toBeGreaterThanOrEqual(40);
    expect(files.map((f) => relative(DIR, f)).sort()).toEqual(Object.keys(expectations).sort());
  });

  it.each(files.map((f) => [relative(DIR, f), f]))('%s', (name, file) => {
    const got = pipeline().check(file).diagnostics;
    const want = expectations[name] ?? [];
    const key = (d: { code: string; line: number; column: number }) => `${d.code} ${d.line}:${d.column}`;
    expect(got.filter((d) => d.severity === 'error').map(key)).toEqual(
      want.filter((w) => w[0] === 'error').map((w) => `${w[1]} ${w[2]}:${w[3]}`),
    );
    for (const [severity, code, line, column, words] of want) {
      const d = got.find((x) => x.severity === severity && x.code === code && x.line === line && x.column === column);
      if (!d) throw new Error(`缺少 ${severity} ${code} ${line}:${column}`);
      for (const w of words) expect(`${d.message} ${d.fix ?? ''}`).toContain(w);
      expect(d.message).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
