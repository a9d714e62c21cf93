/** 金样：每份样例的 .md 预览和文档模型与仓库里的一致（改动模板或渲染时一眼看出变化）。 */
import { describe, expect, it } from 'vitest';
import { printMarkdown } from '../src/markdown/print-markdown.js';
import { buildFile } from './support/build-in-memory.js';
import { SEEDS } from './support/seed-bodies.js';

describe.each(SEEDS.map((s) => [s.data] as const))('%s 的金样', (file) => {
  it('.md 预览与文档模型不变', async () => {
    const built = await buildFile(file);
    const name = file
      .replace(/^data\//, '')
      .replace(/\.yaml$/, '')
      .replace('/', '-');
    await expect(printMarkdown(built.model)).toMatchFileSnapshot(`golden/${name}.md`);
    await expect(JSON.stringify(built.model, null, 1) + '\n').toMatchFileSnapshot(`golden/${name}.model.json`);
  });
});
