/**
 * 单文件可执行程序 dist/fzbg-linux-x64（npm test 之前由 node dist/scripts/dist.js --linux 生成，带启动快照）：
 * 在一个没有 Node 的 PATH 里、从别的文件夹运行 check、build（单个和批量的工作线程）、new、diff --format docx、import、init。
 * Windows 版由 scripts/test-windows-exe.sh 在 Wine 里测（太慢，不放进 npm test）。
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { printMarkdown } from '../src/markdown/print-markdown.js';
import { paragraphTexts, readDocumentXml } from './support/read-docx-text.js';
import { buildFile } from './support/build-in-memory.js';

const EXE = resolve('dist/fzbg-linux-x64');
let work = '';

/** 运行可执行程序：PATH 只有一个空文件夹（没有 node），证明它不需要装 Node。 */
function fzbg(...args: string[]) {
  const r = spawnSync(EXE, args, { cwd: work, env: { PATH: join(work, '空'), HOME: work, LANG: 'C.UTF-8' }, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  expect(existsSync(EXE), '先运行 node dist/scripts/dist.js --linux').toBe(true);
  work = mkdtempSync(join(tmpdir(), 'fzbg-exe-'));
  for (const region of ['南昌县', '示例县', '泸西县', '清镇市', '瀍河回族区'])
    cpSync(join('data', region), join(work, 'data', region), { recursive: true });
  mkdirSync(join(work, '空'));
});

describe('Linux 单文件可执行程序', () => {
  it('check：好的文件退出码 0，坏的文件报出中文问题和行列，退出码 1', () => {
    const ok = fzbg('check', 'data/南昌县/2023.yaml');
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('检查了 1 个文件：0 个错误');
    mkdirSync(join(work, '坏'), { recursive: true });
    cpSync(resolve('tests/fixtures/bad/几处错误一次报出.expect-error.yaml'), join(work, '坏', '2023.yaml'));
    const bad = fzbg('check', '坏/2023.yaml');
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/^坏\/2023\.yaml:\d+:\d+ 错误 \[schema\//m);
  });

  it('build：一份与进程内生成的文字相同；一个文件夹在工作线程上批量生成', async () => {
    const one = fzbg('build', 'data/示例县/2024.yaml', '--out', '输出');
    expect(one.code, one.stderr).toBe(0);
    const docx = readFileSync(join(work, '输出', '示例县', '2024年度法治政府建设情况报告.docx'));
    const alone = await buildFile('data/示例县/2024.yaml');
    expect(paragraphTexts(await readDocumentXml(docx))).toEqual(paragraphTexts(await readDocumentXml(alone.docx)));
    expect(readFileSync(join(work, '输出', '示例县', '2024年度法治政府建设情况报告.md'), 'utf8')).toBe(printMarkdown(alone.model));

    const batch = fzbg('build', 'data', '--out', '批量', '--jobs', '2');
    expect(batch.code, batch.stderr).toBe(0);
    expect(batch.stdout).toMatch(/完成：生成 6 份，失败 0 份/);
    expect(batch.stderr).toMatch(/进度：6\/6/); // 批量的进度行：走的是工作线程那条路
    expect(readdirSync(join(work, '批量')).sort()).toEqual(['南昌县', '泸西县', '清镇市', '瀍河回族区', '示例县'].sort());
  });

  it('new、diff --format docx、import、init', () => {
    const next = fzbg('new', '南昌县', '2024');
    expect(next.code, next.stderr).toBe(0);
    expect(readFileSync(join(work, 'data', '南昌县', '2024.yaml'), 'utf8')).toContain('年度: 2024');
    expect(existsSync(join(work, 'data', 'report.schema.json'))).toBe(true);

    const diff = fzbg('diff', 'data/示例县', '--format', 'docx', '--out', '比较.docx');
    expect(diff.code, diff.stderr).toBe(0);
    expect(readFileSync(join(work, '比较.docx')).subarray(0, 2).toString()).toBe('PK');

    cpSync(resolve('seeds/000_d48e264ae942e3b1.txt'), join(work, '去年的报告.txt'));
    const imported = fzbg('import', '去年的报告.txt', '--out', '导入');
    expect(imported.code, imported.stderr).toBe(0);
    expect(readFileSync(join(work, '导入', '泸西县', '2020.yaml'), 'utf8').split('\n')[0]).toBe(
      '# yaml-language-server: $schema=../report.schema.json',
    );

    const init = fzbg('init', '安义县', '--dir', '新文件夹');
    expect(init.code, init.stderr).toBe(0);
    const tasks = JSON.parse(readFileSync(join(work, '新文件夹', '.vscode', 'tasks.json'), 'utf8')) as { tasks: { command: string }[] };
    expect(tasks.tasks[0]!.command).toBe(EXE); // 任务运行的就是这个程序
  });

  it('帮助和版本', () => {
    const help = fzbg('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('init');
    expect(fzbg('--version').stdout.trim()).toBe((JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version);
  });
});
