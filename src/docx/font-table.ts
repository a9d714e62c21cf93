/**
 * word/fontTable.xml：文档用到的每一种字体，写明缺这种字体时 Word 该用哪一种。
 *
 * 为什么：公文字体（仿宋_GB2312、楷体_GB2312、方正小标宋简体）Windows 10/11 都不自带。字体表里没有这个名字时，
 * Word 只能凭名字猜替代字体（常常是等线或宋体，仿宋、楷体的正文全变了样）。这里给每个名字写上：
 * - w:altName：Windows 自带的同类字体（仿宋、楷体、宋体、黑体），名字找不到时 Word 按它找；
 *   名字本身就是这四种之一时写它的英文名（SimHei 之类），英文版 Windows 也认得。
 * - w:charset 86（GB2312）、w:family、w:pitch、w:panose1：照 Word 自己给这四种 Windows 字体写的值，
 *   不看 altName 的程序按这些数字挑最像的字体，挑到的也是同一种。
 * 方正小标宋简体没有真的 PANOSE 可抄（方正的字体写全 0），按它要替代成的宋体写。
 */
import type { Layout } from '../schema/layout-types.generated.js';
import { escapeXml } from '../text/xml-text.js';

/** Windows 自带的中文字体，PANOSE 等取自 Word 在中文 Windows 上写出的 fontTable.xml。 */
const WINDOWS_CJK_FONTS = {
  宋体: { english: 'SimSun', panose: '02010600030101010101', family: 'auto', pitch: 'variable' },
  仿宋: { english: 'FangSong', panose: '02010609060101010101', family: 'modern', pitch: 'fixed' },
  楷体: { english: 'KaiTi', panose: '02010609060101010101', family: 'modern', pitch: 'fixed' },
  黑体: { english: 'SimHei', panose: '02010609060101010101', family: 'modern', pitch: 'fixed' },
} as const;

type WindowsCjkFont = keyof typeof WINDOWS_CJK_FONTS;

/** GB2312 的字符集编号（Windows 的 GB2312_CHARSET = 134 = 0x86）。 */
const GB2312_CHARSET = '86';

/** 名字认不出是哪一类时，按它在公文里的用处（GB/T 9704）：标题小标宋（宋体类）、一级黑体、二级楷体、其余仿宋、页码宋体。 */
const BY_ROLE: Record<keyof Layout['字体'], WindowsCjkFont> = {
  标题: '宋体',
  一级标题: '黑体',
  二级标题: '楷体',
  三级标题: '仿宋',
  四级标题: '仿宋',
  正文: '仿宋',
  页码: '宋体',
};

/** 按名字认类：仿宋要先认（"仿宋"里也有"宋"），小标宋、宋三之类归宋体。 */
function classByName(name: string): WindowsCjkFont | undefined {
  if (/仿宋|fangsong/i.test(name)) return '仿宋';
  if (/楷|kai/i.test(name)) return '楷体';
  if (/黑|hei/i.test(name)) return '黑体';
  if (/宋|song/i.test(name)) return '宋体';
  return undefined;
}

export interface FontEntry {
  name: string;
  altName: string;
  panose: string;
  charset: string;
  family: string;
  pitch: string;
}

/** 版式里的每一个字体名（去重，按版式里的次序）和它的替代说明。 */
export function fontEntries(layout: Layout): FontEntry[] {
  const entries = new Map<string, FontEntry>();
  for (const [role, name] of Object.entries(layout.字体) as [keyof Layout['字体'], string][]) {
    if (entries.has(name)) continue;
    const fallback = classByName(name) ?? BY_ROLE[role];
    const windows = WINDOWS_CJK_FONTS[fallback];
    const altName = name === fallback ? windows.english : fallback;
    entries.set(name, { name, altName, panose: windows.panose, charset: GB2312_CHARSET, family: windows.family, pitch: windows.pitch });
  }
  return [...entries.values()];
}

/** fontTable.xml 的全文。CT_Font 里子元素的次序是 altName、panose1、charset、family、pitch。 */
export function fontTableXml(layout: Layout): string {
  const fonts = fontEntries(layout)
    .map(
      (f) =>
        `<w:font w:name="${escapeXml(f.name)}"><w:altName w:val="${escapeXml(f.altName)}"/><w:panose1 w:val="${f.panose}"/>` +
        `<w:charset w:val="${f.charset}"/><w:family w:val="${f.family}"/><w:pitch w:val="${f.pitch}"/></w:font>`,
    )
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    fonts +
    '</w:fonts>'
  );
}
