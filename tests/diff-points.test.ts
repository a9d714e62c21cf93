/**
 * 要点的每一条是文档的一块：全篇由"一是……二是……"组成的报告（没有事项），删去一条、加上一条，
 * diff --format json 的结构里恰好是这两处，各带两个文件里的数据路径和行；挪了一条的位置，恰好是一处移动。
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli.js';
import type { StructureChange } from '../src/diff/diff-structure.js';
import { captureIo } from './support/capture-io.js';

const BASE = readFileSync('tests/fixtures/diff/要点县-2024.yaml', 'utf8');
const lines = BASE.split('\n');

/** 文件里以 text 开头的"- …"一行的行号（从 1 起）。 */
const lineOf = (yaml: string, text: string) => yaml.split('\n').findIndex((l) => l.trimStart().startsWith(`- ${text}`)) + 1;

async function structure(older: string, newer: string): Promise<StructureChange[]> {
  const dir = mkdtempSync(join(tmpdir(), 'fzbg-points-'));
  writeFileSync(join(dir, 'a.yaml'), older);
  writeFileSync(join(dir, 'b.yaml'), newer);
  const io = captureIo();
  expect(await run(['diff', join(dir, 'a.yaml'), join(dir, 'b.yaml'), '--format', 'json'], io)).toBe(0);
  return (JSON.parse(io.stdout) as { structure: StructureChange[] }).structure;
}

describe('要点的增、删、移动', () => {
  it('删去一条、加上一条：恰好两处，带路径和行', async () => {
    const dropped = '基层执法人员数量偏少';
    const added = '数字法治建设相对滞后，信息平台尚未互联互通。';
    const edited = lines
      .filter((l) => !l.includes(dropped))
      .flatMap((l) => (l.includes('法治宣传的针对性') ? [l, `      - ${added}`] : [l]))
      .join('\n');
    const changes = await structure(BASE, edited);
    expect(changes).toHaveLength(2);
    const removed = changes.find((c) => c.kind === '删除');
    const inserted = changes.find((c) => c.kind === '新增');
    expect(removed).toMatchObject({ unit: '要点', old: { path: ['正文', 2, '要点', 1], line: lineOf(BASE, dropped) } });
    expect(removed?.summary).toMatch(/^删去第二项（二是基层执法人员/);
    expect(removed?.new).toBeUndefined();
    expect(inserted).toMatchObject({ unit: '要点', new: { path: ['正文', 2, '要点', 2], line: lineOf(edited, added) } });
    expect(inserted?.summary).toMatch(/^新增第三项（三是数字法治建设/);
  });

  it('挪了一条的位置：恰好一处移动，两边的路径和行', async () => {
    const moved = '严格规范性文件审核';
    const at = lines.findIndex((l) => l.includes(moved));
    const edited = [...lines];
    const [line] = edited.splice(at, 1);
    edited.splice(at + 3, 0, line ?? '');
    const text = edited.join('\n');
    const changes = await structure(BASE, text);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      kind: '移动',
      unit: '要点',
      old: { path: ['正文', 1, '要点', 0], line: lineOf(BASE, moved) },
      new: { path: ['正文', 1, '要点', 3], line: lineOf(text, moved) },
    });
  });

  it('与自己比较：结构没有变化，文字也没有', async () => {
    expect(await structure(BASE, BASE)).toEqual([]);
  });
});
