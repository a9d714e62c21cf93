/** 读模板：标准模板能读；报告.hbs 里有 {{块}} 以外的文字、{{块}} 用错、语法错误、缺文件时说清楚（模板的临时副本上改）。 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadTemplate } from '../../../src/template/load-template.js';

const root = mkdtempSync(join(tmpdir(), 'fzbg-template-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const STANDARD = join(import.meta.dirname, '../../../templates/标准');
let copies = 0;

/** 标准模板的一份副本（每次一个新文件夹：读过的模板按文件夹记住）。 */
function copy(change?: (dir: string) => void): string {
  const dir = join(root, `模板${++copies}`);
  cpSync(STANDARD, dir, { recursive: true });
  change?.(dir);
  return dir;
}

const editReport = (dir: string, edit: (text: string) => string) => {
  const file = join(dir, '报告.hbs');
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
};

function failure(dir: string): { code: string; file: string; line: number; message: string; fix?: string } {
  const r = loadTemplate(dir);
  if (r.ok) throw new Error('应读取失败');
  expect(r.diagnostics).toHaveLength(1);
  return r.diagnostics[0]!;
}

describe('loadTemplate', () => {
  it('标准模板的副本能读：版式、默认标题、标准语句', () => {
    const dir = copy();
    const r = loadTemplate(dir);
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
    expect(r.template.dir).toBe(dir);
    expect(r.template.layout.每页行数).toBe(22);
    expect(r.template.defaultTitle).toContain('{{');
    expect(Object.keys(r.template.hbs.partials)).toContain('行政复议');
  });

  it('同一个文件夹只读一次', () => {
    const dir = copy();
    expect(loadTemplate(dir)).toBe(loadTemplate(dir));
  });

  it('报告.hbs 里有 {{块}} 以外的文字：template/invalid，说出那段文字', () => {
    const dir = copy((d) => editReport(d, (t) => t.replace('{{块 署名}}', '多余的说明文字{{块 署名}}')));
    const d = failure(dir);
    expect(d).toMatchObject({ code: 'template/invalid', file: join(dir, '报告.hbs') });
    expect(d.message).toContain('"多余的说明文字"');
  });

  it('{{块}} 给了一个列表：template/invalid', () => {
    const d = failure(copy((dir) => editReport(dir, (t) => t.replace('{{#each 导语}}{{块 this}}{{/each}}', '{{块 导语}}'))));
    expect(d.code).toBe('template/invalid');
    expect(d.message).toContain('列表');
  });

  it('写出视图里没有的项：说出是哪一项和能用的', () => {
    const d = failure(copy((dir) => editReport(dir, (t) => t + '{{落款}}\n')));
    expect(d.message).toContain('"落款"不存在');
    expect(`${d.message} ${d.fix ?? ''}`).toContain('标题、主送、导语、章、结束语、署名、日期、附注');
  });

  it('语法错误：指到报告.hbs 的那一行', () => {
    const dir = copy((d) => editReport(d, (t) => t.replace('{{#each 章}}{{> 节}}{{/each}}', '{{#each 章}}{{> 节}}')));
    const d = failure(dir);
    expect(d).toMatchObject({ code: 'template/invalid', file: join(dir, '报告.hbs') });
    expect(d.message).toContain('模板语法错误');
    expect(d.line).toBeGreaterThan(1);
  });

  it('标准语句的语法错误：指到那个文件', () => {
    const dir = copy((d) => writeFileSync(join(d, 'partials', '坏的.hbs'), '第一行\n{{#if 甲}}没有关上'));
    expect(failure(dir)).toMatchObject({ code: 'template/invalid', file: join(dir, 'partials', '坏的.hbs') });
  });

  it('缺了版式.yaml：说缺哪个文件', () => {
    const d = failure(copy((dir) => rmSync(join(dir, '版式.yaml'))));
    expect(d.message).toBe('模板缺少文件 版式.yaml。');
  });

  it('只有旧的 报告.md.hbs：说明要改写成 报告.hbs', () => {
    const d = failure(
      copy((dir) => {
        rmSync(join(dir, '报告.hbs'));
        writeFileSync(join(dir, '报告.md.hbs'), '# {{标题}}');
      }),
    );
    expect(d.message).toContain('报告.hbs');
    expect(d.file.endsWith('报告.md.hbs')).toBe(true);
  });

  it('版式写错：报的是版式文件的问题', () => {
    const r = loadTemplate(copy((dir) => writeFileSync(join(dir, '版式.yaml'), '每页行数: 很多\n')));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostics.every((d) => d.file.endsWith('版式.yaml'))).toBe(true);
  });

  it('找不到模板：template/not-found，列出有的模板', () => {
    const d = failure(join(root, '没有这个模板'));
    expect(d.code).toBe('template/not-found');
  });
});
