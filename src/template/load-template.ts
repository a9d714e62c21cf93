import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, isAbsolute, join, resolve } from 'node:path';
import Handlebars from 'handlebars';
import { fileDiagnostic, hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { SourceFile } from '../load/source-file.js';
import { packageRoot } from '../paths.js';
import type { Layout } from '../schema/layout-types.generated.js';
import { LAYOUT_SCHEMA, validateAgainst } from '../validate/validate-schema.js';
import { registerDocumentHelpers, type BlockSink } from './document-helpers.js';
import { unknownDocumentName } from './document-template-names.js';
import { registerHelpers } from './helpers.js';
import { registerPartialSource } from './partial-sources.js';

/** 一个模板：版式设置、文档的结构（报告.hbs）、标准语句（partials）和正文求值用的 Handlebars 环境。 */
export interface Template {
  name: string;
  dir: string;
  layout: Layout;
  /** 正文里的 {{…}} 和 {{> 行政复议}} 在这个环境里编译（严格模式、不转义）。 */
  hbs: typeof Handlebars;
  /** 文档的结构：由视图排出文档模型的各块（在另一个环境里，只有 {{块}} 助手）。 */
  document: Handlebars.TemplateDelegate;
  /** 默认标题（数据里没写标题时）。 */
  defaultTitle: string;
}

export type TemplateResult = { ok: true; template: Template } | { ok: false; diagnostics: Diagnostic[] };

/** 模板名（templates/ 下的文件夹）或模板文件夹的路径。 */
function templateDir(nameOrPath: string): string {
  if (isAbsolute(nameOrPath) || nameOrPath.includes('/') || nameOrPath.includes('\\')) return resolve(nameOrPath);
  return join(packageRoot(), 'templates', nameOrPath);
}

const cache = new Map<string, TemplateResult>();

export function loadTemplate(nameOrPath = '标准'): TemplateResult {
  const dir = templateDir(nameOrPath);
  const hit = cache.get(dir);
  if (hit) return hit;
  const result = readTemplate(dir);
  cache.set(dir, result);
  return result;
}

const invalid = (file: string, message: string, fix?: string, line = 1, column = 1): Diagnostic =>
  fileDiagnostic('template/invalid', file, message, { fix, line, column });

function readTemplate(dir: string): TemplateResult {
  if (!existsSync(dir)) {
    const root = join(packageRoot(), 'templates');
    const names = existsSync(root) ? readdirSync(root).filter((n) => !n.startsWith('.')) : [];
    return {
      ok: false,
      diagnostics: [
        fileDiagnostic('template/not-found', dir, `找不到模板"${basename(dir)}"。`, {
          fix: names.length ? `可用的模板：${names.join('、')}；也可以写模板文件夹的路径。` : '写模板文件夹的路径。',
        }),
      ],
    };
  }
  const layoutFile = join(dir, '版式.yaml');
  const docFile = join(dir, '报告.hbs');
  const titleFile = join(dir, '标题.hbs');
  if (!existsSync(docFile) && existsSync(join(dir, '报告.md.hbs'))) {
    return {
      ok: false,
      diagnostics: [
        invalid(
          join(dir, '报告.md.hbs'),
          '模板的 报告.md.hbs 已不再使用：文档的结构现在写在 报告.hbs 里，用 {{块 …}} 排出各块。',
          '照标准模板（templates/标准/报告.hbs）改写，再删掉 报告.md.hbs。',
        ),
      ],
    };
  }
  for (const f of [layoutFile, docFile, titleFile]) {
    if (!existsSync(f)) return { ok: false, diagnostics: [invalid(f, `模板缺少文件 ${basename(f)}。`, `检查模板文件夹 ${dir}。`)] };
  }
  const layoutSource = new SourceFile(layoutFile, readFileSync(layoutFile));
  if (hasErrors(layoutSource.diagnostics)) return { ok: false, diagnostics: layoutSource.diagnostics };
  const layout = validateAgainst<Layout>(LAYOUT_SCHEMA, layoutSource);
  if (!layout.ok) return { ok: false, diagnostics: layout.diagnostics };

  const hbs = Handlebars.create();
  registerHelpers(hbs);
  const diagnostics: Diagnostic[] = [];
  const partialsDir = join(dir, 'partials');
  if (existsSync(partialsDir)) {
    for (const f of readdirSync(partialsDir)
      .filter((f) => f.endsWith('.hbs'))
      .sort()) {
      const file = join(partialsDir, f);
      const text = readFileSync(file, 'utf8').replace(/\r?\n$/, '');
      const err = syntaxError(hbs, text);
      if (err) diagnostics.push(invalid(file, `模板语法错误：${err.message}`, undefined, err.line, err.column));
      else registerPartialSource(hbs, basename(f, extname(f)), text);
    }
  }
  const docHbs = Handlebars.create();
  registerDocumentHelpers(docHbs);
  const docText = readFileSync(docFile, 'utf8');
  const docErr = syntaxError(docHbs, docText);
  if (docErr) diagnostics.push(invalid(docFile, `模板语法错误：${docErr.message}`, undefined, docErr.line, docErr.column));
  const titleText = readFileSync(titleFile, 'utf8').trim();
  const titleErr = syntaxError(hbs, titleText);
  if (titleErr) diagnostics.push(invalid(titleFile, `模板语法错误：${titleErr.message}`, undefined, titleErr.line, titleErr.column));
  if (diagnostics.length) return { ok: false, diagnostics };
  const unknown = unknownDocumentName(docHbs.parse(docText));
  if (unknown) {
    return {
      ok: false,
      diagnostics: [
        invalid(
          docFile,
          `报告.hbs 用到的"${unknown.name}"不存在。`,
          '能用的是 标题、主送、导语、章、结束语、署名、日期、附注；每一章、每个事项（节）里：标题、段落、事项、结语、类别、级别。',
          unknown.line,
        ),
      ],
    };
  }
  const document = docHbs.compile(docText, { noEscape: true, strict: true });
  const misuse = documentMisuse(document);
  if (misuse) return { ok: false, diagnostics: [invalid(docFile, misuse, '照标准模板（templates/标准/报告.hbs）的写法改正。')] };
  return { ok: true, template: { name: basename(dir), dir, layout: layout.value, hbs, document, defaultTitle: titleText } };
}

/** 用一个各项都有的小视图试一遍文档模板：{{块}} 用错了、或写了不进文档的文字，读模板时就说清楚。 */
function documentMisuse(document: Handlebars.TemplateDelegate): string | undefined {
  const p = (text: string) => ({ kind: 'paragraph', text, source: [] });
  const section = { 级别: 1, 标题: undefined, 段落: [p('段')], 事项: [], 结语: [], 类别: ['工作情况'], 来源: ['正文', 0] };
  const view = {
    标题: p('题'),
    主送: undefined,
    导语: [p('导')],
    章: [section],
    结束语: undefined,
    署名: undefined,
    日期: p('日'),
    附注: undefined,
  };
  const sink: BlockSink = { blocks: [], misuse: [] };
  let text: string;
  try {
    text = document(view, { data: { fzbg: sink } });
  } catch (e) {
    const m = /"(.+)" not defined/.exec(e instanceof Error ? e.message : '');
    return m
      ? `报告.hbs 用到的"${m[1]}"不存在：能用的是 标题、主送、导语、章、结束语、署名、日期、附注（节里：标题、段落、事项、结语、类别、级别）。`
      : '报告.hbs 求值出错。';
  }
  if (sink.misuse.length) return `报告.hbs 里${sink.misuse[0]}。`;
  const stray = text.replace(/\s+/g, '');
  if (stray) return `报告.hbs 里有 {{块}} 以外的文字"${[...stray].slice(0, 12).join('')}"，不会进入文档。`;
  return undefined;
}

/** 只做语法检查（解析），出错时给出行列。 */
function syntaxError(hbs: typeof Handlebars, text: string): { message: string; line: number; column: number } | undefined {
  try {
    hbs.parse(text);
    return undefined;
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const m = /line (\d+)/.exec(msg);
    const ex = e as { lineNumber?: number; column?: number };
    return {
      message: msg.split('\n').pop() ?? msg,
      line: ex.lineNumber ?? (m ? Number(m[1]) : 1),
      column: (ex.column ?? 0) + 1,
    };
  }
}
