import type { Code } from '../diagnostics/codes.js';
import { lstatSync, statSync } from 'node:fs';
import { LIMITS } from '../core/limits.js';
import { readRegularFile } from '../core/read-regular-file.js';
import { basename, extname, join } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { ReportPipeline } from '../pipeline/report-pipeline.js';
import { loadTemplate } from '../template/load-template.js';
import { unsafeFolderName } from '../text/safe-folder-name.js';
import { WriteFailure } from '../write/write-failure.js';
import { writeFileAtomic } from '../write/write-file-atomic.js';
import { convertReport, countFigures, countItems } from './convert-report.js';
import { demoteFigures, figuresAtLines } from './demote-figures.js';
import type { Draft } from './draft.js';
import { inflatedOver } from './inflated-size.js';
import { readDocxParagraphs } from './read-docx-paragraphs.js';
import { readTextLines } from './read-text-lines.js';
import { writeDataFile } from './write-data-file.js';

export interface ImportOptions {
  /** 数据文件夹，默认 data：写到 <out>/<地区>/<年度>.yaml。 */
  out?: string;
  /** 已有同名文件时覆盖。 */
  force?: boolean;
  template?: string;
}

export interface ImportResult {
  /** 导入的问题（指向原文）和生成的数据文件的检查结果（指向数据文件）。 */
  diagnostics: Diagnostic[];
  /** 写出的数据文件；有错误没写时为 undefined。 */
  written?: string;
  /** 数据文件的路径（写了或因已存在而没写）。 */
  target?: string;
  yaml?: string;
  draft?: Draft;
  stats?: { chapters: number; items: number; figures: number; references: number };
  /** 生成的数据文件经 fzbg check 还有错误（已写出，要手工补）。 */
  checkErrors: number;
}

/** 一份报告少说也有几百个汉字；汉字太少的多半是选错了文件（或二进制文件改了扩展名）。 */
const MIN_HAN = 20;

/**
 * fzbg import：读已发布的报告（.txt 或 .docx）→ 数据文件 <out>/<地区>/<年度>.yaml。
 * 生成的文件先在内存里跑一遍 check；原文自己对不上的数字退回文字。已有的文件不覆盖（除非 force）。
 */
