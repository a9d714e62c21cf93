/**
 * 文件开头的几个字节说明它是不是办公文档（Word、Excel、PDF、压缩包）：办事员常把生成的 .docx 或
 * 部门交回的表当成数据文件交给 check。认出来就直说是什么文件、该用哪个命令，不去猜它的编码。
 */
export function binaryKind(bytes: Uint8Array, file: string): string | undefined {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0x50, 0x4b, 0x05, 0x06)) {
    if (/\.docx$/i.test(file)) return 'Word 文件（.docx）';
    if (/\.xlsx$/i.test(file)) return 'Excel 表格（.xlsx）';
    return '压缩包（.zip、.docx 或 .xlsx）';
  }
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return '旧版的 Word 或 Excel 文件（.doc、.xls、.wps）';
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'PDF 文件';
  return undefined;
}
