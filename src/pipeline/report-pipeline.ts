/**
 * 一份报告的流水线，从上往下读：读 → 校验 → 解析（版式、上一年度）→ 渲染 → 规则 → 写。
 * 各步的活都在各自的文件夹里；这里只按顺序调用，并记住这次运行里读过、渲染过的文件——
 * 上一年度（同比要它的数字，"与上年一字不差"要它的文档）在一次运行里只读一次、只渲染一次，大家共用。
 * 只有最后一步（build）写文件。
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { fileDiagnostic, hasErrors, locate, sortDiagnostics } from '../diagnostics/diagnostic.js';
import { readSource } from '../load/read-source.js';
import type { SourceFile } from '../load/source-file.js';
import { printMarkdown } from '../markdown/print-markdown.js';
import type { DataPath } from '../model/data-path.js';
import { documentTitle, type DocumentModel } from '../model/document-model.js';
import { buildContext } from '../resolve/build-context.js';
import { mergeLayout } from '../resolve/merge-layout.js';
import { priorYearPath } from '../resolve/prior-year.js';
import { renderDocument } from '../render/render-document.js';
import type { Layout } from '../schema/layout-types.generated.js';
import type { Report } from '../schema/report-types.generated.js';
import type { Template } from '../template/load-template.js';
import { acknowledgeWarnings, type AcknowledgedWarning } from '../validate/acknowledge-warnings.js';
import { runRules } from '../validate/rules/index.js';
import { followOns } from './follow-ons.js';
import { validateReport } from '../validate/validate-report.js';
import { outputPaths, type OutputPaths } from '../write/output-paths.js';
import { writeFileAtomic } from '../write/write-file-atomic.js';
import { existsSync } from 'node:fs';

/** 读过、校验过的一个文件。repaired：数据格式有错、修补了一份只能往下检查的数据。 */
type LoadedReport = { ok: true; source: SourceFile; report: Report; repairedPaths?: DataPath[]; diagnostics: Diagnostic[] };
type Loaded = LoadedReport | { ok: false; source?: SourceFile; diagnostics: Diagnostic[] };

/** 能拿来比较的上一年度：它的文件和读好的数据。 */
interface Prior {
  file: string;
  loaded: LoadedReport;
}

/** 渲染过的一个文件（还没跑规则）。 */
type Rendered =
  | {
      ok: true;
      source: SourceFile;
      report: Report;
      repairedPaths?: DataPath[];
      layout: Layout;
      model: DocumentModel;
      prior?: Prior;
      diagnostics: Diagnostic[];
    }
  | { ok: false; source?: SourceFile; diagnostics: Diagnostic[] };

/** 检查的结果。ok：没有错误，可以生成文档。acknowledged：县里确认保留的警告（不算在 diagnostics 里）。 */
export type CheckedReport =
  | {
      ok: true;
      file: string;
      source: SourceFile;
      report: Report;
      layout: Layout;
      model: DocumentModel;
      diagnostics: Diagnostic[];
      acknowledged: AcknowledgedWarning[];
    }
  | { ok: false; file: string; source?: SourceFile; diagnostics: Diagnostic[]; acknowledged: AcknowledgedWarning[] };

export type BuiltReport = CheckedReport & { outputs?: OutputPaths };

/** 生成好、还没写的一份：.md 和 .docx 的内容（批量时工作线程把它交给主线程写，主线程管冲突和中断）。 */
export type ProducedReport = CheckedReport & { outputs?: OutputPaths; md?: string; docx?: Uint8Array };

export interface PipelineOptions {
  /** 定稿：待填的数字是错误（草稿里只是警告）。 */
  final?: boolean;
  /**
   * 检查完一份之后还记住几个文件（默认 4：check、diff 里两年互为上一年度，只读一次）。
   * 批量生成几千个县时用 0：相邻两年多半分在不同的工作线程上，记住了也用不上，
   * 留着反而让它们活过新生代回收、进了老生代，峰值内存多出约 15%（npm run bench 量过）。一份报告检查的过程中，上一年度总是只读一次。
   */
  remember?: number;
}

