/**
 * 量 PDF 转换的时间：1 份和 20 份报告各用一次 LibreOffice 转完，每份平均多少秒。
 * 加 --separate 再量 20 份各启动一次 LibreOffice 的时间（对比用）。
 *
 * 用法：npx tsc -p . && node dist/scripts/time-pdf.js [--separate]
 * 报告是四份样例轮流用（先在内存里生成 .docx，不计入时间）。
 */
import { at } from '../src/core/at.js';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { writeDocx } from '../src/docx/write-docx.js';
import { packageRoot } from '../src/paths.js';
import { fontsConfigPath } from '../src/pdf/fonts-config-path.js';
import { writePdfs, type PdfJob } from '../src/pdf/write-pdfs.js';
import { ReportPipeline } from '../src/pipeline/report-pipeline.js';
import { loadTemplate } from '../src/template/load-template.js';

const SAMPLES = ['data/泸西县/2020.yaml', 'data/瀍河回族区/2021.yaml', 'data/南昌县/2023.yaml', 'data/清镇市/2015.yaml'];

async function docxFiles(): Promise<Buffer[]> {
  const loaded = loadTemplate('标准');
  if (!loaded.ok) throw new Error('标准模板读不出来');
  const pipeline = new ReportPipeline(loaded.template);
  const out: Buffer[] = [];
  for (const f of SAMPLES) {
    const checked = pipeline.check(join(packageRoot(), f));
    if (!checked.ok) throw new Error(`${f} 生成不了`);
    out.push(await writeDocx(checked.model, checked.layout));
  }
  return out;
}

/** n 份报告写到临时文件夹，转换 runs 次（每次一批），返回总秒数。 */
async function time(docx: Buffer[], n: number, batches: number): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'fzbg-time-'));
  try {
    const jobs: PdfJob[] = Array.from({ length: n }, (_, i) => {
      mkdirSync(join(dir, `县${i}`));
      const docxPath = join(dir, `县${i}`, '报告.docx');
      writeFileSync(docxPath, at(docx, i % docx.length));
      return { docx: docxPath, pdf: join(dir, `县${i}`, '报告.pdf') };
    });
    const fontsConfig = fontsConfigPath(join(packageRoot(), 'templates', '标准'));
    const size = Math.ceil(n / batches);
    const started = performance.now();
    for (let i = 0; i < n; i += size) {
      const result = await writePdfs(jobs.slice(i, i + size), dir, { fontsConfig });
      if (!result.ok) throw new Error(result.message);
    }
    return (performance.now() - started) / 1000;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const docx = await docxFiles();
await time(docx, 1, 1); // 第一次启动要读字体缓存等，不计
const rows: [string, number, number][] = [];
for (const n of [1, 20]) rows.push([`${n} 份，一次 LibreOffice`, n, await time(docx, n, 1)]);
if (process.argv.includes('--separate')) rows.push(['20 份，每份启动一次', 20, await time(docx, 20, 20)]);
for (const [what, n, seconds] of rows) console.log(`${what}：共 ${seconds.toFixed(1)} 秒，每份 ${(seconds / n).toFixed(2)} 秒`);
