/**
 * 工作台能做的事，与 HTTP 无关：打开、检查（含预览）、保存（先留旧版，磁盘上变过就不存）、填数字、
 * 生成 Word 和 PDF、与上年比较、新建下一年、以前的版本。每件事都调命令行用的同一些函数。
 * 结果都是值：ok 为 false 时带着给办事员看的中文说明和 HTTP 状态码。
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { compareYears } from '../diff/compare-years.js';
import { formatHtml } from '../diff/format-html.js';
import { redlineDocx } from '../diff/write-redline.js';
import { writeDocx, type DocumentProperties } from '../docx/write-docx.js';
import { documentTitle } from '../model/document-model.js';
import { decodeText } from '../load/decode-text.js';
import { MAX_FILE_BYTES } from '../load/read-source.js';
import { createNextYear } from '../new/create-next-year.js';
import type { CheckedReport } from '../pipeline/report-pipeline.js';
import { findSoffice } from '../pdf/find-soffice.js';
import { fontsConfigPath } from '../pdf/fonts-config-path.js';
import { writePdfs } from '../pdf/write-pdfs.js';
import { priorYearPath } from '../resolve/prior-year.js';
import type { Template } from '../template/load-template.js';
import { ensureSchemaFile } from '../write/ensure-schema-file.js';
import { writeFileAtomic } from '../write/write-file-atomic.js';
import { checkDraft, type DraftCheck } from './check-draft.js';
import { DataFolder } from './data-folder.js';
import { checkFigureValue } from './figure-rows.js';
import { keepVersion, listVersions, readVersion, type Version } from './file-history.js';
import { FreshPipeline } from './fresh-pipeline.js';
import { setFigure } from './set-figure.js';

export type Outcome<T> =
  ({ ok: true } & T) | { ok: false; status: 400 | 403 | 404 | 409 | 413 | 422 | 503; message: string; extra?: object };

export interface Download {
  bytes: Uint8Array;
  name: string;
  type: string;
}

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** 磁盘上内容的指纹：保存时核对页面打开的是不是磁盘上现在的版本。 */
function fingerprint(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 20);
}

/** 文档属性与 fzbg build 相同：标题取文档的标题，作者是版式里的"作者"或发文机关。 */
function properties(r: Extract<CheckedReport, { ok: true }>): DocumentProperties {
  return { title: documentTitle(r.model), author: r.layout.作者 ?? r.report.发文机关 };
}

export class Workbench {
  readonly folder: DataFolder;
  private readonly pipelines: FreshPipeline;

  constructor(
    folder: string,
    private readonly template: Template,
  ) {
    this.folder = new DataFolder(folder);
    this.pipelines = new FreshPipeline(template);
  }

  /** 打开：文件的文字（GBK、带 BOM 的也读对）和指纹。 */
  open(file: unknown): Outcome<{ text: string; hash: string; note?: string }> {
    const at = this.folder.resolve(file);
    if (!at.ok) return at;
    const bytes = readFileSync(at.path);
    if (bytes.length > MAX_FILE_BYTES) return { ok: false, status: 413, message: '文件超过 2 MB，不是一份报告的数据，不打开。' };
    const decoded = decodeText(bytes, at.path);
    if (decoded.diagnostics.some((d) => d.severity === 'error'))
      return { ok: false, status: 422, message: '这个文件既不是 UTF-8 也不是 GBK 编码，读不出来。' };
    const note =
      decoded.encoding === 'gb18030' || decoded.encoding === 'utf-16' ? { note: '文件原来不是 UTF-8 编码；保存时存成 UTF-8。' } : {};
    return { ok: true, text: decoded.text, hash: fingerprint(bytes), ...note };
  }

  /** 磁盘上现在的指纹（页面定时问一下，发现文件在别处被改过）。 */
  state(file: unknown): Outcome<{ hash: string }> {
    const at = this.folder.resolve(file);
    if (!at.ok) return at;
    return { ok: true, hash: fingerprint(readFileSync(at.path)) };
  }

  check(file: unknown, text: unknown): Outcome<{ result: DraftCheck }> {
    const at = this.folder.resolve(file);
    if (!at.ok) return at;
    if (typeof text !== 'string') return { ok: false, status: 400, message: '请求里没有文件的文字。' };
    return { ok: true, result: checkDraft(this.pipelines.for(at.path), at.path, text) };
  }

