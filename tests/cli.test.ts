/** 命令行在进程内运行：退出码、中文信息、行列。 */
import { mkdtempSync, readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli.js';
import { captureIo } from './support/capture-io.js';

const capture = captureIo;

function tempFile(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'fzbg-cli-'));
  const f = join(dir, name);
  mkdirSync(join(f, '..'), { recursive: true });
  writeFileSync(f, text);
  return f;
}

const GOOD = `地区: 测试县
年度: 2023
发文机关: 测试县人民政府
成文日期: 2024-01-25
正文:
  - 类别: 工作情况
    标题: 主要工作
    内容: 做了工作。
  - {类别: 存在问题, 标题: 存在的问题, 内容: 有不足。}
  - {类别: 下步打算, 标题: 下步打算, 内容: 继续努力。}
`;

describe('fzbg 命令行', () => {
  it('check 正确的文件：退出码 0', async () => {
    const io = capture();
    expect(await run(['check', tempFile('2023.yaml', GOOD)], io)).toBe(0);
    expect(io.stdout).toContain('0 个错误');
  });

  it('check 坏文件：退出码 1，中文信息指明行和列', async () => {
    const io = capture();
    const f = tempFile('2023.yaml', GOOD.replace('年度: 2023', '年度: 2023年'));
    expect(await run(['check', f], io)).toBe(1);
    expect(io.stdout).toContain(`${f}:2:5 错误 [schema/type]`);
    expect(io.stdout).toContain('"年度"应为整数，写成了"2023年"');
    expect(io.stdout).toContain('请去掉单位"年"');
  });

  it('YAML 语法错误也指明行列', async () => {
    const io = capture();
    const f = tempFile('2023.yaml', GOOD.replace('发文机关: 测试县人民政府', '发文机关："测试县人民政府'));
    expect(await run(['check', f], io)).toBe(1);
    expect(io.stdout).toMatch(new RegExp(`${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3:\\d+ 错误`));
  });

  it('引用不存在的数字：错误指到那一行，不生成文件', async () => {
    const io = capture();
    const f = tempFile('2023.yaml', GOOD.replace('内容: 做了工作。', '内容: 受理{{指标.行政复议.受理}}件。'));
    const out = mkdtempSync(join(tmpdir(), 'fzbg-out-'));
    expect(await run(['build', f, '--out', out], io)).toBe(1);
    expect(io.stderr).toContain(`${f}:8:`);
    expect(io.stderr).toContain('引用的数据"指标.行政复议.受理"不存在');
    expect(existsSync(join(out, '测试县'))).toBe(false);
  });

  it('build 写出 .docx 和 .md', async () => {
    const io = capture();
    const out = mkdtempSync(join(tmpdir(), 'fzbg-out-'));
    expect(await run(['build', tempFile('2023.yaml', GOOD), '--out', out], io)).toBe(0);
    expect(existsSync(join(out, '测试县', '2023年度法治政府建设情况报告.docx'))).toBe(true);
    expect(readFileSync(join(out, '测试县', '2023年度法治政府建设情况报告.md'), 'utf8')).toContain('## 一、主要工作');
  });

  it('命令行写错：退出码 2，中文说明', async () => {
    const io = capture();
    expect(await run(['check', '--no-such-option'], io)).toBe(2);
    expect(io.stderr).toContain('不认识的选项');
    const io2 = capture();
    expect(await run(['no-such-command'], io2)).toBe(2);
    expect(io2.stderr).toContain('不认识的命令');
  });

  it('找不到文件：退出码 1', async () => {
    const io = capture();
    expect(await run(['check', '/no/such/file.yaml'], io)).toBe(1);
    expect(io.stdout).toContain('找不到这个文件或文件夹');
  });

  it('--json 输出给程序读的结构', async () => {
    const io = capture();
    const f = tempFile('2023.yaml', GOOD.replace('年度: 2023', '年度: 二〇二三'));
    expect(await run(['check', '--json', f], io)).toBe(1);
    const json = JSON.parse(io.stdout);
    expect(json.ok).toBe(false);
    expect(json.diagnostics[0]).toMatchObject({ code: 'schema/type', severity: 'error', file: f, line: 2, column: 5 });
  });

  it('schema 命令写出 JSON Schema', async () => {
    const io = capture();
    const f = join(mkdtempSync(join(tmpdir(), 'fzbg-schema-')), 's.json');
    expect(await run(['schema', '--out', f], io)).toBe(0);
    expect(JSON.parse(readFileSync(f, 'utf8')).title).toBe('法治政府建设年度报告数据');
  });

  it('--help 是中文，退出码 0', async () => {
    const io = capture();
    expect(await run(['--help'], io)).toBe(0);
    expect(io.stdout).toContain('检查数据文件');
  });
});
