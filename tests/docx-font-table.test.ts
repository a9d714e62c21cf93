/**
 * Word 缺公文字体时替代得对：fzbg 写出的每一份 .docx（每份样例的 build、示例县的修订稿）的 word/fontTable.xml
 * 给文档用到的每一个字体名写了 Windows 自带的替代字体（w:altName）、GB2312 字符集、字族、字距和 PANOSE，
 * styles.xml 的文档默认格式写明东亚文字是简体中文（w:lang w:eastAsia="zh-CN"）。
 */
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { fontEntries, fontTableXml } from '../src/docx/font-table.js';
import { mergeLayout } from '../src/resolve/merge-layout.js';
import { standardTemplate } from './support/build-in-memory.js';
import { writeProducedDocx, type ProducedDocx } from './support/produced-docx.js';

/**
 * Windows 10/11 自带的四种中文字体，照 Word（中文 Windows）自己写进 fontTable.xml 的值：
 * 宋体 SimSun 02010600030101010101 auto/variable；黑体 SimHei、仿宋 FangSong、楷体 KaiTi 02010609060101010101 modern/fixed。
 * 中文名、英文名都可以作 altName。
 */
const WINDOWS: Record<string, { panose: string; family: string; pitch: string }> = {};
for (const [zh, en, panose, family, pitch] of [
  ['宋体', 'SimSun', '02010600030101010101', 'auto', 'variable'],
  ['黑体', 'SimHei', '02010609060101010101', 'modern', 'fixed'],
  ['仿宋', 'FangSong', '02010609060101010101', 'modern', 'fixed'],
  ['楷体', 'KaiTi', '02010609060101010101', 'modern', 'fixed'],
] as const) {
  WINDOWS[zh] = WINDOWS[en] = { panose, family, pitch };
}

interface Declared {
  altName?: string;
  panose1?: string;
  charset?: string;
  family?: string;
  pitch?: string;
}

/** fontTable.xml 里每个 <w:font> 的名字和子元素的 w:val。 */
function declaredFonts(xml: string): Map<string, Declared> {
  const out = new Map<string, Declared>();
  for (const [, name, body] of xml.matchAll(/<w:font w:name="([^"]*)">([\s\S]*?)<\/w:font>/g)) {
    const d: Record<string, string> = {};
    for (const [, el, val] of (body ?? '').matchAll(/<w:(\w+) w:val="([^"]*)"\/>/g)) if (el && val !== undefined) d[el] = val;
    out.set(name ?? '', d);
  }
  return out;
}

/** 文档各部件里 w:rFonts 用到的字体名（样式、正文、页脚……，字体表和主题除外）。 */
function usedFonts(parts: Record<string, string>): Set<string> {
  const used = new Set<string>();
  for (const [path, xml] of Object.entries(parts)) {
    if (path.endsWith('fontTable.xml') || path.includes('theme')) continue;
    for (const [rFonts] of xml.matchAll(/<w:rFonts\b[^>]*>/g))
      for (const [, name] of rFonts.matchAll(/w:(?:ascii|hAnsi|eastAsia|cs)="([^"]*)"/g)) if (name) used.add(name);
  }
  return used;
}

let produced: { name: string; parts: Record<string, string> }[] = [];

beforeAll(async () => {
  const files: ProducedDocx[] = await writeProducedDocx();
  produced = await Promise.all(
    files.map(async (f) => {
      const files = unzipSync(readFileSync(f.path));
      const parts = Object.fromEntries(Object.entries(files).flatMap(([n, data]) => (n.endsWith('.xml') ? [[n, strFromU8(data)]] : [])));
      return Promise.resolve({ name: f.name, parts });
    }),
  );
});

describe('fzbg 写出的每一份 .docx', () => {
  it('文档用到的每一个字体名都在字体表里，带 Windows 自带字体的替代名、GB2312 字符集、字族、字距和那种字体的 PANOSE', () => {
    expect(produced.length).toBeGreaterThanOrEqual(6);
    for (const { name, parts } of produced) {
      const declared = declaredFonts(parts['word/fontTable.xml'] ?? '');
      const used = usedFonts(parts);
      expect(used.size, name).toBeGreaterThanOrEqual(5);
      for (const font of used) {
        const d = declared.get(font);
        expect(d, `${name}：字体表里没有 ${font}`).toBeDefined();
        const windows = WINDOWS[d?.altName ?? ''];
        expect(windows, `${name}：${font} 的替代名 ${d?.altName} 不是 Windows 自带的中文字体`).toBeDefined();
        expect(d?.altName).not.toBe(font);
        expect({ charset: d?.charset, panose1: d?.panose1, family: d?.family, pitch: d?.pitch }, `${name}：${font}`).toEqual({
          charset: '86',
          panose1: windows?.panose,
          family: windows?.family,
          pitch: windows?.pitch,
        });
      }
    }
  });

  it('标准模板的公文字体各自替代成同一类的 Windows 字体', () => {
    for (const { name, parts } of produced) {
      const alt = Object.fromEntries([...declaredFonts(parts['word/fontTable.xml'] ?? '')].map(([font, d]) => [font, d.altName]));
      expect(alt, name).toEqual({ 仿宋_GB2312: '仿宋', 楷体_GB2312: '楷体', 方正小标宋简体: '宋体', 黑体: 'SimHei', 宋体: 'SimSun' });
    }
  });

  it('文档默认格式：东亚文字的语言是简体中文', () => {
    for (const { name, parts } of produced) {
      const rPrDefault = /<w:rPrDefault>([\s\S]*?)<\/w:rPrDefault>/.exec(parts['word/styles.xml'] ?? '')?.[1] ?? '';
      expect(rPrDefault, name).toMatch(/<w:lang [^>]*w:eastAsia="zh-CN"/);
    }
  });
});

describe('别的字体名（自定义模板）', () => {
  const layout = (fonts: Record<string, string>) => mergeLayout(standardTemplate().layout, { 字体: fonts });

  it('按名字认类（仿宋先于宋），认不出的按它在公文里的用处', () => {
    const entries = fontEntries(
      layout({ 标题: 'FZXiaoBiaoSong-B05S', 一级标题: '某某粗体', 二级标题: 'KaiTi', 正文: '方正仿宋_GBK', 页码: '方正书宋_GBK' }),
    );
    const alt = Object.fromEntries(entries.map((e) => [e.name, e.altName]));
    expect(alt).toEqual({
      'FZXiaoBiaoSong-B05S': '宋体',
      某某粗体: '黑体',
      KaiTi: '楷体',
      仿宋_GB2312: '仿宋', // 三级、四级标题仍是标准模板的
      方正仿宋_GBK: '仿宋',
      方正书宋_GBK: '宋体',
    });
  });

  it('名字里的 XML 特殊字符转义', () => {
    expect(fontTableXml(layout({ 正文: 'A&B "仿宋"' }))).toContain('w:name="A&amp;B &quot;仿宋&quot;"');
  });
});
