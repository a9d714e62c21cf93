/**
 * 命令行的约定：认错的命令和选项给出"是不是要写……"；写东西的命令都有 -o；每个命令都有 --json（结果给程序读）；
 * 结果在标准输出、过程和问题在标准错误（check 的问题就是结果）；--quiet 只说错误；帮助全是中文、按显示宽度对齐；
 * 写不进去（权限、被占用、磁盘满、路径不对）是退出码 1 和一句说清文件的中文，决不说"程序的 bug"。
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli.js';
import { displayWidth } from '../src/text/display-width.js';
import { captureIo } from './support/capture-io.js';

const temp = () => mkdtempSync(join(tmpdir(), 'fzbg-conv-'));

describe('认错的命令和选项', () => {
  it.each([
    [['buld'], '不认识的命令：buld（是不是要写 build？）'],
    [['chek', 'data'], '不认识的命令：chek（是不是要写 check？）'],
    [['build', '--ouput', 'x'], '不认识的选项：--ouput（是不是要写 --out？）'],
    [['help', 'buld'], '没有"buld"这个命令（是不是要写 build？）'],
  ])('%j：退出码 2，说出最接近的', async (argv, words) => {
    const io = captureIo();
    expect(await run(argv, io)).toBe(2);
    expect(io.stderr).toContain(words);
    expect(io.stdout).toBe('');
  });
});

describe('帮助', () => {
  it('全是中文：没有 Usage、Options、(default', async () => {
    for (const argv of [['--help'], ['build', '--help'], ['diff', '--help'], ['help', 'new']]) {
      const io = captureIo();
      expect(await run(argv, io)).toBe(0);
      expect(io.stdout, argv.join(' ')).not.toMatch(/Usage|Options|Arguments|Commands|\(default|\[options\]/);
      expect(io.stdout).toContain('用法：');
    }
  });

  it('命令和选项的说明按显示宽度对齐（一个汉字两格）', async () => {
    for (const argv of [['--help'], ['new', '--help'], ['build', '--help']]) {
      const io = captureIo();
      await run(argv, io);
      // 每一条"  项目  说明"：说明开始的显示列都一样
      const starts = io.stdout
        .split('\n')
        .filter((l) => /^ {2}\S/.test(l) && /\S {2,}\S/.test(l.trim()))
        .map((l) => {
          const m = /^( {2}\S.*?\S) {2,}(?=\S)/.exec(l);
          return m ? displayWidth(m[0]) : -1;
        });
      expect(starts.length, argv.join(' ')).toBeGreaterThan(3);
      expect(new Set(starts).size, `${argv.join(' ')}：${starts.join(',')}`).toBe(1);
    }
  });
});

describe('-o 和 --json', () => {
  it('每个写东西的命令都认 -o', async () => {
    const dir = temp();
    cpSync('data/示例县', join(dir, 'data', '示例县'), { recursive: true });
    const io = captureIo();
    expect(await run(['build', 'data/示例县/2024.yaml', '-o', join(dir, 'out')], io)).toBe(0);
    expect(readFileSync(join(dir, 'out', '示例县', '2024年度法治政府建设情况报告.docx')).length).toBeGreaterThan(1000);
    expect(await run(['schema', '-o', join(dir, 's.json')], io)).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 's.json'), 'utf8'))).toHaveProperty('properties');
    expect(await run(['diff', 'data/示例县', '--format', 'md', '-o', join(dir, 'd.md')], io)).toBe(0);
    expect(readFileSync(join(dir, 'd.md'), 'utf8')).toContain('年度对比');
    expect(await run(['new', '示例县', '2025', '-o', join(dir, 'data')], io)).toBe(0);
    expect(readFileSync(join(dir, 'data', '示例县', '2025.yaml'), 'utf8')).toContain('年度: 2025');
    expect(await run(['import', 'seeds/002_c206478b488dd24a.txt', '-o', join(dir, 'imported')], io)).toBe(0);
    expect(readFileSync(join(dir, 'imported', '南昌县', '2023.yaml'), 'utf8')).toContain('地区: 南昌县');
  });

  it('每个命令都有 --json：标准输出只有一份 JSON，带 command、version、ok', async () => {
    const dir = temp();
    cpSync('data/示例县', join(dir, 'data', '示例县'), { recursive: true });
    const cases: [string[], string][] = [
      [['check', 'data/示例县', '--json'], 'check'],
      [['build', 'data/示例县/2024.yaml', '-o', join(dir, 'out'), '--json'], 'build'],
      [['new', '示例县', '2025', '-o', join(dir, 'data'), '--json'], 'new'],
      [['import', 'seeds/000_d48e264ae942e3b1.txt', '-o', join(dir, 'imported'), '--json'], 'import'],
      [['schema', '-o', join(dir, 's.json'), '--json'], 'schema'],
    ];
    for (const [argv, command] of cases) {
      const io = captureIo();
      const code = await run(argv, io);
      const value = JSON.parse(io.stdout) as { command: string; version: number; ok: boolean };
      expect(value, argv.join(' ')).toMatchObject({ command, version: 1, ok: code === 0 });
    }
    const io = captureIo();
    expect(await run(['diff', 'data/示例县', '--json'], io)).toBe(0);
    expect(JSON.parse(io.stdout)).toMatchObject({ version: 1, region: '示例县' });
  });

  it('build --json 列出写出的文件和没生成的县', async () => {
    const dir = temp();
    mkdirSync(join(dir, 'data', '坏县'), { recursive: true });
    writeFileSync(join(dir, 'data', '坏县', '2023.yaml'), '地区: 坏县\n年度: 2023年\n');
    cpSync('data/示例县', join(dir, 'data', '示例县'), { recursive: true });
    const io = captureIo();
    expect(await run(['build', join(dir, 'data'), '-o', join(dir, 'out'), '--json'], io)).toBe(1);
    const value = JSON.parse(io.stdout) as {
      built: { file: string; docx: string }[];
      failed: { file: string; errors: { code: string }[] }[];
    };
    expect(value.built.map((b) => b.file).sort()).toEqual([
      join(dir, 'data', '示例县', '2023.yaml'),
      join(dir, 'data', '示例县', '2024.yaml'),
    ]);
    expect(value.failed.map((f) => f.file)).toEqual([join(dir, 'data', '坏县', '2023.yaml')]);
    expect(value.failed[0]?.errors.length).toBeGreaterThan(0);
  });
});

describe('标准输出与标准错误', () => {
  it('check 的问题和汇总在标准输出（fzbg check > 结果.txt 得到的就是结果）', async () => {
    const io = captureIo();
    expect(await run(['check', 'data/示例县/2024.yaml'], io)).toBe(0);
    expect(io.stdout).toContain('检查了 1 个文件');
    expect(io.stderr).toBe('');
  });

  it('build 的结果和汇总在标准输出，问题在标准错误', async () => {
    const dir = temp();
    const data = readFileSync('data/示例县/2023.yaml', 'utf8').replace('指标:\n', '指标:\n  信访: {受理: 5}\n');
    writeFileSync(join(dir, '2023.yaml'), data);
    const io = captureIo();
    expect(await run(['build', join(dir, '2023.yaml'), '-o', join(dir, 'out')], io)).toBe(0);
    expect(io.stdout).toMatch(/2023\.yaml → .*\.docx/);
    expect(io.stdout).toMatch(/完成：生成 1 份/);
    expect(io.stderr).toContain('[figure/unused]');
    expect(io.stdout).not.toContain('[figure/unused]');
  });

  it('--quiet：只说错误，不说警告和汇总', async () => {
    const io = captureIo();
    expect(await run(['check', 'data/示例县', '--quiet'], io)).toBe(0);
    expect(io.stdout + io.stderr).toBe('');
    const bad = temp();
    writeFileSync(join(bad, '2023.yaml'), '地区: 测试县\n年度: 2023年\n');
    const io2 = captureIo();
    expect(await run(['check', join(bad, '2023.yaml'), '-q'], io2)).toBe(1);
    expect(io2.stdout).toContain('错误 [schema/type]');
    expect(io2.stdout).not.toContain('警告');
    expect(io2.stdout).not.toContain('检查了');
  });
});

describe('写不进去：退出码 1，说清是哪个文件，不说是 bug', () => {
  it('输出路径中间是一个文件（ENOTDIR）', async () => {
    const dir = temp();
    writeFileSync(join(dir, '挡路的文件'), 'x');
    const io = captureIo();
    expect(await run(['schema', '-o', join(dir, '挡路的文件', 's.json')], io)).toBe(1);
    expect(io.stderr).toContain(`写不进 ${join(dir, '挡路的文件', 's.json')}：路径中有一段是文件而不是文件夹`);
    expect(io.stderr).not.toMatch(/bug|内部错误|\bat .+:\d+/);
  });

  it('输出文件的名字已经是一个文件夹（EISDIR）', async () => {
    const dir = temp();
    mkdirSync(join(dir, 'd.md'));
    const io = captureIo();
    expect(await run(['diff', 'data/示例县', '--format', 'md', '-o', join(dir, 'd.md')], io)).toBe(1);
    expect(io.stderr).toContain('这个名字已经是一个文件夹');
    expect(io.stderr).not.toMatch(/bug|内部错误/);
  });
});
