/** 测试用：在内存里跑完整流程（不写文件），返回诊断、.md、文档模型和 .docx 字节。 */
import { writeDocxBuffer } from '../../src/docx/fast-docx.js';
import { checkReport } from '../../src/pipeline/check-report.js';
import { loadTemplate, type Template } from '../../src/template/load-template.js';

export function standardTemplate(): Template {
  const { template, diagnostics } = loadTemplate('标准');
  if (!template) throw new Error('标准模板读取失败：' + JSON.stringify(diagnostics));
  return template;
}

export function checkText(yaml: string, file = 'data/测试县/2023.yaml') {
  return checkReport(file, standardTemplate(), Buffer.from(yaml, 'utf8'));
}

export async function buildFile(file: string) {
  const checked = checkReport(file, standardTemplate());
  if (!checked.rendered) throw new Error(`${file} 未能生成：` + JSON.stringify(checked.diagnostics, null, 1));
  const docx = await writeDocxBuffer(checked.rendered.model, checked.rendered.layout);
  return { ...checked, rendered: checked.rendered, docx };
}
