import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { fzbgInvocation } from '../init/fzbg-invocation.js';
import { initFolder } from '../init/init-folder.js';
import { unsafeFolderName } from '../text/safe-folder-name.js';
import type { Io } from './io.js';
import { Reporter, type OutputOptions } from './reporter.js';

export interface InitOptions extends OutputOptions {
  /** 工作文件夹，默认当前文件夹。 */
  dir?: string;
}

/** fzbg init <地区>：在工作文件夹里做好 data/<地区>/、编辑器用的 Schema、VS Code 设置和使用说明。决不覆盖。 */
export function initCommand(region: string, options: InitOptions, io: Io): ExitCode {
  const say = new Reporter(io, options);
  const unsafe = unsafeFolderName(region);
  if (unsafe) {
    io.err(`命令行有误：${unsafe}`);
    return EXIT.badUsage;
  }
  const dir = options.dir ?? '.';
  const result = initFolder(dir, region, fzbgInvocation());
  const shown = (f: string) => (dir === '.' ? f : join(dir, f));
  say.data({
    command: 'init',
    version: 1,
    ok: true,
    dir,
    regionDir: shown(result.regionDir),
    written: result.written.map(shown),
    kept: result.kept.map(shown),
  });
  say.result(`已准备好工作文件夹${dir === '.' ? '（当前文件夹）' : ` ${dir}`}：`);
  say.result(`  数据文件夹 ${shown(result.regionDir)}`);
  for (const f of result.written) say.result(`  新建 ${shown(f)}`);
  if (result.kept.length) {
    say.result(`  已经有、没有改动的 ${result.kept.length} 个文件：`);
    for (const f of result.kept) say.result(`    ${shown(f)}`);
  }
  const starter = result.written.find((f) => f.startsWith(result.regionDir) && /\.ya?ml$/i.test(f));
  const hasData = readdirSync(join(dir, result.regionDir)).some((f) => /\.ya?ml$/i.test(f));
  say.result('下一步：');
  if (starter) {
    say.result(`  照文件里的注释把"（……）"换成本县的内容：${shown(starter)}，再运行 fzbg check ${shown('data')}`);
    say.result(`  有去年的报告时，也可以导入：fzbg import 去年的报告.docx --out ${shown('data')}`);
  } else if (!hasData) {
    say.result(`  有去年的报告时：fzbg import 去年的报告.docx --out ${shown('data')}`);
    say.result(`  或者照 使用说明.txt 和 README 的样例写 ${shown(join(result.regionDir, '<年度>.yaml'))}`);
  } else {
    say.result(`  fzbg check ${shown('data')}`);
  }
  say.result('  用 VS Code 打开这个文件夹，安装提示的 YAML 扩展，按 Ctrl+Shift+B 检查。');
  return EXIT.ok;
}
