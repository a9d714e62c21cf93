/**
 * 写文件失败是环境的问题（没有权限、磁盘满、文件被 Word 占着、路径被一个文件挡着……），不是程序的 bug：
 * 说清是哪个文件、为什么、怎么办，退出码 1。
 */
const REASONS: Record<string, string> = {
  EACCES: '没有写入的权限',
  EPERM: '操作系统不允许写入',
  EBUSY: '文件正被别的程序占用',
  ENOTDIR: '路径中有一段是文件而不是文件夹',
  EISDIR: '这个名字已经是一个文件夹',
  ENOSPC: '磁盘已满',
  EROFS: '所在的磁盘是只读的',
  ENAMETOOLONG: '文件名或路径太长',
  EEXIST: '已经有同名的文件',
  EMFILE: '同时打开的文件太多',
};

/**
 * 写不出输出文件：环境或路径的问题（不是 bug），message 是给办事员看的中文。
 * exists：只新建（exclusive）时目标已经存在。
 */
export class WriteFailure extends Error {
  constructor(
    message: string,
    readonly exists = false,
  ) {
    super(message);
    this.name = 'WriteFailure';
  }
}

/** 文件系统的错误说成写不进哪个文件（要写的文件，不是临时文件）、为什么、怎么办。 */
export function writeFailure(e: unknown, file: string): WriteFailure {
  const err = e as NodeJS.ErrnoException | undefined;
  // 建文件夹时 EEXIST：路径上有一段是已有的文件（"out/报告.docx/…"），说成 ENOTDIR 才对得上。
  const code = err?.syscall === 'mkdir' && err.code === 'EEXIST' ? 'ENOTDIR' : (err?.code ?? '未知');
  return new WriteFailure(describeWriteFailure(file, code));
}

function describeWriteFailure(file: string, code: string): string {
  const reason = (Object.hasOwn(REASONS, code) ? REASONS[code] : undefined) ?? `写入失败（${code}）`;
  const office = /\.(docx|xlsx|pdf)$/i.test(file) && (code === 'EBUSY' || code === 'EPERM' || code === 'EACCES');
  const hint = office
    ? '文件可能正在 Word/WPS（或 PDF 阅读器）里打开，关闭后再试。'
    : code === 'ENOSPC'
      ? '清理磁盘空间后再试。'
      : code === 'ENAMETOOLONG'
        ? '把输出文件夹放到路径短一些的地方。'
        : '检查输出位置是否写对、有没有写权限。';
  return `写不进 ${file}：${reason}。${hint}`;
}