  /**
   * 保存：base 是页面打开（或上次保存）时磁盘上的指纹。磁盘上的文件在此之后变过（在记事本里改了），
   * 不存，把磁盘上的版本交回页面比较；办事员确认后页面带着新的指纹再存。存之前原来的文件留一份在 .fzbg-历史。
   */
  save(file: unknown, text: unknown, base: unknown): Outcome<{ hash: string }> {
    const at = this.folder.resolve(file);
    if (!at.ok) return at;
    if (typeof text !== 'string') return { ok: false, status: 400, message: '请求里没有文件的文字。' };
    const bytes = Buffer.from(text, 'utf8');
    if (bytes.length > MAX_FILE_BYTES) return { ok: false, status: 413, message: '文字超过 2 MB，没有保存。' };
    const disk = readFileSync(at.path);
    const diskHash = fingerprint(disk);
    if (base !== diskHash) {
      const decoded = decodeText(disk, at.path);
      return {
        ok: false,
        status: 409,
        message: '磁盘上的文件在你打开之后被改过了（可能在记事本或别的程序里）。没有保存，请先比较。',
        extra: { diskText: decoded.text, diskHash },
      };
    }
    if (Buffer.compare(disk, bytes) !== 0) {
      keepVersion(at.path);
      writeFileAtomic(at.path, bytes);
    }
    return { ok: true, hash: fingerprint(bytes) };
  }

  figure(text: unknown, group: unknown, field: unknown, value: unknown): Outcome<{ text: string }> {
    if (typeof text !== 'string' || typeof group !== 'string' || typeof field !== 'string')
      return { ok: false, status: 400, message: '请求里少了文件的文字或指标的名称。' };
    if (value !== null && typeof value !== 'number') return { ok: false, status: 400, message: '数字写法不对。' };
    const wrong = checkFigureValue(group, field, value);
    if (wrong) return { ok: false, status: 422, message: wrong };
    const r = setFigure(text, [group, field], value);
    return r.ok ? { ok: true, text: r.text } : { ok: false, status: 422, message: r.message };
  }

  /** 编辑器里的文字照 build 的样子检查、渲染；有错误时不生成，说有几个。 */
  private checked(file: unknown, text: unknown): Outcome<{ report: Extract<CheckedReport, { ok: true }>; path: string }> {
    const at = this.folder.resolve(file);
    if (!at.ok) return at;
    if (typeof text !== 'string') return { ok: false, status: 400, message: '请求里没有文件的文字。' };
    const report = this.pipelines.for(at.path).check(at.path, Buffer.from(text, 'utf8'));
    if (!report.ok) {
      const errors = report.diagnostics.filter((d) => d.severity === 'error').length;
      return { ok: false, status: 422, message: `数据里还有 ${errors} 个错误（见"问题"），改正后才能生成。` };
    }
    return { ok: true, report, path: at.path };
  }

  async docx(file: unknown, text: unknown): Promise<Outcome<{ download: Download }>> {
    const c = this.checked(file, text);
    if (!c.ok) return c;
    const { model, layout, report } = c.report;
    return {
      ok: true,
      download: {
        bytes: await writeDocx(model, layout, properties(c.report)),
        name: `${report.年度}年度法治政府建设情况报告.docx`,
        type: DOCX,
      },
    };
  }

  pdfAvailable(): boolean {
    return findSoffice() !== undefined;
  }

  /** PDF：写出 .docx 到临时文件夹，LibreOffice 转成 PDF（与 build --pdf 同一套字体替代），读回后删掉临时文件夹。 */
  async pdf(file: unknown, text: unknown): Promise<Outcome<{ download: Download }>> {
    if (!this.pdfAvailable()) return { ok: false, status: 503, message: '没有找到 LibreOffice，生成不了 PDF。请先安装 LibreOffice。' };
    const c = this.checked(file, text);
    if (!c.ok) return c;
    const { model, layout, report } = c.report;
    const temp = mkdtempSync(join(tmpdir(), 'fzbg-serve-'));
    try {
      const docx = join(temp, 'report.docx');
      writeFileSync(docx, await writeDocx(model, layout, properties(c.report)));
      const pdf = join(temp, 'report.pdf');
      const made = await writePdfs([{ docx, pdf }], temp, { fontsConfig: fontsConfigPath(this.template.dir) });
      if (!made.ok || !existsSync(pdf)) return { ok: false, status: 422, message: made.ok ? 'LibreOffice 没有生成 PDF。' : made.message };
      return {
        ok: true,
        download: { bytes: readFileSync(pdf), name: `${report.年度}年度法治政府建设情况报告.pdf`, type: 'application/pdf' },
      };
    } finally {
      rmSync(temp, { recursive: true, force: true });
    }
  }

