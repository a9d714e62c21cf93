/** 每一段的样式、缩进、对齐：落款（署名右空二字，日期首字右移二字；日期长时日期右空二字；只有日期时居右、右空四字），标题回行，接排标题的字体。 */
import { describe, expect, it } from 'vitest';
import { metrics, textWidthTwips, textWidthUpperBound } from '../../../src/docx/layout-metrics.js';
import { paragraphSpecs, type ParagraphSpec } from '../../../src/docx/paragraph-specs.js';
import type { Block } from '../../../src/model/document-model.js';
import { pageParagraphs } from '../../../src/model/page-paragraphs.js';
import { heading, para } from '../../support/blocks.js';
import { standardLayout } from '../../support/small-report.js';

const layout = standardLayout();
const m = metrics(layout);
const c = m.charWidth;
const specs = (blocks: Block[]) => paragraphSpecs(pageParagraphs(blocks), layout, m);
const signature = (text: string): Block => ({ kind: 'signature', text, source: [] });
const date = (text: string): Block => ({ kind: 'date', text, source: [] });
const byStyle = (list: ParagraphSpec[], style: string) => list.find((s) => s.style === style);

describe('落款', () => {
  it('署名比日期长：署名右空二字，日期首字比署名首字右移二字', () => {
    const sig = '测试县人民政府办公室';
    const list = specs([para('正文。'), signature(sig), date('2024年1月25日')]);
    const s = byStyle(list, 'GwSignature');
    const d = byStyle(list, 'GwDate');
    expect(s?.indent?.left).toBe(m.textWidth - 2 * c - textWidthTwips(sig, c));
    expect(s!.indent!.left + textWidthTwips(sig, c)).toBe(m.textWidth - 2 * c);
    expect(d?.indent).toEqual({ left: s!.indent!.left + 2 * c, firstLine: 0 });
    expect(d?.alignRight).toBeUndefined();
    expect(d?.spacingBefore).toBeUndefined();
  });

  it('日期比署名长（按最宽的估计）：日期右空二字，署名相应左移，日期首字仍比署名首字右移二字', () => {
    const dateText = '2024年12月25日';
    const list = specs([para('正文。'), signature('某县政府'), date(dateText)]);
    const s = byStyle(list, 'GwSignature')!;
    const d = byStyle(list, 'GwDate')!;
    expect(d.indent!.left + textWidthUpperBound(dateText, c)).toBe(m.textWidth - 2 * c);
    expect(d.indent!.left - s.indent!.left).toBe(2 * c);
  });

  it('只有日期（署名: false）：居右，右空四字，与上一段空一行', () => {
    const d = byStyle(specs([para('正文。'), date('2024年1月25日')]), 'GwDate');
    expect(d).toMatchObject({ alignRight: true, indent: { left: 0, right: 4 * c, firstLine: 0 }, spacingBefore: m.linePitch });
  });

  it('落款前的最后一段与落款同页（keepNext），别的段落没有', () => {
    const list = specs([para('甲。'), para('特此报告。'), signature('测试县人民政府'), date('2024年1月25日')]);
    expect(list.map((s) => s.keepNext === true)).toEqual([false, true, false, false]);
  });

  it('没有落款时谁也不 keepNext', () => {
    expect(specs([para('甲。'), para('乙。')]).some((s) => s.keepNext)).toBe(false);
  });
});

describe('标题和正文', () => {
  it('放得下的标题一行；放不下的在词间断成两行，第二行前回行', () => {
    expect(specs([{ kind: 'title', text: '测试县2023年度报告', source: [] }])[0]?.runs).toEqual([{ text: '测试县2023年度报告' }]);
    const long = '测试县人民政府关于2023年度法治政府建设情况的报告';
    const runs = specs([{ kind: 'title', text: long, source: [] }])[0]!.runs;
    expect(runs).toHaveLength(2);
    expect(runs[1]?.breakBefore).toBe(true);
    expect(runs.map((r) => r.text).join('')).toBe(long);
  });

  it('单列的标题用该级的样式', () => {
    expect(specs([heading(1, '一、', '甲'), heading(2, '（一）', '乙'), heading(4, '（1）', '丙')]).map((s) => s.style)).toEqual([
      'GwHeading1',
      'GwHeading2',
      'GwHeading4',
    ]);
  });

  it('接排的标题：正文样式，标题那一段用该级标题的字体和加粗设置，后面的正文不另设字体', () => {
    const [spec] = specs([heading(2, '（一）', '依法决策。', true), para('正文。')]);
    expect(spec?.style).toBe('GwBody');
    expect(spec?.runs).toEqual([{ text: '（一）依法决策。', font: layout.字体.二级标题, bold: layout.加粗.二级标题 }, { text: '正文。' }]);
  });

  it('主送、附注用各自的样式', () => {
    expect(
      specs([
        { kind: 'addressee', text: '县委：', source: [] },
        { kind: 'note', text: '（此件公开发布）', source: [] },
      ]).map((s) => s.style),
    ).toEqual(['GwAddressee', 'GwNote']);
  });

  it('修订稿：段落标记和文字段的修订带过去', () => {
    const paragraphs = pageParagraphs([para('甲')]).map((p) => ({
      ...p,
      mark: 'insert' as const,
      runs: [{ text: '甲', revision: 'delete' as const }],
    }));
    expect(paragraphSpecs(paragraphs, layout, m)).toEqual([
      { style: 'GwBody', mark: 'insert', runs: [{ text: '甲', revision: 'delete' }] },
    ]);
  });
});
