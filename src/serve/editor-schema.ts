import { buildEditorSchema } from '../schema/editor-schema.js';

/**
 * 编辑器用的 JSON Schema（补全、悬停说明）：与 fzbg schema 写出的 data/report.schema.json 是同一份
 * （src/schema/editor-schema.ts：中文标题、说明、枚举的说明）。只从这里取，换版本时只改这一处。
 */
export function editorSchema(): object {
  return buildEditorSchema();
}
