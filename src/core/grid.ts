/** 动态规划用的二维数表（rows × cols，初值 0），一块连续的内存。 */
export class Grid {
  private readonly cells: Float64Array;

  constructor(
    readonly rows: number,
    readonly cols: number,
  ) {
    this.cells = new Float64Array(rows * cols);
  }

  get(i: number, j: number): number {
    return this.cells[i * this.cols + j] ?? 0;
  }

  set(i: number, j: number, value: number): void {
    this.cells[i * this.cols + j] = value;
  }
}
