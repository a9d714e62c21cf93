import { fileDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';

const ENVIRONMENT = ['EACCES', 'EPERM', 'ENOSPC', 'ENOTDIR', 'EEXIST', 'EROFS', 'EISDIR', 'EBUSY', 'ENAMETOOLONG'];

const WHY: Record<string, string> = {
  EACCES: '没有写权限',
  EPERM: '没有写权限，或文件正被别的程序（如 Excel、WPS）打开',
  EBUSY: '文件正被别的程序（如 Excel、WPS）打开',
  ENOSPC: '磁盘已满',
  EROFS: '磁盘是只读的',
  ENOTDIR: '路径里有一段是文件而不是文件夹',
  EISDIR: '同名的文件夹占着这个位置',
  EEXIST: '同名的文件占着文件夹的位置',
  ENAMETOOLONG: '路径太长',
};

/**
 * 写文件失败（没有权限、磁盘满、被 Excel 打开占着）是环境的问题，不是 bug：变成一条说清楚原因的中文问题。
 * 不是这类错误时返回 undefined（交给调用者当作 bug 处理）。
 */
export function writeFailure(e: unknown, file: string): Diagnostic | undefined {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (!code || !ENVIRONMENT.includes(code)) return undefined;
  return fileDiagnostic('file/write-failed', file, `写不进去：${WHY[code] ?? code}。`, {
    fix: '关掉打开着这个文件的程序，检查文件夹是否存在、有没有写权限、磁盘是否已满，再运行一次。',
  });
}
