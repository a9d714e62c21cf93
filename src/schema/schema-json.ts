import { buildEditorSchema } from './editor-schema.js';

/** data/report.schema.json 的内容：编辑器（VS Code 的 YAML 扩展）通过文件首行的 $schema 注释读取。给编辑器的版本见 editor-schema.ts。 */
export function reportSchemaJson(): string {
  return JSON.stringify(buildEditorSchema(), null, 2) + '\n';
}
