import { AlignmentType, LineRuleType, type IStylesOptions } from 'docx';
import type { Layout } from '../schema/layout-types.generated.js';
import type { Metrics } from './layout-metrics.js';
import { STYLE } from './style-ids.js';

type HeadingIndex = 0 | 1 | 2 | 3;
const HEADING_INDEXES = [0, 1, 2, 3] as const;
const HEADING_NAMES = ['一级标题', '二级标题', '三级标题', '四级标题'] as const;

export function font(name: string) {
  return { ascii: name, hAnsi: name, eastAsia: name, cs: name };
}

/**
 * 样式表：所有公文样式都是黑色、字体写明名称（不用主题字体），标题带大纲级别（Word 导航窗格能看到各章）。
 * Word 自带的标题、Title 样式也改成黑色的公文字体，免得粘贴进来的内容变蓝。
 */
export function buildStyles(layout: Layout, m: Metrics): IStylesOptions {
  const f = layout.字体;
  const spacing = { line: m.linePitch, lineRule: LineRuleType.EXACT, before: 0, after: 0 };
  const bodyRun = { font: font(f.正文), size: m.bodySize, color: '000000', characterSpacing: m.charSpacing };
  const headingFonts = [f.一级标题, f.二级标题, f.三级标题, f.四级标题] as const;
  const bold = [layout.加粗.一级标题, layout.加粗.二级标题, layout.加粗.三级标题, layout.加粗.四级标题] as const;
  const builtIn = (level: HeadingIndex) => ({
    run: { font: font(headingFonts[level]), size: m.bodySize, color: '000000', bold: false, italics: false },
    paragraph: { spacing },
  });
  return {
    default: {
      document: {
        // 东亚文字的语言是简体中文（<w:lang w:eastAsia="zh-CN"/>）：Word 按它选中文的断行规则和校对语言，不按阅读者电脑的设置猜。
        run: { font: font(f.正文), size: m.bodySize, color: '000000', language: { eastAsia: 'zh-CN' } },
        paragraph: { spacing },
      },
      title: { run: { font: font(f.标题), size: m.titleSize, color: '000000' }, paragraph: { spacing } },
      heading1: builtIn(0),
      heading2: builtIn(1),
      heading3: builtIn(2),
      heading4: builtIn(3),
      heading5: builtIn(3),
      heading6: builtIn(3),
    },
    paragraphStyles: [
      {
        id: STYLE.title,
        name: '公文标题',
        basedOn: 'Normal',
        next: STYLE.body,
        quickFormat: true,
        run: { font: font(f.标题), size: m.titleSize, color: '000000' },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { ...spacing, after: m.linePitch } },
      },
      {
        id: STYLE.body,
        name: '公文正文',
        basedOn: 'Normal',
        quickFormat: true,
        run: bodyRun,
        paragraph: { alignment: AlignmentType.BOTH, spacing, indent: { firstLine: m.firstLine } },
      },
      ...HEADING_INDEXES.map((i) => ({
        id: STYLE.heading[i],
        name: HEADING_NAMES[i],
        basedOn: STYLE.body,
        next: STYLE.body,
        quickFormat: true,
        run: { ...bodyRun, font: font(headingFonts[i]), bold: bold[i] },
        paragraph: {
          alignment: AlignmentType.BOTH,
          spacing,
          indent: { firstLine: m.firstLine },
          outlineLevel: i,
          keepNext: true,
        },
      })),
      {
        id: STYLE.addressee,
        name: '主送机关',
        basedOn: STYLE.body,
        next: STYLE.body,
        run: bodyRun,
        paragraph: { alignment: AlignmentType.LEFT, spacing, indent: { firstLine: 0 } },
      },
      {
        id: STYLE.signature,
        name: '发文机关署名',
        basedOn: STYLE.body,
        run: bodyRun,
        paragraph: {
          alignment: AlignmentType.LEFT,
          spacing: { ...spacing, before: m.linePitch },
          indent: { firstLine: 0 },
          keepNext: true,
        },
      },
      {
        id: STYLE.date,
        name: '成文日期',
        basedOn: STYLE.body,
        run: bodyRun,
        paragraph: { alignment: AlignmentType.LEFT, spacing, indent: { firstLine: 0 }, keepNext: true },
      },
      {
        id: STYLE.note,
        name: '附注',
        basedOn: STYLE.body,
        run: bodyRun,
        paragraph: { alignment: AlignmentType.LEFT, spacing, indent: { firstLine: m.firstLine } },
      },
      {
        id: STYLE.pageNumber,
        name: '页码',
        basedOn: 'Normal',
        run: { font: font(f.页码), size: m.pageNumberSize, color: '000000' },
        paragraph: { spacing: { line: m.pageNumberLine, lineRule: LineRuleType.EXACT, before: 0, after: 0 } },
      },
    ],
  };
}
