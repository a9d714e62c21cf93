/** 命令行给的文件和文件夹 → 数据文件（文件夹里递归找 .yaml/.yml，按路径排序，跳过隐藏的）。 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findDataFiles } from '../../../src/pipeline/find-data-files.js';

const root = mkdtempSync(join(tmpdir(), 'fzbg-find-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

for (const f of [
  '乙县/2023.yaml',
  '乙县/2022.YML',
  '甲县/2021.yml',
  '甲县/说明.txt',
  '.隐藏/2023.yaml',
  '甲县/.2020.yaml',
  'a/b/c/2019.yaml',
]) {
  mkdirSync(join(root, f, '..'), { recursive: true });
  writeFileSync(join(root, f), '');
}

describe('findDataFiles', () => {
  it('文件夹：递归找 .yaml 和 .yml（不分大小写），按名字排序，跳过 . 开头的', () => {
    const { files, missing } = findDataFiles([root]);
    expect(files.map((f) => relative(root, f))).toEqual(
      ['a/b/c/2019.yaml', '乙县/2022.YML', '乙县/2023.yaml', '甲县/2021.yml'].map((f) => join(f)),
    );
    expect(missing).toEqual([]);
  });

  it('直接给的文件照收（不看扩展名）；找不到的列出来', () => {
    const txt = join(root, '甲县/说明.txt');
    const gone = join(root, '没有/2023.yaml');
    expect(findDataFiles([txt, gone, join(root, '甲县')])).toEqual({ files: [txt, join(root, '甲县/2021.yml')], missing: [gone] });
  });
});
