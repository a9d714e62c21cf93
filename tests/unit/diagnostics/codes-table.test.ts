/** README 的代码表就是代码表（src/diagnostics/codes.ts）生成的那一张；源码里用到的代码都在表里。 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CODES } from '../../../src/diagnostics/codes.js';
import { codesTable, readmeCodesTable } from '../../../scripts/codes-table.js';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('诊断代码表', () => {
  it('README 里的表与代码表生成的一样（改了代码表就运行 npm run gen）', () => {
    expect(readmeCodesTable(readFileSync('README.md', 'utf8'))).toBe(codesTable());
  });

  it('源码里写出的每个"组/名"样子的代码都在表里', () => {
    const literals = new Set<string>();
    for (const f of sourceFiles('src')) {
      for (const m of readFileSync(f, 'utf8').matchAll(
        /'((?:yaml|schema|file|encoding|import|ref|text|figure|date|year|region|content|plan|prior|compare|template|path|internal)\/[a-z0-9-]+)'/g,
      )) {
        literals.add(m[1]!);
      }
    }
    expect(literals.size).toBeGreaterThan(40);
    expect([...literals].filter((c) => !Object.hasOwn(CODES, c))).toEqual([]);
  });

  it('每个代码都有中文的含义', () => {
    for (const [code, info] of Object.entries(CODES)) expect(info.meaning, code).toMatch(/[\u4e00-\u9fff]/);
  });
});
