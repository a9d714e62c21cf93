import { terminalText } from '../text/visible-text.js';

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

/** 印到终端的文字里，来自数据的看不见的字符（ANSI 转义、方向控制……）写成 <U+XXXX>；diff 在终端上的颜色保留。 */
export const processIo: Io = {
  out: (t) => process.stdout.write(terminalText(t.endsWith('\n') ? t : t + '\n', Boolean(process.stdout.isTTY))),
  err: (t) => process.stderr.write(terminalText(t.endsWith('\n') ? t : t + '\n')),
  isTTY: Boolean(process.stderr.isTTY),
  isStdoutTTY: Boolean(process.stdout.isTTY),
  write: (t) => void process.stderr.write(t),
};
