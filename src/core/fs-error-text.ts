/**
 * 文件系统的错误说成中文（不给办事员看 errno 的英文）：哪个文件、读还是写、为什么、怎么办。
 */
const REASONS: Record<string, string> = {
  EACCES: '没有权限',
  EPERM: '没有权限',
  ENOENT: '文件或文件夹不存在',
  ENOTDIR: '路径里有一级不是文件夹',
  EISDIR: '这是一个文件夹',
  EEXIST: '已经存在',
  ENOSPC: '磁盘已满',
  EDQUOT: '磁盘配额已用完',
  EROFS: '磁盘是只读的',
  ENAMETOOLONG: '文件名太长',
  ELOOP: '符号链接绕成了圈（或不许跟随的符号链接）',
  EMFILE: '同时打开的文件太多',
  ENFILE: '同时打开的文件太多',
  EBUSY: '文件正被占用',
  ETXTBSY: '文件正被占用',
  EIO: '读写设备出错',
  EFBIG: '文件太大',
  ENXIO: '设备不存在',
  EXDEV: '不能跨磁盘改名',
  EINVAL: '文件名或参数不合法',
};

/** 错误的中文说法，如"不能写 out/南昌县/…docx：没有权限（EACCES）。" */
export function describeFsError(e: unknown, file: string, verb: '读' | '写' | '建'): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  const reason = (code && REASONS[code]) ?? '文件系统出错';
  return `不能${verb}"${file}"：${reason}。`;
}
