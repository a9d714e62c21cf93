/**
 * 网页预览的页面：每页不超过 22 行、每行不超过 28 个字宽，换行禁则，标题不落在页尾；
 * 与 LibreOffice 把同一份 .docx 转成的 PDF 比：页数相同，每一页的开头相差不超过一行（30 个字）。
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeDocx } from '../src/docx/write-docx.js';
import { metrics } from '../src/docx/layout-metrics.js';
import { fontsConfigPath } from '../src/pdf/fonts-config-path.js';
import { writePdfs } from '../src/pdf/write-pdfs.js';
import { ReportPipeline } from '../src/pipeline/report-pipeline.js';
import { breakLines } from '../src/preview/break-lines.js';
import { paginate } from '../src/preview/paginate.js';
import { previewLines } from '../src/preview/preview-lines.js';
import { previewPages } from '../src/preview/preview-pages.js';
import { loadTemplate } from '../src/template/load-template.js';

const SAMPLES = ['南昌县/2023', '泸西县/2020', '清镇市/2015', '瀍河回族区/2021', '示例县/2023', '示例县/2024'];
const loaded = loadTemplate('标准');
if (!loaded.ok) throw new Error('标准模板读不出来');
const template = loaded.template;
const pipeline = new ReportPipeline(template);

function checked(sample: string) {
  const r = pipeline.check(`data/${sample}.yaml`);
  if (!r.ok) throw new Error(`${sample} 有错误`);
  return r;
}

const lineText = (pieces: readonly { text: string }[]) => pieces.map((p) => p.text).join('');
const plain = (s: string) => s.replace(/\s/g, '');

describe('断行', () => {
  const body = { size: 320, spacing: -5 };
  const width = 8844;
  const piece = (text: string) => ({ text, cls: 'f-body', block: 0 });

  it('正文满行 28 个字，29 个字折到下一行', () => {
    const lines = breakLines([piece('字'.repeat(57))], width, width, () => body);
    expect(lines.map((l) => lineText(l.pieces).length)).toEqual([28, 28, 1]);
    expect(lines.map((l) => l.ends)).toEqual([false, false, true]);
  });

  it('行首不是逗号、句号：放不下时连同前一个字挪下去', () => {
    const lines = breakLines([piece('字'.repeat(28) + '，后面')], width, width, () => body);
    expect(lineText(lines[0]!.pieces)).toBe('字'.repeat(27));
    expect(lineText(lines[1]!.pieces)).toBe('字，后面');
  });

  it('一串数字不从中间断开', () => {
    const lines = breakLines([piece('字'.repeat(26) + '131252件')], width, width, () => body);
    expect(lineText(lines[1]!.pieces)).toBe('131252件');
  });
});

describe('样例的页面', () => {
  it.each(SAMPLES)('%s：每页不超过 22 行，每行排得下，标题不落在页尾，页码单页居右、双页居左', (sample) => {
    const r = checked(sample);
    const { lines } = previewLines(r.model, r.layout);
    const pages = paginate(lines, r.layout.每页行数);
    const m = metrics(r.layout);
    for (const page of pages) {
      expect(page.reduce((n, l) => n + l.gap + 1, 0)).toBeLessThanOrEqual(22);
      const last = page.at(-1)?.line;
      const standaloneHeading = last !== undefined && last.keepWithNext && last.pieces.every((p) => p.cls.startsWith('f-h'));
      expect(standaloneHeading).toBe(false);
      for (const { line } of page) {
        if (line.size !== m.bodySize) continue;
        const text = lineText(line.pieces);
        const fullWidth = [...text].filter((c) => (c.codePointAt(0) ?? 0) >= 0x2000).length;
        expect(fullWidth + line.left / m.charWidth).toBeLessThanOrEqual(28);
        expect(text).not.toMatch(/^[，。、；：？！）》”]/);
      }
    }
    const html = previewPages(r.model, r.layout).pages;
    expect(html).toHaveLength(pages.length);
    html.forEach((h, i) => expect(h).toContain(`<div class="pn ${i % 2 === 0 ? 'odd' : 'even'}">— ${i + 1} —</div>`));
  });

  it('办事员的文字照原样显示，不当 HTML', () => {
    const r = checked('示例县/2024');
    const block = r.model.blocks.find((b) => b.kind === 'paragraph');
    if (block?.kind !== 'paragraph') throw new Error('没有段落');
    block.text = '<b>加粗</b> & "引号" {{年度}}' + block.text;
    const html = previewPages(r.model, r.layout).pages.join('');
    expect(html).toContain('&#60;b&#62;加粗&#60;/b&#62; &#38; &#34;引号&#34; {{年度}}');
    expect(html).not.toContain('<b>');
  });
});

describe('与 LibreOffice 的分页比', () => {
  const pdfPages = new Map<string, string[]>();

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fzbg-preview-pdf-'));
    const jobs = SAMPLES.map((s, i) => {
      const r = checked(s);
      return { docx: join(dir, `${i}.docx`), pdf: join(dir, `${i}.pdf`), report: r };
    });
    for (const j of jobs) writeFileSync(j.docx, await writeDocx(j.report.model, j.report.layout));
    const made = await writePdfs(jobs, dir, { fontsConfig: fontsConfigPath(template.dir) });
    if (!made.ok) throw new Error(made.message);
    SAMPLES.forEach((s, i) => {
      const pdf = join(dir, `${i}.pdf`);
      const n = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString())?.[1]);
      const starts: string[] = [];
      for (let p = 1; p <= n; p++) {
        const text = execFileSync('pdftotext', ['-f', String(p), '-l', String(p), '-layout', pdf, '-']).toString();
        starts.push(
          text
            .split('\n')
            .map(plain)
            .find((l) => l !== '' && !/^—\d+—$/.test(l)) ?? '',
        );
      }
      pdfPages.set(s, starts);
    });
  }, 120_000);

  it.each(SAMPLES)('%s：页数相同，每页开头与 PDF 相差不超过一行', (sample) => {
    const r = checked(sample);
    const { lines } = previewLines(r.model, r.layout);
    const pages = paginate(lines, r.layout.每页行数);
    const pdf = pdfPages.get(sample) ?? [];
    expect(pages).toHaveLength(pdf.length);
    // 按文字的位置比：全文连成一串，预览的每页从第几个字开始，PDF 的每页从第几个字开始。
    let all = '';
    const pageStart = pages.map((page) => {
      const at = all.length;
      for (const { line } of page) all += plain(lineText(line.pieces));
      return at;
    });
    let exact = 0;
    pages.forEach((_, i) => {
      const mine = pageStart[i] ?? 0;
      const head = (pdf[i] ?? '').slice(0, 12);
      const hits: number[] = [];
      for (let at = all.indexOf(head); at >= 0 && head !== ''; at = all.indexOf(head, at + 1)) hits.push(at);
      const theirs = hits.sort((a, b) => Math.abs(a - mine) - Math.abs(b - mine))[0];
      expect(theirs, `第 ${i + 1} 页：PDF 从"${pdf[i]}"开始`).toBeDefined();
      expect(Math.abs((theirs ?? 0) - mine), `第 ${i + 1} 页`).toBeLessThanOrEqual(30);
      if (theirs === mine) exact++;
    });
    console.log(`${sample}：${pages.length} 页，${exact} 页的开头与 PDF 完全相同`);
  });
});
