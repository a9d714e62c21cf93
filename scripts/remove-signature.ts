import { readFileSync, writeFileSync } from 'node:fs';

/**
 * 去掉 Windows 程序（PE 文件）的 Authenticode 签名：把可选头里"证书表"一项清零，截掉文件末尾的证书。
 * node.exe 带 Node.js 的签名；注入 SEA 资源后它就不对了，留着一个坏签名不如没有（Windows 对两者提示一样，
 * 而单位用 signtool 签名时要求原来没有签名或先去掉它）。返回是否去掉了签名。
 */
export function removeAuthenticodeSignature(file: string): boolean {
  const pe = readFileSync(file);
  const header = pe.readUInt32LE(0x3c);
  if (pe.toString('latin1', header, header + 4) !== 'PE\0\0') throw new Error(`${file} 不是 Windows 程序`);
  const optional = header + 24;
  const magic = pe.readUInt16LE(optional);
  const directories = optional + (magic === 0x20b ? 112 : 96);
  const certificates = directories + 4 * 8; // 第 5 项：IMAGE_DIRECTORY_ENTRY_SECURITY
  const offset = pe.readUInt32LE(certificates);
  const size = pe.readUInt32LE(certificates + 4);
  if (offset === 0 || size === 0) return false;
  pe.writeUInt32LE(0, certificates);
  pe.writeUInt32LE(0, certificates + 4);
  pe.writeUInt32LE(0, optional + 64); // 校验和：随文件变了，0 表示不校验（普通程序本来就不要求）
  const end = offset + size === pe.length ? offset : pe.length;
  writeFileSync(file, pe.subarray(0, end));
  return true;
}
