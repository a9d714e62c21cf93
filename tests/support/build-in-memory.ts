/** 测试用：在内存里跑完整流程（不写文件），返回诊断、文档模型和 .docx 字节。 */
import { writeDocx } from '../../src/docx/write-docx.js';
import { ReportPipeline, type CheckedReport } from '../../src/pipeline/report-pipeline.js';
import { loadTemplate, type Template } from '../../src/template/load-template.js';

export function standardTemplate(): Template {
  const loaded = loadTemplate('标准');
  if (!loaded.ok) throw new Error('标准模板读取失败：' + JSON.stringify(loaded.diagnostics));
  return loaded.template;
}

/** 一条新的流水线（不与别的测试共用记住的文件）。 */
export function pipeline(options: { final?: boolean } = {}): ReportPipeline {
  return new ReportPipeline(standardTemplate(), options);
}

export function checkText(yaml: string, file = 'data/测试县/2023.yaml', options: { final?: boolean } = {}): CheckedReport {
  return pipeline(options).check(file, Buffer.from(yaml, 'utf8'));
}

export async function buildFile(file: string) {
  const checked = pipeline().check(file);
  if (!checked.ok) throw new Error(`${file} 未能生成：` + JSON.stringify(checked.diagnostics, null, 1));
  return { ...checked, docx: await writeDocx(checked.model, checked.layout) };
}
