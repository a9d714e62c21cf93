/**
 * fzbg init：工作文件夹里的文件、决不覆盖；tasks.json 的问题匹配器把 fzbg check 的每条问题（文件、行、列、代码、严重程度）
 * 原样读进 VS Code 的"问题"面板；new 和 import 在数据文件夹里补上编辑器用的 Schema。
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli.js';
import { reportSchemaJson } from '../src/schema/schema-json.js';
import { captureIo } from './support/capture-io.js';

interface Matcher {
  severity: string;
  fileLocation: string[];
  pattern: { regexp: string; file: number; line: number; column: number; code: number; message: number };
}

const FILES = ['data/report.schema.json', '.vscode/extensions.json', '.vscode/settings.json', '.vscode/tasks.json', '使用说明.txt'];

describe('fzbg init', () => {
  it('做出数据文件夹、Schema、VS Code 设置、任务和使用说明', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fzbg-init-'));
    const io = captureIo();
    expect(await run(['init', '南昌县', '--dir', dir], io)).toBe(0);
    expect(existsSync(join(dir, 'data', '南昌县'))).toBe(true);
    for (const f of FILES) expect(io.stdout, f).toContain(`新建 ${join(dir, f)}`);
    expect(readFileSync(join(dir, 'data/report.schema.json'), 'utf8')).toBe(reportSchemaJson());
    const settings = JSON.parse(readFileSync(join(dir, '.vscode/settings.json'), 'utf8')) as Record<string, unknown>;
    expect(settings['yaml.schemas']).toEqual({ './data/report.schema.json': ['data/**/*.yaml', 'data/**/*.yml'] });
    expect(JSON.parse(readFileSync(join(dir, '.vscode/extensions.json'), 'utf8'))).toEqual({ recommendations: ['redhat.vscode-yaml'] });
    const tasks = JSON.parse(readFileSync(join(dir, '.vscode/tasks.json'), 'utf8')) as { tasks: { label: string; args: string[] }[] };
    expect(tasks.tasks.map((t) => [t.label, t.args.slice(-2)])).toEqual([
      ['fzbg 检查', ['check', 'data']],
      ['fzbg 生成', ['build', 'data']],
    ]);
    const usage = readFileSync(join(dir, '使用说明.txt'), 'utf8');
    expect(usage.startsWith('\ufefffzbg 使用说明\r\n')).toBe(true);
    expect(usage).toContain('Windows 7');
  });

  it('空的地区文件夹里放一份起步的数据文件：五部分的骨架，check 只提醒还没填的数，build 能生成', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fzbg-init-'));
    const io = captureIo();
    expect(await run(['init', '青山县', '--dir', dir], io)).toBe(0);
    const year = new Date().getMonth() < 3 ? new Date().getFullYear() - 1 : new Date().getFullYear();
    const starter = join(dir, 'data', '青山县', `${year}.yaml`);
    expect(io.stdout).toContain(`新建 ${starter}`);
    expect(io.stdout).toContain('照文件里的注释');
    const checked = captureIo();
    expect(await run(['check', '--json', starter], checked)).toBe(0);
    const result = JSON.parse(checked.stdout) as { diagnostics: { code: string; severity: string }[] };
    expect(result.diagnostics.map((d) => d.code)).toEqual(['figure/empty', 'figure/empty']);
    const built = captureIo();
    expect(await run(['build', starter, '--out', join(dir, 'out')], built), built.stderr).toBe(0);
    // 已经有数据文件的地区：不放
    const other = mkdtempSync(join(tmpdir(), 'fzbg-init-'));
    mkdirSync(join(other, 'data', '示例县'), { recursive: true });
    copyFileSync('data/示例县/2023.yaml', join(other, 'data', '示例县', '2023.yaml'));
    const again = captureIo();
    expect(await run(['init', '示例县', '--dir', other], again)).toBe(0);
    expect(again.stdout).not.toContain('.yaml');
  });

  it('已有的文件一个也不覆盖，说出留下了哪些', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fzbg-init-'));
    mkdirSync(join(dir, '.vscode'));
    writeFileSync(join(dir, '.vscode', 'settings.json'), '{ "editor.fontSize": 18 }\n');
    const first = captureIo();
    expect(await run(['init', '示例县', '--dir', dir], first)).toBe(0);
    expect(first.stdout).toContain('已经有、没有改动的 1 个文件');
    expect(readFileSync(join(dir, '.vscode', 'settings.json'), 'utf8')).toBe('{ "editor.fontSize": 18 }\n');
    writeFileSync(join(dir, '使用说明.txt'), '我自己的笔记');
    const second = captureIo();
    expect(await run(['init', '示例县', '--dir', dir], second)).toBe(0);
    expect(second.stdout).toContain(`已经有、没有改动的 ${FILES.length} 个文件`);
    expect(second.stdout).not.toContain('新建');
    expect(readFileSync(join(dir, '使用说明.txt'), 'utf8')).toBe('我自己的笔记');
  });

  it('地区里有 .. 是命令行错误，什么也不写', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fzbg-init-'));
    const io = captureIo();
    expect(await run(['init', '../外面', '--dir', dir], io)).toBe(2);
    expect(existsSync(join(dir, '.vscode'))).toBe(false);
  });

  it('任务的问题匹配器读出 check 报的每一条问题：文件、行、列、代码、错误或警告', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fzbg-init-'));
    await run(['init', '示例县', '--dir', dir], captureIo());
    const tasks = JSON.parse(readFileSync(join(dir, '.vscode/tasks.json'), 'utf8')) as { tasks: { problemMatcher: Matcher[] }[] };
    const matchers = tasks.tasks[0]!.problemMatcher;
    expect(matchers.map((m) => m.severity)).toEqual(['error', 'warning']);
    const files = ['几处错误一次报出', 'GBK编码且年度有误', '受理多于收到申请', '全角逗号-列表', 'Tab缩进'].map(
      (n) => `tests/fixtures/bad/${n}.expect-error.yaml`,
    );
    const text = captureIo();
    await run(['check', ...files], text);
    const json = captureIo();
    await run(['check', '--json', ...files], json);
    const expected = (
      JSON.parse(json.stdout) as { diagnostics: { file: string; line: number; column: number; code: string; severity: string }[] }
    ).diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.code}`);
    const found: string[] = [];
    for (const line of text.stdout.split('\n'))
      for (const m of matchers) {
        const g = new RegExp(m.pattern.regexp).exec(line);
        if (g) found.push(`${g[m.pattern.file]}:${g[m.pattern.line]}:${g[m.pattern.column]} ${m.severity} ${g[m.pattern.code]}`);
      }
    expect(new Set(expected.map((e) => e.split(' ')[1])).size).toBe(2); // 错误和警告都有
    expect(expected.length).toBeGreaterThan(5);
    expect(found).toEqual(expected);
  });
});

describe('new 和 import 补上数据文件首行指向的 Schema', () => {
  it('fzbg new：数据文件夹里没有 report.schema.json 时写一份', async () => {
    const data = join(mkdtempSync(join(tmpdir(), 'fzbg-new-schema-')), 'data');
    mkdirSync(join(data, '示例县'), { recursive: true });
    copyFileSync('data/示例县/2023.yaml', join(data, '示例县', '2023.yaml'));
    expect(await run(['new', '示例县', '2024', '--data', data], captureIo())).toBe(0);
    expect(readFileSync(join(data, 'report.schema.json'), 'utf8')).toBe(reportSchemaJson());
  });

  it('fzbg import：同样补上；已有的不动', async () => {
    const data = join(mkdtempSync(join(tmpdir(), 'fzbg-import-schema-')), 'data');
    expect(await run(['import', 'seeds/000_d48e264ae942e3b1.txt', '--out', data], captureIo())).toBe(0);
    expect(readFileSync(join(data, 'report.schema.json'), 'utf8')).toBe(reportSchemaJson());
    writeFileSync(join(data, 'report.schema.json'), '{}\n');
    expect(await run(['import', 'seeds/000_d48e264ae942e3b1.txt', '--out', data, '--force'], captureIo())).toBe(0);
    expect(readFileSync(join(data, 'report.schema.json'), 'utf8')).toBe('{}\n');
  });
});
