import { existsSync, lstatSync, readdirSync, statSync } from 'node:fs';
import { LIMITS } from '../core/limits.js';
import { readRegularFile } from '../core/read-regular-file.js';
import { basename, extname, isAbsolute, join, resolve } from 'node:path';
import Handlebars from 'handlebars';
import { fileDiagnostic, hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { SourceFile } from '../load/source-file.js';
import { packageRoot } from '../paths.js';
import type { Layout } from '../schema/layout-types.generated.js';
import { LAYOUT_SCHEMA, validateAgainst } from '../validate/validate-schema.js';
import { registerDocumentHelpers, type BlockSink } from './document-helpers.js';
import { unknownDocumentName } from './document-template-names.js';
import { concatenateOutputsAsText } from './text-compiler.js';
import { registerHelpers } from './helpers.js';
import { registerPartialSource } from './partial-sources.js';
import { blockDepth, textLanguageProblem } from './text-language.js';

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
  if (!statSync(dir).isDirectory())
    return {
      ok: false,
      diagnostics: [invalid(dir, `模板"${dir}"不是文件夹。`, '模板是一个文件夹，里面有 版式.yaml、报告.hbs、标题.hbs。')],
    };
  for (const f of [layoutFile, docFile, titleFile]) {
    if (!existsSync(f)) return { ok: false, diagnostics: [invalid(f, `模板缺少文件 ${basename(f)}。`, `检查模板文件夹 ${dir}。`)] };
  }
  // 只读普通文件、有大小上限（模板文件夹里的设备、管道、过大的文件都不读）。
  const texts = new Map<string, string>();
  for (const f of [layoutFile, docFile, titleFile]) {
    const read = readRegularFile(f, LIMITS.templateFileBytes);
    if (!read.ok) return { ok: false, diagnostics: [invalid(f, read.message, '模板里的文件要是普通的文字文件（不超过 256 KB）。')] };
    texts.set(f, read.bytes.toString('utf8'));
  }
  const layoutSource = new SourceFile(layoutFile, Buffer.from(texts.get(layoutFile) ?? '', 'utf8'));
  if (hasErrors(layoutSource.diagnostics)) return { ok: false, diagnostics: layoutSource.diagnostics };
  const layout = validateAgainst<Layout>(LAYOUT_SCHEMA, layoutSource);
  if (!layout.ok) return { ok: false, diagnostics: layout.diagnostics };

  const hbs = Handlebars.create();
  concatenateOutputsAsText(hbs);
  registerHelpers(hbs);
  const diagnostics: Diagnostic[] = [];
  const partialsDir = join(dir, 'partials');
  if (existsSync(partialsDir) && !lstatSync(partialsDir).isDirectory())
    diagnostics.push(
      invalid(
        partialsDir,
        '模板里的 partials 应是放标准语句的文件夹，这里却是一个文件。',
        '把它改成文件夹（里面每个标准语句一个 .hbs 文件），或删掉它。',
      ),
    );
  else if (existsSync(partialsDir)) {
    for (const f of readdirSync(partialsDir)
      .filter((f) => f.endsWith('.hbs'))
      .sort()) {
      const file = join(partialsDir, f);
      const read = readRegularFile(file, LIMITS.templateFileBytes);
      if (!read.ok) {
        diagnostics.push(invalid(file, read.message, '标准语句要是普通的文字文件。'));
        continue;
      }
      const text = read.bytes.toString('utf8').replace(/\r?\n$/, '');
      const err = syntaxError(hbs, text) ?? languageError(hbs, text, true);
      if (err) diagnostics.push(invalid(file, err.message, err.fix, err.line, err.column));
      else registerPartialSource(hbs, basename(f, extname(f)), text);
    }
  }
  const docHbs = Handlebars.create();
  // 文档模板不需要 log（印到终端上）和 lookup（按名字取任意属性）。
  docHbs.unregisterHelper('log');
  docHbs.unregisterHelper('lookup');
  registerDocumentHelpers(docHbs);
  const docText = texts.get(docFile) ?? '';
  const docErr = syntaxError(docHbs, docText);
  if (docErr) diagnostics.push(invalid(docFile, docErr.message, docErr.fix, docErr.line, docErr.column));
  const titleText = (texts.get(titleFile) ?? '').trim();
  const titleErr = syntaxError(hbs, titleText) ?? languageError(hbs, titleText, true);
  if (titleErr) diagnostics.push(invalid(titleFile, titleErr.message, titleErr.fix, titleErr.line, titleErr.column));
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

interface TemplateTextError {
  message: string;
  fix?: string;
  line: number;
  column: number;
}

/** 标准语句和默认标题只能用正文的那一套安全写法（见 src/render/text-language.ts 的说明）。 */
function languageError(hbs: typeof Handlebars, text: string, inPartial: boolean): TemplateTextError | undefined {
  const p = textLanguageProblem(hbs, text, inPartial);
  return p && { message: p.message, fix: p.fix, line: p.line, column: p.column };
}

/** 只做语法检查（解析），出错时给出行列。嵌套过深的不解析（解析本身就要很久）。 */
function syntaxError(hbs: typeof Handlebars, text: string): TemplateTextError | undefined {
  const depth = blockDepth(text).depth;
  if (depth > LIMITS.templateBlockDepth)
    return {
      message: `模板里的 {{#…}} 嵌套了 ${depth} 层，超过了 ${LIMITS.templateBlockDepth} 层的上限。`,
      fix: '照标准模板的写法改。',
      line: 1,
      column: 1,
    };
  try {
    hbs.parse(text);
    return undefined;
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const m = /line (\d+)/.exec(msg);
    const ex = e as { lineNumber?: number; column?: number };
    return {
      message: `模板语法错误：${unmatched(text) ?? '{{ }} 的写法有误（括号不配对，或 {{#…}} 没有对应的 {{/…}}）'}。`,
      fix: '检查 {{ 和 }} 是否成对、{{#块}} 是否有对应的 {{/块}}。',
      line: ex.lineNumber ?? (m ? Number(m[1]) : 1),
      column: (ex.column ?? 0) + 1,
    };
  }
}

function unmatched(text: string): string | undefined {
  const opens = text.split('{{').length - 1;
  const closes = text.split('}}').length - 1;
  if (opens !== closes) return `"{{"有 ${opens} 个，"}}"有 ${closes} 个，不配对`;
  return undefined;
}
