/**
 * 写不进去的每一种原因（EACCES、EPERM、EBUSY、ENOTDIR、ENOSPC……）：writeFileAtomic 抛出 WriteFailure，
 * 说的是要写的文件（不是临时文件）；.docx、.xlsx 提醒"可能正在 Word/WPS 里打开"；命令行据此退出码 1，不说是 bug。
 * 用 root 跑测试时造不出权限错误，所以让改名那一步按需失败（vi.mock 只换掉 renameSync）。
 */
import type * as realFs from 'node:fs';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const failWith: { code?: string } = {};
vi.mock('node:fs', async (original) => {
  const fs = await original<typeof realFs>();
  return {
    ...fs,
    renameSync: (from: string, to: string) => {
      if (failWith.code) throw Object.assign(new Error(`${failWith.code}: 假的失败`), { code: failWith.code, syscall: 'rename' });
      fs.renameSync(from, to);
    },
  };
});

const { writeFileAtomic } = await import('../../../src/write/write-file-atomic.js');
const { WriteFailure } = await import('../../../src/write/write-failure.js');
const { run } = await import('../../../src/cli.js');
const { captureIo } = await import('../../support/capture-io.js');

describe('写不进去', () => {
  it.each([
    ['EACCES', '报告.docx', '没有写入的权限', 'Word/WPS'],
    ['EPERM', '报告.docx', '操作系统不允许写入', 'Word/WPS'],
    ['EBUSY', '表.xlsx', '文件正被别的程序占用', 'Word/WPS'],
    ['ENOSPC', '报告.md', '磁盘已满', '清理磁盘空间'],
    ['ENOTDIR', '报告.md', '路径中有一段是文件', '输出位置'],
  ])('%s：说出 %s 和原因，临时文件不留下', (code, name, reason, hint) => {
    const dir = mkdtempSync(join(tmpdir(), 'fzbg-wf-'));
    failWith.code = code;
    try {
      const file = join(dir, name);
      let thrown: unknown;
      try {
        writeFileAtomic(file, '内容');
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toBeInstanceOf(WriteFailure);
      const message = (thrown as Error).message;
      expect(message).toContain(`写不进 ${file}`);
      expect(message).toContain(reason);
      expect(message).toContain(hint);
      expect(message).not.toContain('.tmp-');
      expect(readdirSync(dir)).toEqual([]);
      expect(existsSync(file)).toBe(false);
    } finally {
      failWith.code = undefined;
    }
  });

  it('命令行：写不进去是退出码 1，信息说清文件，不说"程序的 bug"', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fzbg-wf-'));
    failWith.code = 'EBUSY';
    try {
      const io = captureIo();
      expect(await run(['diff', 'data/示例县', '--format', 'docx', '-o', join(dir, '对比.docx')], io)).toBe(1);
      expect(io.stderr).toContain(`写不进 ${join(dir, '对比.docx')}：文件正被别的程序占用。文件可能正在 Word/WPS`);
      expect(io.stderr).not.toMatch(/bug|内部错误|\bat .+:\d+/);
    } finally {
      failWith.code = undefined;
    }
  });
});
