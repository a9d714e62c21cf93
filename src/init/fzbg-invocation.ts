import { join } from 'node:path';
import { packageRoot } from '../paths.js';
import type { FzbgInvocation } from './vscode-files.js';

/**
 * 任务里怎样运行 fzbg：就用现在运行着的这一个。
 *   单文件可执行程序（fzbg.exe）：程序的完整路径；
 *   npm install -g 装的：fzbg（在 PATH 上）；
 *   源码里（git clone 后 npx fzbg）：node 加上 bin/fzbg.js 的完整路径。
 */
export function fzbgInvocation(): FzbgInvocation {
  const sea = process.getBuiltinModule?.('node:sea');
  if (sea?.isSea()) return { command: process.execPath, args: [] };
  const root = packageRoot();
  if (/[\\/]node_modules[\\/]/.test(root)) return { command: 'fzbg', args: [] };
  return { command: process.execPath, args: [join(root, 'bin', 'fzbg.js')] };
}
