import { fileDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { binaryKind } from './binary-kind.js';
import { looksLikeBig5 } from './looks-like-big5.js';

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16';
  diagnostics: Diagnostic[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
/** GB18030 解码器建起来要 20 毫秒（ICU）：只在文件不是 UTF-8 时才建。 */
let gb18030: TextDecoder | undefined;

/**
 * 把文件字节解码成文字。记事本和 WPS 常存成带 BOM 的 UTF-8 或 GBK（GB18030 的子集）：
 * 照样读对，并提示另存为 UTF-8，决不出现乱码。
 */
export function decodeText(bytes: Uint8Array, file: string): DecodedText {
  const diagnostics: Diagnostic[] = [];
  const binary = binaryKind(bytes, file);
  if (binary) {
    diagnostics.push(
      fileDiagnostic('file/not-text', file, `这是${binary}，不是数据文件（.yaml 文字文件）。`, {
        fix: 'check、build 读的是 data/<地区>/<年度>.yaml；要把已发布的报告（.docx）变成数据文件，用 fzbg import；部门交回的表用 fzbg collect。',
      }),
    );
    return { text: '', encoding: 'utf-8', diagnostics };
  }
  // 记事本的"Unicode"就是带 BOM 的 UTF-16：照样读对，提示另存为 UTF-8。
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    try {
      const text = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be', { fatal: true }).decode(bytes.subarray(2));
      // 随便什么字节都能"解"成 UTF-16：里面有控制字符、私用区字符的，不是文字。

      if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ue000-\uf8ff\ufff0-\uffff]/.test(text) || !/[\u4e00-\u9fff:A-Za-z0-9]/.test(text)) {
        throw new Error('不是 UTF-16 文字');
      }
      diagnostics.push(
        fileDiagnostic('encoding/utf-16', file, '文件是 UTF-16 编码（记事本的"Unicode"），已照样读取。', {
          fix: '建议另存为 UTF-8：记事本"另存为"时编码选"UTF-8"。',
        }),
      );
      return { text, encoding: 'utf-16', diagnostics };
    } catch {
      // 不是合法的 UTF-16：往下按别的编码试。
    }
  }
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    return { text: utf8.decode(body), encoding: hasBom ? 'utf-8-bom' : 'utf-8', diagnostics };
  } catch {
    // 不是 UTF-8：试 GB18030（兼容 GBK、GB2312）。
  }
  if (looksLikeBig5(body)) {
    diagnostics.push(
      fileDiagnostic('encoding/unknown', file, '文件像是繁体中文的 Big5 编码，不是 UTF-8 或 GBK，无法读取（按 GBK 读会是乱码）。', {
        fix: '用记事本或 VS Code 打开（编码选 Big5）后另存为 UTF-8 编码。',
      }),
    );
    return { text: '', encoding: 'utf-8', diagnostics };
  }
  try {
    gb18030 ??= new TextDecoder('gb18030', { fatal: true });
    const text = gb18030.decode(body);
    diagnostics.push(
      fileDiagnostic('encoding/gbk', file, '文件是 GBK（GB18030）编码，已按 GBK 读取。', {
        fix: '建议另存为 UTF-8：记事本"另存为"时编码选"UTF-8"，VS Code 右下角点编码选"通过编码保存"→"UTF-8"。',
      }),
    );
    return { text, encoding: 'gb18030', diagnostics };
  } catch {
    diagnostics.push(
      fileDiagnostic('encoding/unknown', file, '文件既不是 UTF-8 也不是 GBK 编码，无法读取。', {
        fix: '用记事本或 VS Code 打开后另存为 UTF-8 编码。',
      }),
    );
    return { text: '', encoding: 'utf-8', diagnostics };
  }
}
