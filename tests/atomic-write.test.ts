/**
 * 写文件不丢东西：构建进程在写到一半或改名之前被杀掉（SIGKILL，模拟断电、强行结束），
 * 输出文件夹里留下的是上一次完好的文件，或者没有文件，决不是写了一半的文件。
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = resolve('bin/fzbg.js');

function build(data: string, out: string, fault?: string) {
  const args = fault ? ['--require', resolve(`tests/fixtures/faults/${fault}.cjs`), BIN] : [BIN];
  return spawnSync(process.execPath, [...args, 'build', data, '--out', out], { encoding: 'utf8' });
}

function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'fzbg-atomic-'));
  const data = join(dir, 'data', '南昌县', '2023.yaml');
  cpSync('data/南昌县', join(dir, 'data', '南昌县'), { recursive: true });
  return { dir, data, out: join(dir, 'out'), docx: join(dir, 'out', '南昌县', '2023年度法治政府建设情况报告.docx') };
}

describe('构建被杀掉时', () => {
  for (const fault of ['kill-before-rename', 'kill-mid-write']) {
    it(`${fault}：上一次的文件原样保留`, () => {
      const { data, out, docx } = setup();
      expect(build(data, out).status).toBe(0);
      const before = readFileSync(docx);
      const md = readFileSync(docx.replace(/\.docx$/, '.md'));
      writeFileSync(data, readFileSync(data, 'utf8').replace('收到申请: 233', '收到申请: 234'));
      const killed = build(data, out, fault);
      expect(killed.signal).toBe('SIGKILL');
      expect(readFileSync(docx).equals(before)).toBe(true);
      expect(readFileSync(docx.replace(/\.docx$/, '.md')).equals(md)).toBe(true);
      // 再构建一次：新文件写成，上次留下的临时文件被清掉
      expect(build(data, out).status).toBe(0);
      expect(readFileSync(docx).equals(before)).toBe(false);
      expect(readdirSync(join(out, '南昌县')).filter((n) => n.includes('.tmp-'))).toEqual([]);
    });

    it(`${fault}：以前没有文件时，也不留下半个文件`, () => {
      const { data, out, docx } = setup();
      expect(build(data, out, fault).signal).toBe('SIGKILL');
      expect(existsSync(docx)).toBe(false);
      expect(existsSync(docx.replace(/\.docx$/, '.md'))).toBe(false);
    });
  }
});
