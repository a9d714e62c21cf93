/**
 * 工作台一直开着，磁盘上的文件会变（保存、记事本里改了上一年度）：流水线记住的文件就过时了。
 * 每次用之前看一眼这个县文件夹里各个数据文件的大小和修改时间，变了就换一条新的流水线。
 * 一次 readdir 加几次 stat，不到一毫秒；没变时上一年度读过、渲染过的照样共用。
 */
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ReportPipeline } from '../pipeline/report-pipeline.js';
import type { Template } from '../template/load-template.js';

export class FreshPipeline {
  private pipeline: ReportPipeline;
  private seen = '';

  constructor(private readonly template: Template) {
    this.pipeline = new ReportPipeline(template);
  }

  /** 检查 file 用的流水线（同一文件夹里的数据文件变过时是新的一条）。 */
  for(file: string): ReportPipeline {
    const signature = folderSignature(dirname(file));
    if (signature !== this.seen) {
      this.pipeline = new ReportPipeline(this.template);
      this.seen = signature;
    }
    return this.pipeline;
  }
}

function folderSignature(dir: string): string {
  try {
    return readdirSync(dir)
      .filter((n) => /\.ya?ml$/i.test(n))
      .sort()
      .map((n) => {
        const s = statSync(join(dir, n));
        return `${dir}/${n}:${s.size}:${s.mtimeMs}`;
      })
      .join('|');
  } catch {
    return '';
  }
}
