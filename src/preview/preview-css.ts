/**
 * 预览的尺寸和字体（CSS，限定在 .pv 里）：数字都由版面数字（缇）换成磅，字体名来自版式（可按县覆盖）。
 * 字体先写版式里的名称（办事员的电脑上装了公文字体就用它），再接同一类的常见字体和免费字体
 * （与转 PDF 时 templates/标准/fonts.conf 的替代一致）。小标宋缺字时用思源宋体的粗体，笔画粗细接近。
 */
import type { Metrics } from '../docx/layout-metrics.js';
import type { Layout } from '../schema/layout-types.generated.js';

const pt = (twips: number) => `${Math.round(twips * 5) / 100}pt`;
const MM = 1440 / 25.4;

/** 同一类字体的后备：黑体、楷体、仿宋、宋体。 */
function fallbacks(name: string): string {
  if (/黑|Hei/i.test(name)) return '"SimHei","黑体","Noto Sans CJK SC","Source Han Sans SC",sans-serif';
  if (/楷|Kai/i.test(name)) return '"楷体_GB2312","楷体","KaiTi","STKaiti","AR PL UKai CN",serif';
  if (/仿宋|FangSong/i.test(name)) return '"仿宋_GB2312","仿宋","FangSong","STFangsong","Noto Serif CJK SC","AR PL UMing CN",serif';
  return '"宋体","SimSun","Noto Serif CJK SC","AR PL UMing CN",serif';
}

const quote = (name: string) => `"${name.replace(/["\\<>]/g, '')}"`;

export function previewCss(layout: Layout, m: Metrics): string {
  const f = layout.字体;
  const b = layout.加粗;
  const family = (name: string) => `${quote(name)},${fallbacks(name)}`;
  const bodyTop = m.margin.top + m.textHeight;
  const pnCentre = bodyTop + 7 * MM;
  const oneChar = m.pageNumberSize * 10;
  return [
    `@font-face{font-family:"fzbg-标题";src:local(${quote(f.标题)})}`,
    '@font-face{font-family:"fzbg-标题-替代";font-weight:400;src:local("Noto Serif CJK SC Bold"),local("NotoSerifCJKsc-Bold"),local("Source Han Serif SC Bold"),local("SourceHanSerifSC-Bold")}',
    `.pv .pg{position:relative;width:${pt(m.pageWidth)};height:${pt(m.pageHeight)}}`,
    `.pv .vx{position:absolute;left:${pt(m.margin.left)};top:${pt(m.margin.top)};width:${pt(m.textWidth)};height:${pt(m.textHeight)}}`,
    `.pv .ln,.pv .gap{height:${pt(m.linePitch)};line-height:${pt(m.linePitch)}}`,
    `.pv .ln{font-size:${m.bodySize / 2}pt;letter-spacing:${pt(m.charSpacing)}}`,
    `.pv .ln.big{font-size:${m.titleSize / 2}pt;letter-spacing:0}`,
    `.pv .pn{top:${pt(pnCentre - m.pageNumberLine / 2)};height:${pt(m.pageNumberLine)};line-height:${pt(m.pageNumberLine)};font-size:${m.pageNumberSize / 2}pt;font-family:${family(f.页码)}}`,
    `.pv .pn.odd{right:${pt(m.margin.right + oneChar)}}`,
    `.pv .pn.even{left:${pt(m.margin.left + oneChar)}}`,
    `.pv .f-title{font-family:"fzbg-标题","fzbg-标题-替代",${fallbacks(f.标题)}}`,
    `.pv .f-body{font-family:${family(f.正文)}}`,
    ...([f.一级标题, f.二级标题, f.三级标题, f.四级标题] as const).map(
      (name, i) =>
        `.pv .f-h${i + 1}{font-family:${family(name)};font-weight:${[b.一级标题, b.二级标题, b.三级标题, b.四级标题][i] ? 700 : 400}}`,
    ),
  ].join('\n');
}
