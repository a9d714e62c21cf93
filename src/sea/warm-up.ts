import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../cli.js';
import { ReportPipeline } from '../pipeline/report-pipeline.js';
import { loadTemplate } from '../template/load-template.js';

/** 构建快照时走一遍的样例：一份没有上一年度的，一份有（同比）。 */
const SAMPLES = ['data/南昌县/2023.yaml', 'data/示例县/2024.yaml'];

const quiet = { out: () => undefined, err: () => undefined, isTTY: false, isStdoutTTY: false };

/**
 * 构建快照前把常用的路走一遍：check 走命令行（命令模块也初始化好）；build 直接调流水线，
 * 不经过 build 命令——批量生成在模块加载时记下工作线程代码的位置，那要在运行时记（见 sea-main.ts）。
 * 模板按构建机器上的路径缓存着，运行时路径不同，会重新读（很快：解析和校验的代码都已编译好）。
 */
export async function warmUp(): Promise<void> {
  const out = mkdtempSync(join(tmpdir(), 'fzbg-snapshot-'));
  try {
    for (const file of SAMPLES) {
      if ((await run(['check', file], quiet)) !== 0) throw new Error(`构建快照时检查 ${file} 失败`);
      const loaded = loadTemplate('标准');
      if (!loaded.ok) throw new Error('构建快照时读不到标准模板');
      const built = await new ReportPipeline(loaded.template).build(file, out);
      if (!built.outputs) throw new Error(`构建快照时生成 ${file} 失败`);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
