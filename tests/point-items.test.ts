/**
 * 要点的两处新写法：分隔（各条末尾的标点由程序写，删掉一条不用改标点）；
 * 一条写成 {标题, 内容}（标题用接排标题的字体，比较两年、上年打算的清单都用标题认这一条）。
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli.js';
import type { StructureChange } from '../src/diff/diff-structure.js';
import { writeDocx } from '../src/docx/write-docx.js';
import { printMarkdown } from '../src/markdown/print-markdown.js';
import { blockRuns, blockText, type Block } from '../src/model/document-model.js';
import { captureIo } from './support/capture-io.js';
import { checkText } from './support/build-in-memory.js';
import { docxParts } from './support/docx-parts.js';

const FRAME = `地区: 测试县
年度: 2023
发文机关: 测试县人民政府
成文日期: 2024-01-25
正文:
  - 类别: 工作情况
    标题: 主要工作
    事项:
      - 标题: 加强党的领导
        要点:
          - {标题: 深入学习宣传习近平法治思想, 内容: 坚持把习近平法治思想作为理论学习中心组的重要内容。}
          - {标题: 压紧压实第一责任人职责。, 内容: 主要负责人带头履职。}
          - 规范性文件审查全覆盖。
  - 类别: 存在问题
    标题: 存在的问题
    导语: 主要表现在：
    要点: {样式: 连写, 分隔: "；", 条目: [少数单位履职不到位, 执法队伍力量薄弱。, 普法针对性不强；]}
  - {类别: 履职情况, 标题: 履职情况, 内容: 主要负责人认真履职。}
  - 类别: 下步打算
    标题: 下步打算
    要点:
      - {标题: 持续深化法治政府建设, 内容: 推动各项任务落地。}
      - 加强执法队伍建设。
`;

const points = (text: string): Extract<Block, { kind: 'point' }>[] => {
  const r = checkText(text);
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  return r.model.blocks.filter((b): b is Extract<Block, { kind: 'point' }> => b.kind === 'point');
};

describe('分隔：各条末尾的标点由程序写', () => {
  it('前几条末尾写"；"，最后一条写"。"；条目里自己打的；和。换掉', () => {
    const p = points(FRAME).filter((b) => b.source[1] === 1);
    expect(p.map((b) => blockText(b))).toEqual(['一是少数单位履职不到位；', '二是执法队伍力量薄弱；', '三是普法针对性不强。']);
    const r = checkText(FRAME);
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
    expect(printMarkdown(r.model)).toContain('主要表现在：一是少数单位履职不到位；二是执法队伍力量薄弱；三是普法针对性不强。');
  });

  it('删掉最后一条：新的最后一条自己变成"。"', () => {
    const p = points(FRAME.replace(', 普法针对性不强；]', ']')).filter((b) => b.source[1] === 1);
    expect(p.map((b) => blockText(b))).toEqual(['一是少数单位履职不到位；', '二是执法队伍力量薄弱。']);
  });

  it('不写分隔：照各条自己的标点（今天的样例不变）', () => {
    const p = points(FRAME.replace('分隔: "；", ', '')).filter((b) => b.source[1] === 1);
    expect(p.map((b) => blockText(b))).toEqual(['一是少数单位履职不到位', '二是执法队伍力量薄弱。', '三是普法针对性不强；']);
  });
});

describe('一条写成 {标题, 内容}', () => {
  it('标题末尾没有标点时加"。"；"一是"连同标题用下一级接排标题的字体，内容用正文', () => {
    const [first, second, third] = points(FRAME);
    expect(first?.title).toEqual({ text: '深入学习宣传习近平法治思想。', level: 3 });
    expect(blockText(first as Block)).toBe('一是深入学习宣传习近平法治思想。坚持把习近平法治思想作为理论学习中心组的重要内容。');
    expect(second?.title?.text).toBe('压紧压实第一责任人职责。');
    expect(blockRuns(first as Block)).toEqual([
      { text: '一是深入学习宣传习近平法治思想。', heading: 3 },
      { text: '坚持把习近平法治思想作为理论学习中心组的重要内容。' },
    ]);
    expect(third?.title).toBeUndefined();
  });

  it('.docx：标题部分是二级事项下一级（三级）标题的字体，内容是正文字体', async () => {
    const r = checkText(FRAME);
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
    // 标准版式的三级标题与正文同是仿宋：换一个字体，才看得出标题部分用的是三级标题的字体
    const layout = { ...r.layout, 字体: { ...r.layout.字体, 三级标题: '楷体_GB2312' } };
    const { document } = await docxParts(await writeDocx(r.model, layout));
    const para = /<w:p\b(?:(?!<w:p\b)[\s\S])*?一是深入学习宣传习近平法治思想。[\s\S]*?<\/w:p>/.exec(document)?.[0] ?? '';
    const runs = [...para.matchAll(/<w:r\b[\s\S]*?<\/w:r>/g)].map((m) => m[0]);
    const titleRun = runs.find((x) => x.includes('一是深入学习宣传习近平法治思想。'));
    const bodyRun = runs.find((x) => x.includes('坚持把习近平法治思想'));
    expect(titleRun).toMatch(/w:eastAsia="楷体_GB2312"/);
    expect(bodyRun ?? '').not.toMatch(/楷体_GB2312/);
  });

  it('比较两年：改了内容的一条按标题认出（说的是标题），删去的一条也用标题说', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fzbg-point-title-'));
    const newer = FRAME.replace('年度: 2023', '年度: 2024')
      .replace('成文日期: 2024-01-25', '成文日期: 2025-01-25')
      .replace('坚持把习近平法治思想作为理论学习中心组的重要内容。', '把习近平法治思想列为干部培训的必修课，全年举办专题班三期。')
      .replace('          - {标题: 压紧压实第一责任人职责。, 内容: 主要负责人带头履职。}\n', '');
    writeFileSync(join(dir, 'a.yaml'), FRAME);
    writeFileSync(join(dir, 'b.yaml'), newer);
    const io = captureIo();
    expect(await run(['diff', join(dir, 'a.yaml'), join(dir, 'b.yaml'), '--format', 'json'], io)).toBe(0);
    const changes = (JSON.parse(io.stdout) as { structure: StructureChange[] }).structure;
    // 只改了内容的第一条仍是同一条（标题相同），不算删了一条又加了一条，也不算改写
    expect(changes.map((c) => c.kind)).toEqual(['删除']);
    expect(changes[0]?.summary).toMatch(/^删去第二项（二是压紧压实第一责任人职责/);
  });

  it('fzbg new：上年打算的清单用这一条的标题', async () => {
    const root = mkdtempSync(join(tmpdir(), 'fzbg-point-new-'));
    mkdirSync(join(root, '测试县'));
    writeFileSync(join(root, '测试县', '2023.yaml'), FRAME);
    expect(await run(['new', '测试县', '2024', '--data', root], captureIo())).toBe(0);
    const next = parse(readFileSync(join(root, '测试县', '2024.yaml'), 'utf8')) as { 上年打算: { 打算: string }[] };
    expect(next.上年打算.map((p) => p.打算)).toEqual(['持续深化法治政府建设', '加强执法队伍建设']);
  });

  it('标题自己带了"一是"：提醒会印成"一是一是"', () => {
    const r = checkText(FRAME.replace('{标题: 深入学习宣传', '{标题: 一是深入学习宣传'));
    const w = r.diagnostics.find((d) => d.code === 'text/double-numbering');
    expect(w?.message).toContain('一是一是深入学习宣传');
    expect(w?.line).toBe(11);
  });

  it('打了两遍的"一是一是"：改法说删掉整个"一是一是"，照着改一次就不再提醒', () => {
    const twice = checkText(FRAME.replace('{标题: 深入学习宣传', '{标题: 一是一是深入学习宣传'));
    const w = twice.diagnostics.find((d) => d.code === 'text/double-numbering');
    expect(w?.fix).toContain('删掉开头的"一是一是"');
    const fixed = checkText(FRAME.replace('{标题: 深入学习宣传', '{标题: 一是一是深入学习宣传').replace('一是一是', ''));
    expect(fixed.diagnostics.filter((d) => d.code === 'text/double-numbering')).toEqual([]);
  });
});

describe('fzbg new：说清从哪一年生成、书名号里留着的年份', () => {
  it('缺了上一年：说明是由哪一年生成的；书名号里的本年度列成"请确认"', async () => {
    const root = mkdtempSync(join(tmpdir(), 'fzbg-new-gap-'));
    cpSync('data/示例县/2023.yaml', join(root, '示例县', '2023.yaml'));
    const file = join(root, '示例县', '2023.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        '      - 标题: 加强组织领导，压实法治建设责任\n',
        '      - 标题: 加强组织领导，压实法治建设责任\n        内容: 印发《2023年度示例县政府学法计划》和《示例县2024年普法工作要点》。\n',
      ),
    );
    const io = captureIo();
    expect(await run(['new', '示例县', '2025', '--data', root], io)).toBe(0);
    expect(io.stdout).toContain('没有 2024 年的文件，是由 2023 年的文件生成的');
    expect(io.stdout).toMatch(/请确认 2 处书名号里的年份/);
    expect(io.stdout).toContain('《2023年度示例县政府学法计划》');
    expect(io.stdout).toContain('《示例县2024年普法工作要点》');
  });
});
