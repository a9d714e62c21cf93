import type { Io } from '../../src/commands/io.js';

/** 测试用的输出口：把命令打印的东西收集起来。 */
export function captureIo(): Io & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    isTTY: false,
    out: (t: string) => void (io.stdout += t + '\n'),
    err: (t: string) => void (io.stderr += t + '\n'),
  };
  return io;
}
