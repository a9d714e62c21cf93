import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** fzbg 自己的根目录（有 package.json 和 templates/ 的那一层），从本文件往上找。 */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && /"name":\s*"fzbg"/.test(readFileSync(pkg, 'utf8'))) return dir;
    dir = dirname(dir);
  }
  throw new Error('找不到 fzbg 的安装目录（package.json）');
}
