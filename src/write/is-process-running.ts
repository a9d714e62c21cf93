/** 进程号 pid 的进程是否还在（清理被打断的进程留下的临时文件时用：还在运行的不动）。 */
export function isProcessRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
