/** fzbg import 命令行（进程内）：写出的文件、不覆盖、--force、坏路径和不支持的文件的中文信息与退出码。 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli.js';
import { captureIo } from './support/capture-io.js';

const capture = captureIo;

const SEED = 'seeds/000_d48e264ae942e3b1.txt';

describe('fzbg import', () => {
  it('写出 <out>/<地区>/<年度>.yaml：第一行是 Schema，检查没有错误，退出码 0', async () => {
    const out = mkdtempSync(join(tmpdir(), 'fzbg-import-cli-'));
    const io = capture();
    expect(await run(['import', SEED, '--out', out], io)).toBe(0);
    const file = join(out, '泸西县', '2020.yaml');
    const text = readFileSync(file, 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../report.schema.json');
    expect(io.stdout).toContain('已写入');
    expect(io.stdout).toContain('3 章、19 个事项、22 个指标');
    const check = capture();
    expect(await run(['check', file], check)).toBe(0);
    expect(check.stdout).toContain('0 个错误');
  });

  it('已有同名文件：不覆盖，指出文件，退出码 1；加 --force 才覆盖', async () => {
    const out = mkdtempSync(join(tmpdir(), 'fzbg-import-cli-'));
    expect(await run(['import', SEED, '--out', out], capture())).toBe(0);
    const file = join(out, '泸西县', '2020.yaml');
    writeFileSync(file, '# 办事员改过的文件\n');
    const io = capture();
    expect(await run(['import', SEED, '--out', out], io)).toBe(1);
    expect(io.stderr).toContain(`${file}:1:1 错误 [import/exists] "${file}"已经存在，没有覆盖。`);
    expect(io.stderr).toContain('--force');
    expect(readFileSync(file, 'utf8')).toBe('# 办事员改过的文件\n');
    expect(await run(['import', SEED, '--out', out, '--force'], capture())).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('地区: 泸西县');
  });

  it('文件不存在：中文说明，退出码 1，没有堆栈', async () => {
    const io = capture();
    expect(await run(['import', '没有这个文件.txt'], io)).toBe(1);
    expect(io.stderr).toContain('没有这个文件.txt:1:1 错误 [import/not-found] 找不到要导入的文件"没有这个文件.txt"。');
    expect(io.stderr).not.toMatch(/\bat .+:\d+:\d+\)/);
  });

  it('不是 .txt 或 .docx、是文件夹、坏的 .docx、没有汉字、不是文字：中文说明，退出码 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fzbg-import-cli-'));
    const pdf = join(dir, '报告.pdf');
    writeFileSync(pdf, '%PDF-1.4');
    const docx = join(dir, '坏的.docx');
    writeFileSync(docx, '这不是 Word 文件');
    const english = join(dir, '英文.txt');
    writeFileSync(english, 'Annual report\nNothing in Chinese here.\n');
    const binary = join(dir, '二进制.txt');
    writeFileSync(binary, Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x80, 0xff]));
    for (const [input, code, words] of [
      [pdf, 'import/unsupported-type', '只能导入 .txt 或 .docx 文件'],
      [dir, 'import/not-a-file', '是文件夹，不是报告文件'],
      [docx, 'import/docx-unreadable', '读不出这个 Word 文件'],
      [english, 'import/not-a-report', '看不出是一份报告'],
      [binary, 'encoding/unknown', '既不是 UTF-8 也不是 GBK'],
    ] as const) {
      const io = capture();
      expect(await run(['import', input, '--out', join(dir, 'data')], io)).toBe(1);
      expect(io.stderr).toContain(`[${code}]`);
      expect(io.stderr).toContain(words);
      expect(existsSync(join(dir, 'data'))).toBe(false);
    }
  });

  it('缺少参数：命令行有误，退出码 2', async () => {
    const io = capture();
    expect(await run(['import'], io)).toBe(2);
    expect(io.stderr).toContain('缺少参数');
  });
});