export class ReportPipeline {
  private readonly loads: Remembered<Loaded>;
  private readonly renders: Remembered<Rendered>;

  constructor(
    readonly template: Template,
    private readonly options: PipelineOptions = {},
  ) {
    // remember 为 0 时什么也不记：一份报告检查的过程中，上一年度读好的数据由参数传下去，照样只读一次。
    const size = options.remember ?? 4;
    this.loads = new Remembered<Loaded>(size);
    this.renders = new Remembered<Rendered>(size);
  }

  /** 1–2. 读和校验（bytes 给出时不读盘、不记住：new 在内存里检查草稿）。 */
  load(file: string, bytes?: Uint8Array): Loaded {
    const hit = bytes ? undefined : this.loads.get(file);
    if (hit) return hit;
    const read = readSource(file, bytes);
    if (!read.ok) return this.loads.put(file, { ok: false, diagnostics: read.diagnostics }, bytes);
    const { source } = read;
    const validated = validateReport(source);
    const diagnostics = [...source.diagnostics, ...validated.diagnostics];
    if (validated.kind === 'invalid') return this.loads.put(file, { ok: false, source, diagnostics }, bytes);
    const repaired = validated.kind === 'repaired' ? { repairedPaths: validated.repairedPaths } : {};
    return this.loads.put(file, { ok: true, source, report: validated.report, ...repaired, diagnostics }, bytes);
  }

  /** 3–4. 解析（版式、上一年度的数字）和渲染成文档模型。 */
  render(file: string, bytes?: Uint8Array): Rendered {
    const hit = bytes ? undefined : this.renders.get(file);
    return hit ?? this.renderLoaded(file, this.load(file, bytes), bytes);
  }

  private renderLoaded(file: string, loaded: Loaded, bytes?: Uint8Array): Rendered {
    if (!loaded.ok) return this.renders.put(file, loaded, bytes);
    const { source, report } = loaded;
    const layout = mergeLayout(this.template.layout, report.版式);
    const prior = this.usablePrior(file, report);
    const context = buildContext(report, prior.ok ? prior.prior.loaded.report : undefined);
    const { model, problems } = renderDocument(report, this.template, layout, context);
    const follow = followOns(source, loaded.repairedPaths);
    const located = problems.filter((p) => !follow.concernsRepaired(p)).map((p) => locate(source, p));
    const diagnostics = [...loaded.diagnostics, ...prior.diagnostics, ...located];
    return this.renders.put(file, { ...loaded, layout, model, ...(prior.ok ? { prior: prior.prior } : {}), diagnostics }, bytes);
  }

  /** 5. 规则（看数据和渲染出的文档，与上一年度的文档比），问题落到文件的行列上。不写任何文件。 */
  check(file: string, bytes?: Uint8Array): CheckedReport {
    try {
      return this.checkOnce(file, bytes);
    } finally {
      if (this.options.remember === 0) {
        this.loads.clear();
        this.renders.clear();
      }
    }
  }

  private checkOnce(file: string, bytes?: Uint8Array): CheckedReport {
    const rendered = this.render(file, bytes);
    if (!rendered.ok) {
      const source = rendered.source;
      if (!source) return { ok: false, file, diagnostics: withExcerpts(rendered.diagnostics, undefined), acknowledged: [] };
      const { diagnostics, acknowledged } = acknowledgeWarnings(followOns(source).filter(rendered.diagnostics), source, undefined);
      return { ok: false, file, source, diagnostics: withExcerpts(diagnostics, source), acknowledged: withExcerpts(acknowledged, source) };
    }
    const { source, report, layout, model } = rendered;
    const priorModel = rendered.prior ? this.priorModel(rendered.prior) : undefined;
    const problems = runRules({ report, file, layout, final: this.options.final === true, model, ...(priorModel ? { priorModel } : {}) });
    // 修补过、猜过的数据只用来往下检查：不交出文档；由它们引起的连带问题不报（follow-ons.ts）。
    const follow = followOns(source, rendered.repairedPaths);
    const located = problems.filter((p) => !follow.concernsRepaired(p)).map((p) => locate(source, p));
    // 县里确认保留的警告：不算数，另列出来。
    const checked = acknowledgeWarnings(follow.filter([...rendered.diagnostics, ...located]), source, report.忽略);
    const diagnostics = withExcerpts(checked.diagnostics, source);
    const acknowledged = withExcerpts(checked.acknowledged, source);
    if (rendered.repairedPaths || hasErrors(diagnostics)) return { ok: false, file, source, diagnostics, acknowledged };
    return { ok: true, file, source, report, layout, model, diagnostics, acknowledged };
  }

