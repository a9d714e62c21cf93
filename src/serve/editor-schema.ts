import { reportSchema } from '../schema/report-schema.js';

/**
 * 编辑器用的 JSON Schema（补全、悬停说明）：与 fzbg schema 写出的是同一份。
 * 只从这里取：以后换成带中文错误信息和片段的编辑器版 Schema 时只改这一处。
 */
export function editorSchema(): object {
  return reportSchema;
}
