/** 版头版记的规则：地区能作文件夹名、成文日期、文件名与年度、文件夹与地区。 */
import { basename, dirname } from 'node:path';
import { unsafeFolderName } from '../../text/safe-folder-name.js';
import { problem } from '../../diagnostics/diagnostic.js';
import { parseIsoDate } from '../../text/chinese-date.js';
import type { Rule } from './rule.js';

/** 地区会成为输出文件夹名：不能借它把文件写到别处。 */
export const regionIsSafeFolder: Rule = ({ report }) => {
  const why = unsafeFolderName(report.地区);
  return why ? [problem('path/unsafe-region', ['地区'], why, { fix: '地区只写县（市、区）的名称，如"南昌县"。' })] : [];
};

/**
 * 成文日期：日历上有这一天；不早于报告年度；一般在年度结束之后（有的县 12 月成文、数字写"1—11月"，
 * 所以 12 月以前才提醒）；晚于发布截止（下一年度的"发布截止"，默认 4 月 1 日）时提醒。
 */
export const dateRules: Rule = ({ report, layout }) => {
  const date = parseIsoDate(report.成文日期);
  const path = ['成文日期'];
  if (!date) {
    return [
      problem('date/invalid', path, `成文日期"${report.成文日期}"不是日历上有的日子。`, { fix: '检查月份和日子，写成 2024-01-25 这样。' }),
    ];
  }
  const y = report.年度;
  if (date.getUTCFullYear() < y) {
    return [
      problem('date/before-year', path, `成文日期 ${report.成文日期} 早于报告年度 ${y} 年。`, {
        fix: `报告写的是 ${y} 年的工作，成文日期应在 ${y} 年以后，通常是 ${y + 1} 年初。`,
      }),
    ];
  }
  if (date.getUTCFullYear() === y && date.getUTCMonth() < 11) {
    return [
      problem('date/within-year', path, `成文日期 ${report.成文日期} 还在报告年度 ${y} 年之内，全年的数字还没有出来。`, {
        fix: `确认日期；如果只统计到某月，在相关指标上写"口径"（如 1—11月）。`,
      }),
    ];
  }
  const [dm = 4, dd = 1] = (layout.发布截止 ?? '04-01').split('-').map(Number);
  const deadline = new Date(Date.UTC(y + 1, dm - 1, dd));
  if (date >= deadline) {
    return [
      problem('date/after-deadline', path, `成文日期 ${report.成文日期} 已过发布截止日期 ${y + 1}年${dm}月${dd}日。`, {
        fix: '报告应在截止日期前公开发布；截止日期在模板的"发布截止"里设置。',
      }),
    ];
  }
  return [];
};

/** 文件按 data/<地区>/<年度>.yaml 存放时，文件名的年份要与"年度"一致，文件夹名要与"地区"一致。 */
export const fileNameMatches: Rule = ({ report, file }) => {
  const out: ReturnType<Rule> = [];
  // 2023.yaml，也认 2023.备份.yaml 这样的名字
  const year = /^(\d{4})(?:\.[^/\\]*)?\.ya?ml$/i.exec(basename(file))?.[1];
  if (year && Number(year) !== report.年度) {
    out.push(
      problem('year/mismatch', ['年度'], `文件名是 ${year} 年，"年度"却写的是 ${report.年度}。`, {
        fix: `改正"年度"，或把文件改名为 ${report.年度}.yaml。`,
      }),
    );
  }
  const folder = basename(dirname(file));
  if (year && folder !== report.地区 && folder !== 'data' && folder !== '.') {
    out.push(
      problem('region/mismatch', ['地区'], `文件在"${folder}"文件夹里，"地区"却写的是"${report.地区}"。`, {
        fix: '检查是不是复制了别的县的文件忘了改地区。',
      }),
    );
  }
  return out;
};
