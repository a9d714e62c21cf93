import type { Io } from './io.js';

/**
 * 长时间的批量生成的进度：终端上是一条原地刷新的进度条，不是终端时每隔几秒打印一行。
 */
export class Progress {
  private lastLine = 0;
  private drawn = false;

  constructor(
    private readonly io: Io,
    private readonly total: number,
    private readonly started = Date.now(),
    private readonly now: () => number = Date.now,
  ) {}

  update(done: number, failed: number): void {
    const elapsed = (this.now() - this.started) / 1000;
    const pct = this.total ? Math.floor((done / this.total) * 100) : 100;
    const text = `${done}/${this.total}（${pct}%）失败 ${failed}，${elapsed.toFixed(1)} 秒`;
    if (this.io.isTTY) {
      const width = 24;
      const filled = Math.round((done / Math.max(1, this.total)) * width);
      this.io.write?.(`\r[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${text}`);
      this.drawn = true;
    } else if (done === this.total || this.now() - this.lastLine >= 2000) {
      this.lastLine = this.now();
      this.io.err(`进度：${text}`);
    }
  }

  /** 进度条之后要打印别的东西时先换行。 */
  clear(): void {
    if (this.drawn) this.io.write?.('\r\x1b[K');
    this.drawn = false;
  }
}
