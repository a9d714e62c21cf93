import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, isAbsolute, join, resolve } from 'node:path';
import Handlebars from 'handlebars';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { SourceFile } from '../load/source-file.js';
import { packageRoot } from '../paths.js';
import { LAYOUT_SCHEMA, validateAgainst } from '../validate/validate-schema.js';
import type { Layout } from './layout.js';
import { registerHelpers } from './helpers.js';
import { registerPartialSource } from './partial-sources.js';

/** 一个模板：版式设置、报告的 Markdown 模板、标准语句（partials）和它们所在的 Handlebars 环境。 */
export interface Template {
  name: string;
  dir: string;
  layout: Layout;
  /** 正文里的 {{…}} 和 {{> 行政复议}} 在这个环境里编译（严格模式、不转义）。 */
  hbs: typeof Handlebars;
  /** 由视图生成 .md 预览的模板。 */
  document: Handlebars.TemplateDelegate;
  /** 默认标题（数据里没写标题时）。 */
  defaultTitle: string;
}

/** 模板名（templates/ 下的文件夹）或模板文件夹的路径。 */
export function templateDir(nameOrPath: string): string {
  if (isAbsolute(nameOrPath) || nameOrPath.includes('/') || nameOrPath.includes('\\')) return resolve(nameOrPath);
  return join(packageRoot(), 'templates', nameOrPath);
}

const cache = new Map<string, { template?: Template; diagnostics: Diagnostic[] }>();

export function loadTemplate(nameOrPath = '标准'): { template?: Template; diagnostics: Diagnostic[] } {
  const dir = templateDir(nameOrPath);
  const hit = cache.get(dir);
  if (hit) return hit;
  const result = readTemplate(dir);
  cache.set(dir, result);
  return result;
}

function problem(file: string, message: string, fix?: string, line = 1, column = 1): Diagnostic {
  return { code: 'template/invalid', severity: 'error', file, line, column, message, ...(fix ? { fix } : {}) };
}

function readTemplate(dir: string): { template?: Template; diagnostics: Diagnostic[] } {
  if (!existsSync(dir)) {
    const root = join(packageRoot(), 'templates');
    const names = existsSync(root) ? readdirSync(root).filter((n) => !n.startsWith('.')) : [];
    return {
      diagnostics: [
        {
          code: 'template/not-found',
          severity: 'error',
          file: dir,
          line: 1,
          column: 1,
          message: `找不到模板"${basename(dir)}"。`,
          fix: names.length ? `可用的模板：${names.join('、')}；也可以写模板文件夹的路径。` : '写模板文件夹的路径。',
        },
      ],
    };
  }
  const layoutFile = join(dir, '版式.yaml');
  const docFile = join(dir, '报告.md.hbs');
  const titleFile = join(dir, '标题.hbs');
  for (const f of [layoutFile, docFile, titleFile]) {
    if (!existsSync(f)) return { diagnostics: [problem(f, `模板缺少文件 ${basename(f)}。`, `检查模板文件夹 ${dir}。`)] };
  }
  const layoutSource = new SourceFile(layoutFile, readFileSync(layoutFile));
  if (layoutSource.diagnostics.some((d) => d.severity === 'error')) return { diagnostics: layoutSource.diagnostics };
  const layout = validateAgainst<Layout>(LAYOUT_SCHEMA, layoutSource);
  if (!layout.value) return { diagnostics: layout.diagnostics };

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
      if (err) diagnostics.push(problem(file, `模板语法错误：${err.message}`, undefined, err.line, err.column));
      else registerPartialSource(hbs, basename(f, extname(f)), text);
    }
  }
  const docText = readFileSync(docFile, 'utf8');
  const docErr = syntaxError(hbs, docText);
  if (docErr) diagnostics.push(problem(docFile, `模板语法错误：${docErr.message}`, undefined, docErr.line, docErr.column));
  const titleText = readFileSync(titleFile, 'utf8').trim();
  if (diagnostics.length) return { diagnostics };
  return {
    template: {
      name: basename(dir),
      dir,
      layout: layout.value,
      hbs,
      document: hbs.compile(docText, { noEscape: true, strict: true }),
      defaultTitle: titleText,
    },
    diagnostics,
  };
}

/** 只做语法检查（解析），出错时给出行列。 */
export function syntaxError(hbs: typeof Handlebars, text: string): { message: string; line: number; column: number } | undefined {
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
