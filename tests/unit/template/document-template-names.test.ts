/** 报告.hbs 里写错的名字（{{块 落款}}、{{#each 导言}}）在读模板时就报出来，指到那一行；标准模板没有问题。 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTemplate } from '../../../src/template/load-template.js';

function templateWith(edit: (text: string) => string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'fzbg-tpl-')), '模板');
  cpSync('templates/标准', dir, { recursive: true });
  const file = join(dir, '报告.hbs');
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  return dir;
}

describe('报告.hbs 里的名字', () => {
  it('标准模板：都认识', () => {
    expect(loadTemplate('标准').ok).toBe(true);
  });

  it.each([
    ['{{块 落款}}', (t: string) => t.replace('{{块 附注}}', '{{块 落款}}'), '落款'],
    ['{{#each 导言}}', (t: string) => t.replace('{{#each 导语}}', '{{#each 导言}}'), '导言'],
    ['节里的 {{#each 段}}', (t: string) => t.replace('{{#each 段落}}', '{{#each 段}}'), '段'],
  ])('%s：template/invalid，说出名字和行', (_name, edit, word) => {
    const dir = templateWith(edit);
    const loaded = loadTemplate(dir);
    if (loaded.ok) throw new Error('写错的模板不该读成功');
    const d = loaded.diagnostics[0];
    expect(d).toMatchObject({ code: 'template/invalid', file: join(dir, '报告.hbs') });
    expect(d?.message).toBe(`报告.hbs 用到的"${word}"不存在。`);
    const lines = readFileSync(join(dir, '报告.hbs'), 'utf8').split('\n');
    expect(lines[(d?.line ?? 0) - 1]).toContain(word);
  });
});
