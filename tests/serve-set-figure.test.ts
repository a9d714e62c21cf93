import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { setFigure } from '../src/serve/set-figure.js';

const changedLines = (a: string, b: string) => {
  const x = a.split('\n');
  const y = b.split('\n');
  return y.flatMap((l, i) => (l !== x[i] ? [`${i + 1}: ${l}`] : []));
};

describe('表单里填的数字写进数据文件，只改那一处', () => {
  const sample = readFileSync('data/示例县/2024.yaml', 'utf8');

  it('改一个已有的数字：只有那一行变了，注释仍在原来的列上', () => {
    const r = setFigure(sample, ['行政复议', '受理'], 7);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const changed = changedLines(sample, r.text);
    expect(changed).toHaveLength(1);
    const before = sample.split('\n').find((l) => l.startsWith('    受理: 66'))!;
    const after = r.text.split('\n').find((l) => l.startsWith('    受理: 7 '))!;
    // 注释从同一个显示列开始（中文两格）
    expect(after.indexOf('#')).toBe(before.indexOf('#'));
    expect(after).toMatch(/# 上年：51$/);
    expect(parse(r.text).指标.行政复议.受理).toBe(7);
  });

  it('写成 {值: …} 的数字改"值"，约数和注释不动', () => {
    const r = setFigure(sample, ['普法', '宣传活动'], 355);
    expect(r.ok && changedLines(sample, r.text)).toEqual(['53:       值: 355              # 上年：300余']);
    expect(r.ok && parse(r.text).指标.普法.宣传活动).toEqual({ 值: 355, 约: true });
  });

  it('清空一个数字：写成待填（空着），注释留下', () => {
    const r = setFigure(sample, ['法律援助', '案件'], null);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(changedLines(sample, r.text)).toEqual(['49:     案件:                  # 上年：312']);
    expect(parse(r.text).指标.法律援助.案件).toBeNull();
  });

  it('填一个还没有的字段：在这一组最后加一行，缩进相同', () => {
    const r = setFigure(sample, ['法律援助', '挽回损失'], 12.5);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const lines = r.text.split('\n');
    const at = lines.indexOf('    挽回损失: 12.5');
    expect(at).toBeGreaterThan(0);
    expect(lines[at - 1]).toMatch(/^ {4}咨询: 5120/);
    expect(r.text.split('\n').length).toBe(sample.split('\n').length + 1);
  });

  it('填一个还没有的组：加在"指标"的最后', () => {
    const r = setFigure(sample, ['信访', '受理'], 40);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(parse(r.text).指标.信访).toEqual({ 受理: 40 });
    expect(r.text).toContain('  信访:\n    受理: 40\n');
    expect(Object.keys(parse(r.text).指标).at(-1)).toBe('信访');
  });

  it('花括号里的一组：改值、加一项都在花括号里', () => {
    const text = '地区: 某县\n指标:\n  行政复议: {收到申请: 233, 受理: 177}   # 复议\n正文: []\n';
    const a = setFigure(text, ['行政复议', '受理'], 180);
    expect(a.ok && a.text).toBe('地区: 某县\n指标:\n  行政复议: {收到申请: 233, 受理: 180}   # 复议\n正文: []\n');
    const b = setFigure(text, ['行政复议', '办结'], 170);
    expect(b.ok && b.text).toBe('地区: 某县\n指标:\n  行政复议: {收到申请: 233, 受理: 177, 办结: 170}   # 复议\n正文: []\n');
  });

  it('没有"指标"的文件：加在"正文"之前', () => {
    const text = '# 说明\n地区: 某县\n正文: []\n';
    const r = setFigure(text, ['普法', '宣传活动'], 12);
    expect(r.ok && r.text).toBe('# 说明\n地区: 某县\n指标:\n  普法:\n    宣传活动: 12\n正文: []\n');
  });

  it('空着的值（新年度草稿里的"受理: # 上年：177"）填上数字', () => {
    const text = '指标:\n  行政复议:\n    受理:    # 上年：177\n';
    const r = setFigure(text, ['行政复议', '受理'], 180);
    expect(r.ok && r.text).toBe('指标:\n  行政复议:\n    受理: 180 # 上年：177\n');
  });

  it('YAML 有错误时不动文件，说清楚', () => {
    const r = setFigure('指标:\n  行政复议: {受理: 1\n', ['行政复议', '受理'], 2);
    expect(r).toEqual({ ok: false, message: expect.stringContaining('YAML 格式错误') });
  });
});
