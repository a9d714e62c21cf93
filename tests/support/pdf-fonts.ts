/**
 * PDF 上每段文字用的字体：pdftohtml -xml 给出每段文字的字体（嵌入字体名，去掉子集前缀）和是否粗体。
 * 用来证明 fonts.conf 起了作用：小标宋 → 思源宋体粗体，黑体 → 思源黑体，楷体 → 文鼎楷体，仿宋 → 思源宋体。
 */
import { execFileSync } from 'node:child_process';

export interface TextFont {
  text: string;
  /** 嵌入字体的名字，去掉子集前缀（ABCDEF+），如 NotoSerifCJKjp、UKaiCN。 */
  family: string;
  bold: boolean;
}

/** 整个文档的文字段和字体（fontspec 的编号全文档通用）。 */
export function textFonts(pdf: string): TextFont[] {
  const xml = execFileSync('pdftohtml', ['-xml', '-i', '-stdout', '-q', pdf], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const families = new Map<string, string>();
  for (const m of xml.matchAll(/<fontspec id="(\d+)"[^>]*family="([^"]*)"/g)) families.set(m[1]!, m[2]!.replace(/^[A-Z]{6}\+/, ''));
  const texts: TextFont[] = [];
  for (const m of xml.matchAll(/<text [^>]*font="(\d+)"[^>]*>(.*?)<\/text>/g)) {
    texts.push({ text: m[2]!.replace(/<[^>]+>/g, '').replace(/\s+/g, ''), family: families.get(m[1]!) ?? '', bold: m[2]!.includes('<b>') });
  }
  return texts;
}
