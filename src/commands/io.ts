/** 命令的输出口：测试里换成收集字符串的对象。 */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** 标准错误是不是终端（决定进度条还是逐行输出）。 */
  isTTY: boolean;
  /** 标准输出是不是终端（diff 决定是否上色）。 */
  isStdoutTTY?: boolean;
  /** 往标准错误写、不换行（进度条原地刷新用）。 */
  write?(text: string): void;
}

export const processIo: Io = {
  out: (t) => process.stdout.write(t.endsWith('\n') ? t : t + '\n'),
  err: (t) => process.stderr.write(t.endsWith('\n') ? t : t + '\n'),
  isTTY: Boolean(process.stderr.isTTY),
  isStdoutTTY: Boolean(process.stdout.isTTY),
  write: (t) => void process.stderr.write(t),
};
