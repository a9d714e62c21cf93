import { writeRedlineDocx } from '../docx/write-docx.js';
import type { Layout } from '../schema/layout-types.generated.js';
import type { YearDiff } from './compare-years.js';
import { redlineParagraphs } from './redline.js';

/** 与上年对比的修订稿（.docx）：真正的修订（插入、删除），作者和时间写明，Word 的审阅窗格可以逐条接受或拒绝。 */
export async function redlineDocx(d: YearDiff, layout: Layout, author = 'fzbg', date = new Date()): Promise<Buffer> {
  const iso = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const title = `${d.region}${d.oldYear}—${d.newYear}年度法治政府建设情况报告对比`;
  return writeRedlineDocx(redlineParagraphs(d.blocks), layout, { author, date: iso }, { title, now: date });
}
