/**
 * fzbg build --pdf（进程内）：一次 LibreOffice 转完全部；PDF 写在 .docx 旁边；不同县同一年度的报告同名也不互相覆盖；
 * 临时文件夹不留下；转换失败时原来的 PDF 不动；没装 LibreOffice 时说中文、退出码 1、.docx 照样生成。
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli.js';
import { buildCommand } from '../src/commands/build.js';
import type { Io } from '../src/commands/io.js';
import { INSTALL_HINT } from '../src/pdf/find-soffice.js';
import { writePdfs } from '../src/pdf/write-pdfs.js';
import { outputPaths } from '../src/write/output-paths.js';

function capture(): Io & { stderr: string } {
  const io = {
    stderr: '',
    isTTY: false,
    out: (t: string) => void (io.stderr += t + '\n'),
    err: (t: string) => void (io.stderr += t + '\n'),
  };
  return io;
}

const pdfText = (pdf: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).replace(/\s/g, '');

/** 南昌县 2023 的数据改成另一个县（同一年度，输出文件同名）。 */
function otherCounty(dir: string, name: string): string {
  const f = join(dir, name, '2023.yaml');
  mkdirSync(join(dir, name), { recursive: true });
  writeFileSync(f, readFileSync('data/南昌县/2023.yaml', 'utf8').replaceAll('南昌县', name));
  return f;
}

describe('fzbg build --pdf', () => {
  it('没有 LibreOffice：.docx 照样生成，说明怎样安装，退出码 1', async () => {
    const out = mkdtempSync(join(tmpdir(), 'fzbg-nolo-'));
    const io = capture();
    const env = { PATH: '', FZBG_NO_USUAL_PATHS: '1' };
    const code = await buildCommand(['data/瀍河回族区/2021.yaml'], { out, pdf: true }, io, env);
    expect(code).toBe(1);
    expect(io.stderr).toContain(INSTALL_HINT);
    expect(io.stderr).toContain('没有找到 LibreOffice');
    expect(io.stderr).not.toMatch(/\n\s+at /); // 没有调用栈
    const paths = outputPaths(out, '瀍河回族区', 2021);
    expect(existsSync(paths.docx)).toBe(true);
    expect(existsSync(paths.pdf)).toBe(false);
  });

  it('不加 --pdf 时不找 LibreOffice', async () => {
    const out = mkdtempSync(join(tmpdir(), 'fzbg-nopdf-'));
    const io = capture();
    expect(await buildCommand(['data/瀍河回族区/2021.yaml'], { out }, io, { PATH: '', FZBG_NO_USUAL_PATHS: '1' })).toBe(0);
    expect(io.stderr).not.toContain('LibreOffice');
  });

  it('命令行：两个县同一年度一次转完，PDF 在各自的 .docx 旁边，旧 PDF 被替换，不留临时文件夹', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fzbg-pdf-cli-'));
    const out = join(dir, 'out');
    const a = otherCounty(dir, '甲县');
    const b = otherCounty(dir, '乙县');
    // 以前被杀掉的进程留下的临时文件夹（进程号不存在）：这次顺手删掉。
    mkdirSync(join(out, '.fzbg-pdf-999999999-abc'), { recursive: true });
    const old = outputPaths(out, '甲县', 2023).pdf;
    mkdirSync(join(old, '..'), { recursive: true });
    writeFileSync(old, '旧文件');
    const io = capture();
    expect(await run(['build', a, b, '--pdf', '--out', out], io)).toBe(0);
    expect(io.stderr).toContain('PDF：2 份，一次 LibreOffice 转换');
    for (const [name, other] of [
      ['甲县', '乙县'],
      ['乙县', '甲县'],
    ]) {
      const pdf = outputPaths(out, name ?? '', 2023).pdf;
      expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
      const text = pdfText(pdf);
      expect(text).toContain(`${name}政府2023年度法治政府建设工作报告`);
      expect(text).not.toContain(other);
    }
    expect(readdirSync(out).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('有一份转不出来：其余的照样写好，那一份原来的 PDF 不动，说明是哪个文件', async () => {
    const out = mkdtempSync(join(tmpdir(), 'fzbg-pdf-bad-'));
    const io = capture();
    expect(await buildCommand(['data/瀍河回族区/2021.yaml'], { out }, io)).toBe(0);
    const good = outputPaths(out, '瀍河回族区', 2021);
    const bad = { docx: join(out, '坏.docx'), pdf: join(out, '坏.pdf') };
    writeFileSync(bad.docx, readFileSync(good.docx).subarray(0, 3000)); // 截断了的 .docx：LibreOffice 打不开
    writeFileSync(bad.pdf, '上一次的 PDF');
    const result = await writePdfs([good, bad], out);
    expect(result.ok).toBe(false);
    expect(result.ok || result.message).toContain(bad.docx);
    expect(result.ok || result.missingLibreOffice).toBe(false);
    expect(result.written).toEqual([good.pdf]);
    expect(readFileSync(bad.pdf, 'utf8')).toBe('上一次的 PDF');
    expect(readdirSync(out).filter((n) => n.startsWith('.'))).toEqual([]);
  });
});
