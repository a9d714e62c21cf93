/**
 * XML 1.0 不允许的字符（除制表、换行、回车以外的 C0 控制字符、U+FFFE/U+FFFF、孤立的代理项）
 * 写进 document.xml 会让 Word 拒绝打开文件：写之前去掉。check 会把它们报出来。
 */

const ILLEGAL =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function stripIllegalXml(text: string): string {
  return text.replace(ILLEGAL, '');
}

export function findIllegalXml(text: string): number {
  ILLEGAL.lastIndex = 0;
  const m = ILLEGAL.exec(text);
  ILLEGAL.lastIndex = 0;
  return m ? m.index : -1;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** XML 文字和属性值的转义。 */
export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}
