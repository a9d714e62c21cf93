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

/** 写 out 时出的错：带着要写的文件（不是临时文件）的名字。 */
export class WriteFailure extends Error {
  constructor(
    readonly file: string,
    readonly code: string,
  ) {
    super(describeWriteFailure(file, code));
    this.name = 'WriteFailure';
  }
}

/** 这个错误是不是"写不进去"一类（能说清原因的）。 */
export function writeFailureCode(e: unknown): string | undefined {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  return code !== undefined && Object.hasOwn(REASONS, code) ? code : undefined;
}

function describeWriteFailure(file: string, code: string): string {
  const reason = REASONS[code] ?? `写入失败（${code}）`;
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