export async function importReport(file: string, options: ImportOptions = {}): Promise<ImportResult> {
  const fail = (d: Diagnostic): ImportResult => ({ diagnostics: [d], checkErrors: 0 });
  const problem = (code: Code, message: string, fix: string): Diagnostic => ({
    code,
    severity: 'error',
    file,
    line: 1,
    column: 1,
    message,
    fix,
  });

  // 1. 读原文（只读普通文件，按读到的字节数数上限）
  const ext = extname(file).toLowerCase();
  if (isDirectory(file))
    return fail(problem('import/not-a-file', `"${file}"是文件夹，不是报告文件。`, '给出一份报告：.txt 文本或 .docx Word 文档。'));
  if (ext !== '.txt' && ext !== '.docx') {
    if (!lexists(file))
      return fail(
        problem('import/not-found', `找不到要导入的文件"${file}"。`, '检查路径和文件名是否写对（可以把文件拖进命令行窗口得到完整路径）。'),
      );
    return fail(
      problem(
        'import/unsupported-type',
        `只能导入 .txt 或 .docx 文件，"${basename(file)}"是 ${ext || '没有扩展名的文件'}。`,
        'Word 的 .doc、WPS 的 .wps 先"另存为" .docx；网页上的报告全选复制到记事本，存成 .txt。',
      ),
    );
  }
  const limit = ext === '.docx' ? LIMITS.docxBytes : LIMITS.sourceBytes;
  const raw = readRegularFile(file, limit);
  if (!raw.ok) {
    if (raw.reason === 'not-found')
      return fail(
        problem('import/not-found', `找不到要导入的文件"${file}"。`, '检查路径和文件名是否写对（可以把文件拖进命令行窗口得到完整路径）。'),
      );
    if (raw.reason === 'too-large')
      return fail(problem('file/too-large', raw.message, '一份报告的文字不过几十 KB：检查是不是选错了文件。'));
    return fail(problem('import/not-a-file', raw.message, '给出一份报告：.txt 文本或 .docx Word 文档。'));
  }
  const bytes = raw.bytes;
  if (ext === '.docx' && inflatedOver(bytes, LIMITS.docxInflatedBytes) !== undefined)
    return fail(
      problem(
        'import/docx-unreadable',
        `"${basename(file)}"解压后超过了 ${LIMITS.docxInflatedBytes / 1024 / 1024} MB：不像一份报告（可能是"zip 炸弹"），不读取。`,
        '用 Word 或 WPS 打开后"另存为"一份新的 .docx 再导入。',
      ),
    );
  const read = ext === '.docx' ? await readDocxParagraphs(bytes, file) : readTextLines(bytes, file);
  const diagnostics: Diagnostic[] = [...read.diagnostics];
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics, checkErrors: 0 };
  if (read.lines.length > LIMITS.importLines)
    return fail(
      problem(
        'budget/exceeded',
        `"${basename(file)}"有 ${read.lines.length} 段，超过了 ${LIMITS.importLines} 段的上限：不像一份报告。`,
        '检查是不是选错了文件；一份报告不过几百段。',
      ),
    );
  if (read.lines.length === 0)
    return fail(problem('import/empty', `"${basename(file)}"里没有文字。`, '检查是不是选错了文件，或 Word 文档里的文字是不是图片。'));
  const han = read.lines.reduce((n, l) => n + (l.text.match(/[\u4e00-\u9fff]/g)?.length ?? 0), 0);
  if (han < MIN_HAN)
    return fail(
      problem(
        'import/not-a-report',
        `"${basename(file)}"里几乎没有汉字（${han} 个），看不出是一份报告。`,
        '检查是不是选错了文件；.txt 要是报告的文字，不是别的格式改了扩展名。',
      ),
    );

  // 2. 认出报告
  const loadedTemplate = loadTemplate(options.template);
  if (!loadedTemplate.ok) return { diagnostics: loadedTemplate.diagnostics, checkErrors: 0 };
  const { template } = loadedTemplate;
  const converted = convertReport(read.lines, file, template.layout, ext === '.docx');
  diagnostics.push(...converted.diagnostics);
  const { draft, notes } = converted;

  // 3. 数据文件的位置
  const unsafe = unsafeFolderName(draft.地区);
  if (unsafe)
    return {
      diagnostics: [
        ...diagnostics,
        problem('path/unsafe-region', `从原文认出的地区不能作文件夹名：${unsafe}`, '把原文的标题或落款改成县（市、区）的名称后再导入。'),
      ],
      checkErrors: 0,
    };
  const dataRoot = options.out ?? 'data';
  const target = join(dataRoot, draft.地区, `${draft.年度}.yaml`);
  if (lexists(target) && !options.force) {
    diagnostics.push({
      code: 'import/exists',
      severity: 'error',
      file: target,
      line: 1,
      column: 1,
      message: `"${target}"已经存在，没有覆盖。`,
      fix: '要用导入的内容替换它，加上 --force；或用 --out 写到别的文件夹再比较。',
    });
    return { diagnostics, target, draft, checkErrors: 0 };
  }

  // 4. 在内存里检查；原文自己对不上的数字（部分大于整体等）退回文字
  let yaml = writeDataFile(draft, notes, basename(file));
  const pipeline = new ReportPipeline(template);
  let checked = pipeline.check(target, Buffer.from(yaml, 'utf8'));
  for (let round = 0; round < 5; round++) {
    const figureErrors = checked.diagnostics.filter((d) => d.severity === 'error' && d.code.startsWith('figure/'));
    const refs = figuresAtLines(
      yaml,
      figureErrors.map((d) => d.line),
    );
    if (refs.length === 0) break;
    demoteFigures(draft, refs, notes, '与其他数字对不上（' + figureErrors.map((d) => d.message).join('；') + '）');
    yaml = writeDataFile(draft, notes, basename(file));
    checked = pipeline.check(target, Buffer.from(yaml, 'utf8'));
  }
  const checkProblems = checked.diagnostics;
  diagnostics.push(...checkProblems);

  // 5. 写出：只新建（独占，同时运行的两个 import 只有一个写成）；--force 时替换，但只替换普通文件。
  try {
    writeFileAtomic(target, yaml, { exclusive: !options.force, root: dataRoot });
  } catch (e) {
    if (!(e instanceof WriteFailure)) throw e;
    diagnostics.push({
      code: e.exists ? 'import/exists' : 'file/write-failed',
      severity: 'error',
      file: target,
      line: 1,
      column: 1,
      message: e.exists ? `"${target}"已经存在，没有覆盖。` : e.message,
      fix: e.exists
        ? '要用导入的内容替换它，加上 --force；或用 --out 写到别的文件夹再比较。'
        : '检查数据文件夹：有没有写权限、路径上有没有符号链接或同名的文件。',
    });
    return { diagnostics, target, draft, checkErrors: 0 };
  }
  return {
    diagnostics,
    written: target,
    target,
    yaml,
    draft,
    stats: {
      chapters: draft.正文.length,
      items: countItems(draft),
      figures: countFigures(draft),
      references: (yaml.match(/\{\{指标\./g) ?? []).length,
    },
    checkErrors: checkProblems.filter((d) => d.severity === 'error').length,
  };
}

/** 路径上有东西吗（悬空的符号链接也算）。 */
function lexists(p: string): boolean {
  try {
    lstatSync(p);
    return true;
  } catch {
    return false;
  }
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
