/**
 * 看不见的、会改动终端或改变书写方向的字符：控制字符（含 ANSI 转义的 ESC）、零宽字符、方向控制、BOM、非字符。
 * 打印文件名、地区名这些来自数据的文字时换成 <U+200B> 这样看得见的写法：终端不会被清屏、改色，
 * "县试测"也不会倒着显示成"测试县"。
 */
// 字符类里有变体选择符（U+FE00–FE0F）和零宽连接符：正是要找出它们，不是写错了。
/* eslint-disable no-misleading-character-class */
const INVISIBLE =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\ufff9-\ufffb\ufffe\uffff]/u;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'gu');
/* eslint-enable no-misleading-character-class */

/** 把看不见的字符写成 <U+XXXX>。 */
export function visibleText(text: string): string {
  return text.replace(INVISIBLE_ALL, (c) => `<U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}>`);
}

/** 第一个看不见的字符的说法，如"零宽空格 U+200B"；没有时 undefined。 */
export function firstInvisible(text: string): string | undefined {
  const m = INVISIBLE.exec(text);
  if (!m) return undefined;
  const cp = m[0].codePointAt(0) ?? 0;
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  const name =
    cp === 0x1b
      ? '终端转义字符 ESC'
      : cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)
        ? '控制字符'
        : cp === 0x200b
          ? '零宽空格'
          : cp === 0x200c || cp === 0x200d
            ? '零宽连接符'
            : cp === 0xfeff
              ? 'BOM（零宽不换行空格）'
              : (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069) || cp === 0x200e || cp === 0x200f || cp === 0x061c
                ? '改变书写方向的字符'
                : cp === 0xfffe || cp === 0xffff
                  ? '非字符'
                  : '看不见的字符';
  return `${name} ${hex}`;
}

const SGR = /\x1b\[[0-9;]*m/y;

/**
 * 要印到终端上的文字：看不见的字符写成 <U+XXXX>（换行、Tab 照旧）。keepColors：保留颜色（diff 在终端上的红绿），
 * 只保留"设颜色"这一种转义，清屏、移动光标的一律不留。
 */
export function terminalText(text: string, keepColors = false): string {
  if (!INVISIBLE.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length;) {
    if (keepColors && text[i] === '\x1b') {
      SGR.lastIndex = i;
      const m = SGR.exec(text);
      if (m) {
        out += m[0];
        i += m[0].length;
        continue;
      }
    }
    const cp = text.codePointAt(i) ?? 0;
    const c = String.fromCodePoint(cp);
    out += c === '\n' || c === '\t' ? c : visibleText(c);
    i += c.length;
  }
  return out;
}
