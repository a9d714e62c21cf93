import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const USUAL_PATHS = [
  '/usr/bin/soffice',
  '/usr/lib/libreoffice/program/soffice',
  '/opt/libreoffice/program/soffice',
  '/Applications/LibreOffice.app/Contents/MacOS/soffice',
  'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
  'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe',
];

/** LibreOffice 的 soffice：先找 PATH，再找常见的安装位置。找不到时返回 undefined。 */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): string | undefined {
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of ['soffice', 'soffice.exe', 'libreoffice']) {
      const p = join(dir, name);
      if (existsSync(p)) return p;
    }
  }
  if (env.FZBG_NO_USUAL_PATHS) return undefined;
  return USUAL_PATHS.find((p) => existsSync(p));
}

export const INSTALL_HINT =
  '没有找到 LibreOffice，无法生成 PDF（.docx 已经生成）。安装方法：Debian/Ubuntu 运行 "sudo apt-get install libreoffice-writer-nogui"，' +
  'Windows 和 macOS 从 libreoffice.org 下载安装；或者运行 bash scripts/install-tools.sh。';
