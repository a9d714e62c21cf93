/** fzbg new：由上一年度做出新年度的草稿。 */
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli.js';
import { captureIo } from './support/capture-io.js';
import { shiftYearWords } from '../src/new/shift-year-words.js';
import { pipeline } from './support/build-in-memory.js';
import { SEEDS } from './support/seed-bodies.js';

const capture = captureIo;

describe('fzbg new', () => {
  it.each(SEEDS.map((s) => [s.data]))(
    '%s → 下一年度：检查只有警告；年度、日期顺延；数字清空留注释；上年打算成清单；不覆盖',
    async (file) => {
      const dir = mkdtempSync(join(tmpdir(), 'fzbg-new-'));
      cpSync('data', join(dir, 'data'), { recursive: true });
      const old = parse(readFileSync(file, 'utf8'));
      const region = old.地区 as string;
      const year = (old.年度 as number) + 1;
      const io = capture();
      expect(await run(['new', region, String(year), '--data', join(dir, 'data')], io)).toBe(0);
      const target = join(dir, 'data', region, `${year}.yaml`);
      const text = readFileSync(target, 'utf8');
      expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../report.schema.json');
      const next = parse(text);
      expect(next.年度).toBe(year);
      expect(next.成文日期.slice(0, 4)).toBe(String(Number(old.成文日期.slice(0, 4)) + 1));
      // 每个数字都空了，上年的值在注释里
      const values = Object.values(next.指标 as Record<string, Record<string, unknown>>).flatMap((g) => Object.values(g));
      expect(values.every((v) => v === null || (typeof v === 'object' && (v as { 值: unknown }).值 === null))).toBe(true);
      const firstGroup = Object.keys(old.指标)[0] ?? '';
      const firstField = Object.keys(old.指标[firstGroup] ?? {})[0] ?? '';
      const firstValue = old.指标[firstGroup]?.[firstField];
      expect(text).toContain(
        `# 上年：${typeof firstValue === 'number' ? firstValue : firstValue.写法 && firstValue.写法 !== '汉字' ? firstValue.写法 : String(firstValue.值) + (firstValue.约 ? '余' : '')}`,
      );
      // 章、事项、文字都还在
      expect(next.正文.length).toBe(old.正文.length);
      expect(next.上年打算.length).toBeGreaterThan(0);
      const checked = pipeline().check(target);
      expect(checked.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const codes = new Set(checked.diagnostics.map((d) => d.code));
      expect(codes.has('figure/empty')).toBe(true);
      expect(codes.has('plan/unanswered')).toBe(true);
      // --final 时待填的数字是错误
      expect(
        pipeline({ final: true })
          .check(target)
          .diagnostics.some((d) => d.code === 'figure/empty' && d.severity === 'error'),
      ).toBe(true);
      // 再来一次：不覆盖
      const again = capture();
      expect(await run(['new', region, String(year), '--data', join(dir, 'data')], again)).toBe(1);
      expect(again.stderr).toContain('已经存在，不覆盖');
      expect(readFileSync(target, 'utf8')).toBe(text);
    },
  );

  it('第三年：由已经答过"上年打算"的第二年再往下做，清单换成新的，只有一份', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fzbg-new-'));
    cpSync('data', join(dir, 'data'), { recursive: true });
    expect(await run(['new', '示例县', '2025', '--data', join(dir, 'data')], capture())).toBe(0);
    const target = join(dir, 'data', '示例县', '2025.yaml');
    const text = readFileSync(target, 'utf8');
    expect(text.match(/^上年打算:/gm)?.length).toBe(1);
    expect(parse(text).上年打算.every((p: Record<string, unknown>) => p.落实 === undefined && p.对应 === undefined)).toBe(true);
    expect(
      pipeline()
        .check(target)
        .diagnostics.filter((d) => d.severity === 'error'),
    ).toEqual([]);
  });

  it('没有更早的年度：说清楚，退出码 1；年度写错：退出码 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fzbg-new-'));
    cpSync('data', join(dir, 'data'), { recursive: true });
    const io = capture();
    expect(await run(['new', '南昌县', '2020', '--data', join(dir, 'data')], io)).toBe(1);
    expect(io.stderr).toContain('没有找到 2020 年以前的数据文件');
    expect(await run(['new', '南昌县', '二〇二四', '--data', join(dir, 'data')], capture())).toBe(2);
    expect(await run(['new', '../南昌县', '2024', '--data', join(dir, 'data')], capture())).toBe(2);
  });
});

describe('年份词顺延（种子报告里的真句子）', () => {
  it.each([
    [2020, '现将我县2020年法治政府建设工作情况报告如下：', '现将我县2021年法治政府建设工作情况报告如下：'],
    [
      2020,
      '中共泸西县人民政府党组关于泸西县2020年法治政府建设工作情况的报告',
      '中共泸西县人民政府党组关于泸西县2021年法治政府建设工作情况的报告',
    ],
    [2023, '2024年工作打算', '2025年工作打算'],
    [
      2023,
      '2023年我县法治政府建设工作虽然取得一定成绩，但仍存在一些短板和不足',
      '2024年我县法治政府建设工作虽然取得一定成绩，但仍存在一些短板和不足',
    ],
    [2021, '2022年，我区法治政府建设工作将重点做好以下方面：', '2023年，我区法治政府建设工作将重点做好以下方面：'],
    [
      2015,
      '深入推进依法行政 全力建设法治政府—清镇市2015年依法行政工作情况报告',
      '深入推进依法行政 全力建设法治政府—清镇市2016年依法行政工作情况报告',
    ],
    [2023, '2023年，共审查各类文件398次', '2024年，共审查各类文件398次'],
    [2021, '2021年以区政府为被告的行政诉讼案件26起', '2022年以区政府为被告的行政诉讼案件26起'],
  ])('%i：%s', (year, before, after) => {
    expect(shiftYearWords(before, year).text).toBe(after);
  });

  it.each([
    [2020, '2020年7月23日召开全县法治政府建设工作会议'],
    [2020, '2020年3月10日，从政府办、司法局、公安局……抽调了12人'],
    [2020, '县人民政府出台了《泸西县深入推进依法行政加快建设法治政府实施规划(2015—2020年)》'],
    [2020, '为2020年基本建成职能科学、权责法定、执法严明、公开公正、廉洁高效、守法诚信的法治政府提供坚强保障'],
    [2021, '认真落实《法治政府建设实施纲要（2021—2025年）》'],
    [2021, '（赣发〔2021〕23号）'],
    [2023, '今年县政府公开《南昌县国土空间总体规划（2021—2035年）》'],
    [2015, '根据《关于2015年深化经济体制改革重点工作实施方案》提出的"放、管、服"要求'],
    [2015, '（清府发〔2015〕43号）'],
  ])('%i 不动：%s', (year, text) => {
    expect(shiftYearWords(text, year).text).toBe(text);
  });

  it('具体日期留着，但列出来提醒改写', () => {
    const r = shiftYearWords('2020年7月23日召开会议，2020年全年共办理……', 2020);
    expect(r.text).toBe('2020年7月23日召开会议，2021年全年共办理……');
    expect(r.changes.filter((c) => c.kept).length).toBe(1);
    expect(r.changes.filter((c) => !c.kept).length).toBe(1);
  });
});
