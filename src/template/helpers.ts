import type Handlebars from 'handlebars';
import { changeText, compareFigures, yearOverYearText } from '../compare/year-over-year.js';
import { Figure } from '../resolve/figure.js';

/** 渲染时助手记下的一条提醒（如"同比比不了：口径不同"）和 {{…}} 在文字里的行列（行从 1 起，列从 0 起）。 */
export interface RenderNote {
  text: string;
  line?: number;
  column?: number;
}

/** check 把提醒报到那段文字里 {{…}} 的位置。 */
export interface RenderNotes {
  notes: RenderNote[];
}

/**
 * 助手比不了、什么也没写的地方留下的记号：渲染完后由 render-text 去掉，连同它两边重复的标点
 * （"收到申请86件，{{同比 …}}，受理79件" 不印成"86件，，受理79件"）。私用区的字符，正文里不会有。
 */
export const WROTE_NOTHING = '\uE000';

type Options = Handlebars.HelperOptions;

/** 渲染时经 @data 传进来的提醒收集处（Handlebars 的 data 没有类型）。 */
function note(options: Options, text: string): void {
  const data = options.data as { fzbg?: RenderNotes } | undefined;
  const start = (options as { loc?: { start?: { line: number; column: number } } }).loc?.start;
  data?.fzbg?.notes.push({ text, ...(start ? { line: start.line, column: start.column } : {}) });
}

function figureArg(value: unknown, name: string, options: Options): Figure | undefined {
  if (value instanceof Figure) return value;
  note(options, `{{${name} …}} 要跟一个指标，如 {{${name} 指标.行政复议.受理}}；这里给的不是（或这个指标不存在）`);
  return undefined;
}

/** 模板可用的助手。正文（数据文件里的文字）和 .md 模板共用一个环境。 */
export function registerHelpers(hbs: typeof Handlebars): void {
  /** .md 模板：第 n 级标题的 # 号（标题是 #，一级标题是 ##）。 */
  hbs.registerHelper('井号', (level: number) => '#'.repeat(Number(level) + 1));

  /** {{同比 指标.行政复议.受理}} → "同比增长12.5%"；比不了时什么也不写，check 提醒。 */
  hbs.registerHelper('同比', (value: unknown, options: Options) => {
    const fig = figureArg(value, '同比', options);
    if (!fig) return WROTE_NOTHING;
    const cmp = compareFigures(fig, fig.上年);
    if (!cmp.ok) note(options, `同比比不了：${cmp.reason}，这里什么也没写`);
    else if (cmp.percent === undefined && cmp.points === undefined)
      note(options, '同比比不了：上一年度是 0，算不出百分比，这里什么也没写（可以改用 {{增减 …}}）');
    return yearOverYearText(cmp) || WROTE_NOTHING;
  });

  /** {{增减 指标.行政复议.受理}} → "增加12件"。 */
  hbs.registerHelper('增减', (value: unknown, options: Options) => {
    const fig = figureArg(value, '增减', options);
    if (!fig) return WROTE_NOTHING;
    const cmp = compareFigures(fig, fig.上年);
    if (!cmp.ok) note(options, `增减比不了：${cmp.reason}，这里什么也没写`);
    return changeText(cmp, fig.单位 === '%' ? '' : (fig.单位 ?? '')) || WROTE_NOTHING;
  });

  /** {{上年 指标.行政复议.受理}} → 上一年度的写法，如 "233"。 */
  hbs.registerHelper('上年', (value: unknown, options: Options) => {
    const fig = figureArg(value, '上年', options);
    if (!fig) return WROTE_NOTHING;
    if (!fig.上年 || fig.上年.待填) {
      note(options, '上年的数字没有（没有上一年度的文件，或那一年没有这个数字），这里什么也没写');
      return WROTE_NOTHING;
    }
    return fig.上年.toString();
  });
}
