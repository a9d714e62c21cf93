/**
 * 办事员写的文字放进 Markdown 之前的转义：让 # * | < {{ 之类照原样出现，决不变成结构。
 * 行内有特殊含义的 ASCII 标点一律加反斜杠；行首的"1."、"-"、":::" 这类块标记也转义。
 * 换行已在上一步变成分段，这里的文字是一行。
 */
const INLINE = /[\\`*_{}[\]<>#|~&!$]/g;

export function escapeMarkdown(text: string): string {
  let out = text.replace(INLINE, (c) => '\\' + c);
  // 行首的有序列表（"1." "1)"）、无序列表、引用、分隔线、setext 标题、容器（:::）
  out = out.replace(/^(\d+)([.)])/, '$1\\$2').replace(/^([-+=:>])/, '\\$1');
  return out;
}
