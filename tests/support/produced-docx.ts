/**
 * 测试用：fzbg 会写出的每一种 .docx，真的经命令行写到一个临时文件夹里——
 * data/ 下每一份样例数据的 build，和 data/示例县 两个年度的修订稿（diff --format docx）。
 * 样例从 data/ 里数出来，以后加了样例也一并检查。
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli.js';
import { captureIo } from './capture-io.js';

/** data/ 下的每一份数据文件（<地区>/<年度>.yaml）。 */
export function sampleDataFiles(): string[] {
  return readdirSync('data', { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(join('data', d.name))
        .filter((f) => /^\d{4}\.yaml$/.test(f))
        .map((f) => join('data', d.name, f)),
    )
    .sort();
}

export interface ProducedDocx {
  /** 给人看的名字：<地区>/<文件名>。 */
  name: string;
  path: string;
}

/** 生成全部样例和修订稿，返回每份 .docx。 */
export async function writeProducedDocx(): Promise<ProducedDocx[]> {
  const out = mkdtempSync(join(tmpdir(), 'fzbg-produced-'));
  const io = captureIo();
  const built = await run(['build', ...sampleDataFiles(), '--out', out], io);
  if (built !== 0) throw new Error(`fzbg build 失败（退出码 ${built}）：${io.stderr}`);
  const redline = join(out, '示例县', '示例县-修订稿.docx');
  const diffed = await run(['diff', 'data/示例县', '--format', 'docx', '--out', redline], io);
  if (diffed !== 0) throw new Error(`fzbg diff --format docx 失败（退出码 ${diffed}）：${io.stderr}`);
  return readdirSync(out, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(join(out, d.name))
        .filter((f) => f.endsWith('.docx'))
        .map((f) => ({ name: `${d.name}/${f}`, path: join(out, d.name, f) })),
    )
    .sort((a, b) => a.name.localeCompare(b.name));
}
