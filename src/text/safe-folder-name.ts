import { LIMITS } from '../core/limits.js';
import { firstInvisible, visibleText } from './visible-text.js';

/** Windows 不许用作文件名的名字（带不带扩展名都不行）。 */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/i;
/** 地区名最多这么多字（最长的县级单位名约 10 个字；再长就会碰到文件名 255 字节的上限）。 */
const MAX_CHARS = LIMITS.regionChars;

/**
 * 地区名能否作文件夹名：不能带路径分隔符、".."、盘符、控制字符，不能是 Windows 的保留名（CON、NUL……），
 * 不能以点或空格结尾、以空格开头，不能有看不见的或改变书写方向的字符（看起来是"测试县"、其实不是），不能太长。
 * 决不能把文件写到输出文件夹外面，也不能做出 Windows 上打不开、删不掉或以假乱真的文件夹。
 */
export function unsafeFolderName(name: string): string | undefined {
  const shown = visibleText(name);
  if (name.trim() === '') return '地区不能为空。';
  if (/[/\\]/.test(name)) return `地区"${shown}"里有路径分隔符 / 或 \\。`;
  if (name === '.' || name === '..' || name.includes('..')) return `地区"${shown}"里有".."。`;
  if (/^[a-zA-Z]:/.test(name)) return `地区"${shown}"以盘符开头。`;
  if (/[\u0000-\u001f\u007f]/.test(name)) return `地区"${shown}"里有控制字符（换行、制表符等）。请删掉它。`;
  const invisible = firstInvisible(name);
  if (invisible) return `地区"${shown}"里有${invisible}：看不见，却让文件夹名与看到的不同。请删掉它。`;
  if (/[<>:"|?*]/.test(name)) return `地区"${shown}"里有文件名不能用的字符（< > : " | ? *）。`;
  if (WINDOWS_RESERVED.test(name)) return `地区"${shown}"是 Windows 保留的名字（CON、PRN、AUX、NUL、COM1、LPT1 等），不能作文件夹名。`;
  if (/[.\s\u3000]$/u.test(name) || /^[\s\u3000]/u.test(name))
    return `地区"${shown}"的开头或结尾有空格或点：Windows 上会变成另一个名字。请删掉它。`;
  if ([...name].length > MAX_CHARS) return `地区有 ${[...name].length} 个字，超过了 ${MAX_CHARS} 个字的上限：写县（市、区）的名称即可。`;
  return undefined;
}
