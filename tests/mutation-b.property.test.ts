/** 对真实样例的 5,000 次随机改动（另一半在 mutation-a.property.test.ts，两个文件在两个核上并行）。 */
import { expect, it } from 'vitest';
import { runMutationProperty } from './support/mutation-property.js';

it('改动过的样例：生成文件或给出诊断，决不崩溃；生成的 .docx 每个 XML 部件都能解析', async () => {
  const r = await runMutationProperty(5_000, 4242);
  console.log(`性质测试 b：${r.runs} 次，其中 ${r.built} 次生成了 .docx，用时 ${(r.ms / 1000).toFixed(1)} 秒`);
  expect(r.runs).toBe(5_000);
}, 600_000);
