/**
 * "写法"要读得回"值"：文档里印的是写法，同比、增减和"部分不大于整体"按值算，两者不符就是文档说一个数、
 * 比较用另一个数。约数（约: true，或写法里有"余""约"）只许差在写法的最后一位之内：
 * 1万余 可以是 10000—19999，1.2万余 是 12000—12999，约1.3万 是 12500—13499。
 * 写法的"万""亿"与单位的"万元""亿元"是同一个万：值 10919（万元）写作 10919万余。
 */
import { problem, type Problem } from '../../diagnostics/diagnostic.js';
import { catalogue } from '../../schema/catalogue.js';
import { figureGroups } from '../../schema/figure-types.js';
import { formatNumber } from '../../text/format-number.js';
import { readWrittenFigure, type WrittenFigure } from '../../text/read-written-figure.js';
import type { Rule } from './rule.js';

export const writingMatchesValue: Rule = ({ report }) => {
  const out: Problem[] = [];
  for (const [g, fields] of Object.entries(figureGroups(report))) {
    for (const [f, v] of Object.entries(fields ?? {})) {
      if (v === null || typeof v !== 'object' || v.写法 === undefined || v.写法 === '汉字' || v.值 === null) continue;
      const unit = v.单位 ?? catalogue[g]?.字段[f]?.单位 ?? '';
      const unitScale = unit.startsWith('亿') ? 1e8 : unit.startsWith('万') ? 1e4 : 1;
      const actual = v.值 * unitScale;
      const written = readWrittenFigure(v.写法);
      // 单位本身带"万""亿"时，正文接着写"万元"，不好替办事员定写法。
      const suggestion = unitScale === 1 ? suggestWriting(actual, v.约 === true || written?.more === true) : undefined;
      const path = ['指标', g, f, '写法'];
      if (!written) {
        out.push(
          problem(
            'figure/spelling-mismatch',
            path,
            `写法"${v.写法}"读不出一个数，文档里照印，同比、增减却按值 ${formatNumber(v.值)} 算。`,
            {
              fix: `写法只写数和"万""亿""余""约"，如 ${suggestion ?? formatNumber(v.值)}；单位由正文写出。`,
            },
          ),
        );
        continue;
      }
      if (agrees(written, actual, v.约 === true)) continue;
      const shown = written.value / unitScale;
      out.push(
        problem(
          'figure/spelling-mismatch',
          path,
          `写法"${v.写法}"读出来是 ${formatNumber(shown)}${written.more ? '余' : ''}，与值 ${formatNumber(v.值)} 不符：文档里印的是 ${v.写法}，同比、增减却按 ${formatNumber(v.值)} 算。`,
          {
            fix: `改正写法${suggestion ? `（如 ${suggestion}）` : ''}或改正值；约数要写 约: true，写法里写"余"（如 1万余）。`,
          },
        ),
      );
    }
  }
  return out;
};

function agrees(w: WrittenFigure, actual: number, approx: boolean): boolean {
  const eps = 1e-9 * Math.max(1, Math.abs(actual));
  if (Math.abs(w.value - actual) <= eps) return true;
  const within = actual >= w.value - eps && actual < w.value + w.step - eps;
  const rounded = Math.abs(actual - w.value) <= w.step / 2 + eps;
  if (w.more) return within;
  if (w.about || approx) return within || rounded;
  return false;
}

/** 一个对得上的写法：一万以上写成"1.26万"（约数"1.2万余"），否则照值写。 */
function suggestWriting(actual: number, approx: boolean): string | undefined {
  if (actual >= 1e8) return approx ? `${Math.floor(actual / 1e7) / 10}亿余` : exact(actual, 1e8, '亿');
  if (actual >= 1e4) return approx ? `${Math.floor(actual / 1e3) / 10}万余` : exact(actual, 1e4, '万');
  return undefined;
}

function exact(actual: number, scale: number, unit: string): string | undefined {
  const n = actual / scale;
  const text = formatNumber(n);
  return text.replace(/^\d+\.?/, '').length <= 4 ? `${text}${unit}` : undefined;
}
