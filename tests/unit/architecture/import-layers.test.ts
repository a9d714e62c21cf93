/**
 * 流水线在文件树里看得见：每个文件夹是一层，只能引用同层或更低的层，不能往上（后面的阶段）引用。
 *   地基（core、text、model、diagnostics、schema）→ load → validate → resolve → compare → template → render
 *   → 写出（markdown、docx、write、pdf）→ pipeline（编排）、batch → 旁路（diff、new、import……）→ commands、cli
 * validate/rules 在渲染之后运行，但只看地基里的类型（文档模型、数据），所以仍在 validate 这一层。
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const LAYERS: readonly (readonly string[])[] = [
  ['core', 'text', 'model', 'diagnostics', 'schema', 'paths.ts', 'exit-codes.ts'],
  ['load'],
  ['validate'],
  ['resolve'],
  ['compare'],
  ['template'],
  ['render'],
  ['markdown', 'docx', 'write', 'pdf'],
  ['pipeline', 'batch'],
  ['diff', 'new', 'import', 'init', 'forms', 'collect', 'summary', 'preview', 'serve'],
  ['commands', 'cli.ts'],
  // 单文件程序的入口：把命令行包起来
  ['sea'],
];

/** src 下的路径属于哪一层（src/validate/rules/x.ts → validate）。 */
function layerOf(path: string): { name: string; index: number } {
  const top = relative('src', path).split(/[\\/]/)[0] ?? '';
  const index = LAYERS.findIndex((l) => l.includes(top));
  return { name: top, index };
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** 一个文件里的相对引用（静态的 import/export from，和动态的 import('…')）。 */
function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/(?:from\s+|import\s*\(\s*)'(\.[^']+)'/g)) {
    out.push(normalize(join(dirname(file), m[1]!.replace(/\.js$/, '.ts'))));
  }
  return out;
}

describe('引用的方向', () => {
  const files = sourceFiles('src');

  it('src 下每个文件夹都在某一层里', () => {
    const unknown = [
      ...new Set(
        files
          .map((f) => layerOf(f))
          .filter((l) => l.index < 0)
          .map((l) => l.name),
      ),
    ];
    expect(unknown).toEqual([]);
  });

  it('没有往上引用的：每一条引用都指向同层或更低的层', () => {
    const upward: string[] = [];
    let edges = 0;
    for (const f of files) {
      const from = layerOf(f);
      for (const target of imports(f)) {
        edges++;
        const to = layerOf(target);
        if (to.index > from.index) upward.push(`${relative('src', f)} → ${relative('src', target)}（${from.name} → ${to.name}）`);
      }
    }
    console.log(`src 下 ${files.length} 个文件、${edges} 条相对引用，往上的 ${upward.length} 条`);
    expect(edges).toBeGreaterThan(300);
    expect(upward).toEqual([]);
  });
});