  /** 6a. 生成：检查没有错误时排出 .md 预览和 .docx 的内容（不写）。 */
  async produce(file: string, outRoot: string): Promise<ProducedReport> {
    const checked = this.check(file);
    if (!checked.ok) return checked;
    const { report, model, layout } = checked;
    const outputs = outputPaths(outRoot, report.地区, report.年度);
    // 写 .docx 的代码只在这一步加载：check 用不到它，冷启动少加载一些。
    const { writeDocx } = await import('../docx/write-docx.js');
    const docx = await writeDocx(model, layout, { title: documentTitle(model), author: layout.作者 ?? report.发文机关 });
    return { ...checked, outputs, md: printMarkdown(model), docx: docx };
  }

  /** 6b. 写：.md 预览和 .docx（先写临时文件再改名；输出文件夹下面的符号链接不跟随）。 */
  async build(file: string, outRoot: string): Promise<BuiltReport> {
    const { md, docx, ...built } = await this.produce(file, outRoot);
    if (built.outputs && md !== undefined && docx) {
      writeFileAtomic(built.outputs.md, md, { root: outRoot });
      writeFileAtomic(built.outputs.docx, docx, { root: outRoot });
    }
    return built;
  }

  /** 上一年度（同一文件夹里 年度−1 的文件）：没有时不比较；有但有错误时提醒一句，也不比较。 */
  private usablePrior(
    file: string,
    report: Report,
  ): { ok: true; prior: Prior; diagnostics: [] } | { ok: false; diagnostics: Diagnostic[] } {
    const priorFile = priorYearPath(file, report.年度);
    if (!existsSync(priorFile)) return { ok: false, diagnostics: [] };
    const loaded = this.load(priorFile);
    if (loaded.ok && !loaded.repairedPaths && !hasErrors(loaded.diagnostics))
      return { ok: true, prior: { file: priorFile, loaded }, diagnostics: [] };
    return {
      ok: false,
      diagnostics: [
        fileDiagnostic('prior/invalid', file, `上一年度的文件 ${priorFile} 有错误，本次不与它比较。`, {
          fix: `先运行 fzbg check ${priorFile} 改正它。`,
        }),
      ],
    };
  }

  /** 上一年度渲染出的文档（"与上年一字不差"要它）：已经读好的数据直接渲染，不再读一遍。 */
  private priorModel(prior: Prior): DocumentModel | undefined {
    const rendered = this.renders.get(prior.file) ?? this.renderLoaded(prior.file, prior.loaded);
    return rendered.ok ? rendered.model : undefined;
  }
}

/** 排序，并给本文件的问题附上那一行的原文。 */
function withExcerpts<D extends Diagnostic>(list: readonly D[], source: SourceFile | undefined): D[] {
  const sorted = sortDiagnostics(list);
  if (!source) return sorted;
  return sorted.map((d) => (d.file === source.file && d.excerpt === undefined ? { ...d, excerpt: source.lineText(d.line) } : d));
}

/** 最近用过的几项（按插入先后淘汰最早的）。bytes 给出的结果不记住。 */
class Remembered<T> {
  private readonly map = new Map<string, T>();
  constructor(private readonly size: number) {}
  get(key: string): T | undefined {
    return this.map.get(key);
  }
  clear(): void {
    this.map.clear();
  }
  put(key: string, value: T, bytes: Uint8Array | undefined): T {
    if (bytes) return value;
    this.map.delete(key);
    this.map.set(key, value);
    while (this.map.size > this.size) this.map.delete(this.map.keys().next().value as string);
    return value;
  }
}
