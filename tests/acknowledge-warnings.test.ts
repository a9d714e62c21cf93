/** 县里确认保留的警告：写明原因后不算数（--strict 能通过），但在最后一行列出；错误不能忽略。 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli.js';
import { captureIo } from './support/capture-io.js';
import { checkText } from './support/build-in-memory.js';

const BASE = `地区: 测试县
年度: 2023
发文机关: 测试县人民政府
成文日期: 2024-01-25
指标:
  法律援助: {案件: 802, 咨询: 3000}
正文:
  - 类别: 工作情况
    标题: 主要工作
    内容: 做了工作。
  - {类别: 存在问题, 标题: 存在的问题, 内容: 有不足。}
  - {类别: 下步打算, 标题: 下步打算, 内容: 继续努力。}
`;

function dataFile(text: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'fzbg-ack-')), '测试县');
  mkdirSync(dir, { recursive: true });
  const f = join(dir, '2023.yaml');
  writeFileSync(f, text);
  return f;
}

describe('忽略：确认保留的警告', () => {
  it('没有忽略时：三条警告，--strict 失败', async () => {
    const io = captureIo();
    expect(await run(['check', '--strict', dataFile(BASE)], io)).toBe(1);
    expect(io.stdout).toContain('0 个错误，3 个警告');
  });

  it('顶层的"忽略"管这个代码的全部警告；行末的注释只管那一行；--strict 通过，最后一行列出它们和原因', async () => {
    const text = BASE.replace('年度: 2023\n', '年度: 2023\n忽略: {content/missing-duties: 本县报告不单列履职情况}\n').replace(
      '  法律援助: {案件: 802, 咨询: 3000}',
      '  法律援助: {案件: 802, 咨询: 3000}   # fzbg: 忽略 figure/unused 留着与上年比较',
    );
    const io = captureIo();
    expect(await run(['check', '--strict', dataFile(text)], io)).toBe(0);
    expect(io.stderr).toContain('已确认保留的警告 3 条，不算在内');
    expect(io.stderr).toContain('content/missing-duties（本县报告不单列履职情况）');
    expect(io.stderr).toContain('figure/unused（留着与上年比较） ×2');
    expect(io.stdout).toContain('0 个错误，0 个警告');

    const json = captureIo();
    expect(await run(['check', '--json', '--strict', dataFile(text)], json)).toBe(0);
    const out = JSON.parse(json.stdout) as { ok: boolean; diagnostics: unknown[]; acknowledged: { code: string; reason: string }[] };
    expect(out.diagnostics).toEqual([]);
    expect(out.acknowledged.map((a) => `${a.code} ${a.reason}`).sort()).toEqual([
      'content/missing-duties 本县报告不单列履职情况',
      'figure/unused 留着与上年比较',
      'figure/unused 留着与上年比较',
    ]);
  });

  it('行末的注释不管别的行：另一行同样的警告照报', () => {
    const text = BASE.replace(
      '  法律援助: {案件: 802, 咨询: 3000}',
      '  法律援助: {案件: 802, 咨询: 3000}   # fzbg: 忽略 figure/unused 留着\n  普法: {宣传活动: 20}',
    );
    const r = checkText(text);
    expect(r.acknowledged.map((a) => a.line)).toEqual([6, 6]);
    expect(r.diagnostics.filter((d) => d.code === 'figure/unused').map((d) => d.line)).toEqual([7]);
  });

  it('忽略了却没有这条警告：提醒删掉它（--strict 因此失败）', () => {
    const text = BASE.replace('年度: 2023\n', '年度: 2023\n忽略: {text/stale: 固定表述, content/missing-duties: 不单列}\n');
    const r = checkText(text);
    const unused = r.diagnostics.filter((d) => d.code === 'ack/unused');
    expect(unused.map((d) => [d.severity, d.line, d.column])).toEqual([['warning', 3, 6]]);
    expect(unused[0]?.message).toContain('text/stale');
  });

  it('--final 时待填的数字是错误：忽略管不了它', () => {
    const text = BASE.replace('{案件: 802, 咨询: 3000}', '{案件: 802, 咨询: }   # fzbg: 忽略 figure/empty 还没统计完');
    const draft = checkText(text);
    expect(draft.acknowledged.map((a) => a.code)).toContain('figure/empty');
    const final = checkText(text, 'data/测试县/2023.yaml', { final: true });
    expect(final.ok).toBe(false);
    expect(final.diagnostics.some((d) => d.code === 'figure/empty' && d.severity === 'error')).toBe(true);
    expect(final.acknowledged.map((a) => a.code)).not.toContain('figure/empty');
  });
});
