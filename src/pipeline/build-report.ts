import { writeDocxBuffer } from '../docx/fast-docx.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import type { Template } from '../template/load-template.js';
import { outputPaths, type OutputPaths } from '../write/output-paths.js';
import { writeFileAtomic } from '../write/write-file-atomic.js';
import { checkReport, type CheckedReport } from './check-report.js';

export interface BuiltReport extends CheckedReport {
  outputs?: OutputPaths;
}

/** 检查 → 渲染 → 写 .md 和 .docx（先写临时文件再改名）。有错误时什么也不写。 */
export async function buildReport(
  file: string,
  template: Template,
  outRoot: string,
  options: { final?: boolean } = {},
): Promise<BuiltReport> {
  const checked = checkReport(file, template, undefined, { final: options.final === true });
  if (hasErrors(checked.diagnostics) || !checked.rendered || !checked.report) return checked;
  const { markdown, model, layout } = checked.rendered;
  const outputs = outputPaths(outRoot, checked.report.地区, checked.report.年度);
  const docx = await writeDocxBuffer(model, layout);
  writeFileAtomic(outputs.md, markdown);
  writeFileAtomic(outputs.docx, docx);
  return { ...checked, outputs };
}
