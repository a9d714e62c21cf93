import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WriteFailure } from '../../../src/write/write-failure.js';
import { writeFileAtomic } from '../../../src/write/write-file-atomic.js';

const temp = () => mkdtempSync(join(tmpdir(), 'fzbg-write-'));

describe('只写普通文件', () => {
  it('输出文件夹下面的符号链接不跟随', () => {
    const dir = temp();
    mkdirSync(join(dir, 'elsewhere'));
    mkdirSync(join(dir, 'out'));
    symlinkSync(join(dir, 'elsewhere'), join(dir, 'out', '南昌县'));
    expect(() => writeFileAtomic(join(dir, 'out', '南昌县', 'a.docx'), 'x', { root: join(dir, 'out') })).toThrow(WriteFailure);
    expect(readdirSync(join(dir, 'elsewhere'))).toEqual([]);
  });

  it('写过一次的文件夹被删掉（工作台开着时清空了 out）：再写时重新建；换成了符号链接也不跟随', () => {
    const dir = temp();
    const out = join(dir, 'out');
    writeFileAtomic(join(out, '南昌县', 'a.md'), '1', { root: out });
    rmSync(join(out, '南昌县'), { recursive: true });
    writeFileAtomic(join(out, '南昌县', 'a.md'), '2', { root: out });
    expect(readFileSync(join(out, '南昌县', 'a.md'), 'utf8')).toBe('2');
    rmSync(join(out, '南昌县'), { recursive: true });
    mkdirSync(join(dir, 'elsewhere'));
    symlinkSync(join(dir, 'elsewhere'), join(out, '南昌县'));
    expect(() => writeFileAtomic(join(out, '南昌县', 'a.md'), '3', { root: out })).toThrow(WriteFailure);
    expect(readdirSync(join(dir, 'elsewhere'))).toEqual([]);
  });

  it('目标是符号链接、文件夹时不写，也不替换它', () => {
    const dir = temp();
    writeFileSync(join(dir, 'victim'), 'VICTIM');
    symlinkSync(join(dir, 'victim'), join(dir, 'link'));
    expect(() => writeFileAtomic(join(dir, 'link'), 'x')).toThrow(/符号链接/);
    mkdirSync(join(dir, 'd'));
    expect(() => writeFileAtomic(join(dir, 'd'), 'x')).toThrow(/文件夹/);
    expect(readFileSync(join(dir, 'victim'), 'utf8')).toBe('VICTIM');
    expect(readdirSync(dir).sort()).toEqual(['d', 'link', 'victim']);
  });

  it('exclusive：已有就不写（悬空的链接也算已有）', () => {
    const dir = temp();
    writeFileAtomic(join(dir, 'a'), '1', { exclusive: true });
    let error: unknown;
    try {
      writeFileAtomic(join(dir, 'a'), '2', { exclusive: true });
    } catch (e) {
      error = e;
    }
    expect(error instanceof WriteFailure && error.exists).toBe(true);
    expect(readFileSync(join(dir, 'a'), 'utf8')).toBe('1');
    symlinkSync(join(dir, 'nowhere'), join(dir, 'b'));
    expect(() => writeFileAtomic(join(dir, 'b'), '2', { exclusive: true })).toThrow(WriteFailure);
    expect(existsSync(join(dir, 'nowhere'))).toBe(false);
    expect(readdirSync(dir).filter((n) => n.includes('.tmp-'))).toEqual([]);
  });

  it('文件名为空是错误（不写到当前文件夹）', () => {
    expect(() => writeFileAtomic('', 'x')).toThrow(/空/);
  });
});
