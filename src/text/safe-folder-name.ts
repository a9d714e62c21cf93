/** 地区名能否作文件夹名：不能带路径分隔符、".."、盘符或控制字符，决不能把文件写到输出文件夹外面。 */
export function unsafeFolderName(name: string): string | undefined {
  if (name.trim() === '') return '地区不能为空。';
  if (/[/\\]/.test(name)) return `地区"${name}"里有路径分隔符 / 或 \\。`;
  if (name === '.' || name === '..' || name.includes('..')) return `地区"${name}"里有".."。`;
  if (/^[a-zA-Z]:/.test(name)) return `地区"${name}"以盘符开头。`;

  if (/[\u0000-\u001f<>:"|?*]/.test(name)) return `地区"${name}"里有文件名不能用的字符（< > : " | ? * 或控制字符）。`;
  return undefined;
}
