/**
 * 单文件可执行程序（Node 20 的 Single Executable Application）的主脚本，scripts/dist.ts 把它打成一个文件注入 node。
 *
 * 启动快靠 V8 的启动快照：构建时（isBuildingSnapshot）先加载全部代码，把样例检查、生成一遍（warm-up.ts），
 * 库的初始化、已编译的函数、加载好的校验代码和 .docx 部件都进了快照；运行时从快照里的这一刻接着走，只剩读数据、渲染、写文件。
 * 运行时要的路径、终端等一律在运行时取（快照里存的是构建机器上的）：
 *   - 模板、预编译部件、工作线程代码由 extract-assets.ts 放到临时文件夹，globalThis.__fzbgModuleUrl 指向那里，
 *     代码里的 import.meta.url（打包时换成它）就从那里找模板（paths.ts）和工作线程（batch/build-batch.ts）；
 *   - 输出口（是不是终端）在运行时建。
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Io } from '../commands/io.js';
import { extractAssets } from './extract-assets.js';
import { releaseNativeResources } from './snapshot-safe-globals.js';

declare global {
  var __fzbgModuleUrl: string;
}

/** 在运行时建输出口：快照里的 process.stdout 状态是构建时的。 */
function runtimeIo(): Io {
  return {
    out: (t) => process.stdout.write(t.endsWith('\n') ? t : t + '\n'),
    err: (t) => process.stderr.write(t.endsWith('\n') ? t : t + '\n'),
    isTTY: Boolean(process.stderr.isTTY),
    isStdoutTTY: Boolean(process.stdout.isTTY),
    write: (t) => void process.stderr.write(t),
  };
}

async function main(): Promise<void> {
  const sea = process.getBuiltinModule('node:sea');
  const root = extractAssets(sea.getAsset);
  globalThis.__fzbgModuleUrl = pathToFileURL(join(root, 'dist', 'bundle', 'fzbg.js')).href;
  // 命令行在设好位置之后才加载（import() 打包后是延迟的 require）：模块加载时就要用到位置（预编译部件所在）。
  const { run } = await import('../cli.js');
  // 可执行程序里 process.argv 是 [程序, 程序, …参数]（node 的 SEA 把自己也当作脚本名）。
  process.exitCode = await run(process.argv.slice(2), runtimeIo());
}

const v8 = process.getBuiltinModule('node:v8');
if (v8.startupSnapshot.isBuildingSnapshot()) {
  // 构建快照：资源照运行时的样子放到同一个临时文件夹（scripts/dist.ts 告诉我们每个资源在源码树里的哪个文件），
  // 然后把样例走一遍（见 warm-up.ts），约定运行时从 main 开始。文件夹相同，运行时模板的缓存就能用上，不必再读模板；
  // 临时文件夹不同的机器（如 TMPDIR 另设）只是重新读一次。
  const files = JSON.parse(readFileSync(process.env.FZBG_SEA_ASSET_FILES ?? '', 'utf8')) as Record<string, string>;
  const root = extractAssets((key) => readFileSync(files[key] ?? key));
  globalThis.__fzbgModuleUrl = pathToFileURL(join(root, 'dist', 'bundle', 'fzbg.js')).href;
  v8.startupSnapshot.setDeserializeMainFunction(() => void main());
  v8.startupSnapshot.addSerializeCallback(releaseNativeResources);
  void import('./warm-up.js').then((m) => m.warmUp());
} else {
  void main();
}
