import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../paths.js';

/**
 * 转 PDF 时用的 fontconfig 配置文件：模板文件夹里的 fonts.conf（模板写了哪些字体名，就由它说明用什么字体替代）；
 * 模板没有时用标准模板的（多数自定义模板沿用标准的字体名）。都没有时返回 undefined（只用系统的配置）。
 */
export function fontsConfigPath(templateDir: string): string | undefined {
  for (const dir of [templateDir, join(packageRoot(), 'templates', '标准')]) {
    const file = join(dir, 'fonts.conf');
    if (existsSync(file)) return file;
  }
  return undefined;
}