  /** 与上年比较：上一年度（同一文件夹里 年度−1 的文件，按磁盘上的）对编辑器里的这一年。 */
  private yearDiff(file: unknown, text: unknown) {
    const c = this.checked(file, text);
    if (!c.ok) return c;
    const priorFile = priorYearPath(c.path, c.report.report.年度);
    if (!existsSync(priorFile))
      return { ok: false as const, status: 404 as const, message: `没有上一年度的文件（${basename(priorFile)}），无从比较。` };
    const older = this.pipelines.for(c.path).check(priorFile);
    if (!older.ok)
      return { ok: false as const, status: 422 as const, message: `上一年度的文件 ${basename(priorFile)} 有错误，先改正它再比较。` };
    return {
      ok: true as const,
      diff: compareYears(older, c.report),
      layout: c.report.layout,
      author: c.report.layout.作者 ?? c.report.report.发文机关,
    };
  }

  diffHtml(file: unknown, text: unknown): Outcome<{ html: string }> {
    const d = this.yearDiff(file, text);
    return d.ok ? { ok: true, html: formatHtml(d.diff) } : d;
  }

  async redline(file: unknown, text: unknown): Promise<Outcome<{ download: Download }>> {
    const d = this.yearDiff(file, text);
    if (!d.ok) return d;
    const name = `${d.diff.oldYear}—${d.diff.newYear}年度对比（修订）.docx`;
    return { ok: true, download: { bytes: await redlineDocx(d.diff, d.layout, d.author), name, type: DOCX } };
  }

  /** 新建下一年：与 fzbg new 相同（由这一年的文件做出下一年的草稿，决不覆盖）。 */
  nextYear(file: unknown): Outcome<{ file: string }> {
    const at = this.folder.resolve(file);
    if (!at.ok) return at;
    const year = Number(/^(\d{4})\./.exec(basename(at.path))?.[1]);
    if (!year) return { ok: false, status: 400, message: '文件名不是"年度.yaml"，不知道下一年是哪一年。' };
    const made = createNextYear(this.pipelines.for(at.path), dirname(at.path), year + 1);
    const rel = (p: string) => relative(this.folder.root, p).split(/[\\/]/).join('/');
    if (made.ok) {
      ensureSchemaFile(this.folder.root); // 与 fzbg new 一样：数据文件首行的 $schema 不落空
      return { ok: true, file: rel(made.target) };
    }
    switch (made.reason) {
      case 'exists':
        return { ok: false, status: 409, message: `${rel(made.target)} 已经有了，不覆盖。`, extra: { file: rel(made.target) } };
      case 'no-source':
        return { ok: false, status: 404, message: '没有找到更早年度的文件。' };
      case 'source-invalid':
        return { ok: false, status: 422, message: `${basename(made.source ?? '')} 有错误（见"问题"），先改正并保存，再新建下一年。` };
      case 'write-failed':
        return { ok: false, status: 409, message: made.message ?? `写不进 ${rel(made.target)}。` };
      case 'draft-invalid':
        return { ok: false, status: 422, message: 'fzbg 内部错误（请报告）：生成的草稿有错误，没有写出。' };
    }
  }

  history(file: unknown): Outcome<{ versions: Version[] }> {
    const at = this.folder.resolve(file);
    return at.ok ? { ok: true, versions: listVersions(at.path) } : at;
  }

  version(file: unknown, id: unknown): Outcome<{ text: string }> {
    const at = this.folder.resolve(file);
    if (!at.ok) return at;
    const bytes = readVersion(at.path, id);
    if (!bytes) return { ok: false, status: 404, message: '没有这个以前的版本。' };
    return { ok: true, text: decodeText(bytes, at.path).text };
  }
}
