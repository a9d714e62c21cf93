/** 诊断：严重程度由代码表定（"看情况"的由产生它的地方给）；按数据路径在文件里找行列；排序。 */
import { describe, expect, it } from 'vitest';
import {
  countBySeverity,
  fileDiagnostic,
  hasErrors,
  locate,
  problem,
  sortDiagnostics,
  type Diagnostic,
  type Locator,
  type Position,
} from '../../../src/diagnostics/diagnostic.js';
import type { DataPath } from '../../../src/model/data-path.js';

describe('严重程度', () => {
  it('固定的代码按代码表，给了别的也不算', () => {
    expect(fileDiagnostic('encoding/gbk', 'a.yaml', '甲', { severity: 'error' }).severity).toBe('warning');
    expect(problem('schema/type', ['年度'], '甲', { severity: 'warning' }).severity).toBe('error');
  });

  it('"看情况"的代码用给出的严重程度', () => {
    expect(problem('figure/empty', ['指标'], '甲', { severity: 'warning' }).severity).toBe('warning');
    expect(problem('figure/empty', ['指标'], '甲', { severity: 'error' }).severity).toBe('error');
    expect(fileDiagnostic('yaml/full-width-comma', 'a.yaml', '甲', { severity: 'warning' }).severity).toBe('warning');
  });

  it('"看情况"的代码不写明严重程度是程序的 bug：抛出', () => {
    expect(() => problem('figure/empty', ['指标'], '甲')).toThrow('figure/empty');
    expect(() => fileDiagnostic('yaml/bad-indent', 'a.yaml', '甲')).toThrow('yaml/bad-indent');
  });
});

describe('fileDiagnostic 和 problem', () => {
  it('文件的问题默认在第 1 行第 1 列；没有改法时不带 fix 键', () => {
    const d = fileDiagnostic('file/empty', 'a.yaml', '空的。');
    expect(d).toEqual({ code: 'file/empty', severity: 'error', file: 'a.yaml', line: 1, column: 1, message: '空的。' });
    expect('fix' in d).toBe(false);
  });

  it('problem 只在给出时带 at 和 fix（空的 fix 不算）', () => {
    const p = problem('schema/type', ['年度'], '不对。', { fix: '' });
    expect(Object.keys(p).sort()).toEqual(['code', 'message', 'path', 'severity']);
    expect(problem('schema/type', ['年度'], '不对。', { fix: '改。', at: { key: true } })).toMatchObject({
      fix: '改。',
      at: { key: true },
    });
  });
});

/** 记下每次被问到什么的假 Locator。 */
function fakeLocator(text: string | undefined): Locator & { calls: unknown[][] } {
  const calls: unknown[][] = [];
  return {
    file: 'data/测试县/2023.yaml',
    calls,
    positionOf(path: DataPath, key?: boolean): Position {
      calls.push(['positionOf', path, key]);
      return { line: key ? 7 : 8, column: key ? 3 : 9 };
    },
    positionInText(path: DataPath, line: number, column: number): Position {
      calls.push(['positionInText', path, line, column]);
      return { line: 100 + line, column: 200 + column };
    },
    textAt(path: DataPath): string | undefined {
      calls.push(['textAt', path]);
      return text;
    },
  };
}

describe('locate', () => {
  const path = ['正文', 0, '内容'];

  it('文字里的下标换成文字里的行列（多行文字），再交给 positionInText', () => {
    const loc = fakeLocator('第一行\n第二行有错\n第三行');
    const d = locate(loc, problem('text/illegal-char', path, '有控制字符。', { at: { offset: 8 } }));
    expect(loc.calls).toEqual([
      ['textAt', path],
      ['positionInText', path, 2, 5],
    ]);
    expect(d).toMatchObject({ file: 'data/测试县/2023.yaml', line: 102, column: 205, code: 'text/illegal-char', severity: 'warning' });
  });

  it('下标正好在换行之后：下一行第 1 列', () => {
    const loc = fakeLocator('甲乙\n丙');
    locate(loc, problem('text/illegal-char', path, '甲', { at: { offset: 3 } }));
    expect(loc.calls.at(-1)).toEqual(['positionInText', path, 2, 1]);
  });

  it('路径上没有文字时按第 1 行算', () => {
    const loc = fakeLocator(undefined);
    locate(loc, problem('text/illegal-char', path, '甲', { at: { offset: 5 } }));
    expect(loc.calls.at(-1)).toEqual(['positionInText', path, 1, 1]);
  });

  it('给出文字里的行列时照用', () => {
    const loc = fakeLocator('不看');
    const d = locate(loc, problem('ref/template', path, '甲', { at: { line: 3, column: 4 } }));
    expect(loc.calls).toEqual([['positionInText', path, 3, 4]]);
    expect([d.line, d.column]).toEqual([103, 204]);
  });

  it('指向键本身、或什么也没说时，按路径找值（或键）的位置', () => {
    const loc = fakeLocator('不看');
    expect(locate(loc, problem('schema/unknown-key', ['备忘'], '甲', { at: { key: true } }))).toMatchObject({ line: 7, column: 3 });
    expect(locate(loc, problem('schema/type', ['年度'], '甲'))).toMatchObject({ line: 8, column: 9 });
    expect(loc.calls).toEqual([
      ['positionOf', ['备忘'], true],
      ['positionOf', ['年度'], false],
    ]);
  });

  it('改法带过去，没有时不带 fix 键', () => {
    const loc = fakeLocator('');
    expect(locate(loc, problem('schema/type', ['年度'], '甲', { fix: '改成数字。' })).fix).toBe('改成数字。');
    expect('fix' in locate(loc, problem('schema/type', ['年度'], '甲'))).toBe(false);
  });
});

const d = (
  file: string,
  line: number,
  column: number,
  code: Diagnostic['code'],
  severity: Diagnostic['severity'] = 'error',
): Diagnostic => ({
  code,
  severity,
  file,
  line,
  column,
  message: '',
});

describe('sortDiagnostics、hasErrors、countBySeverity', () => {
  it('按文件、行、列、代码排序，不改原来的列表', () => {
    const list = [
      d('b.yaml', 1, 1, 'schema/type'),
      d('a.yaml', 10, 1, 'schema/type'),
      d('a.yaml', 2, 5, 'schema/type'),
      d('a.yaml', 2, 5, 'schema/enum'),
      d('a.yaml', 2, 1, 'yaml/tab-indent'),
    ];
    const copy = [...list];
    expect(sortDiagnostics(list).map((x) => `${x.file}:${x.line}:${x.column}:${x.code}`)).toEqual([
      'a.yaml:2:1:yaml/tab-indent',
      'a.yaml:2:5:schema/enum',
      'a.yaml:2:5:schema/type',
      'a.yaml:10:1:schema/type',
      'b.yaml:1:1:schema/type',
    ]);
    expect(list).toEqual(copy);
  });

  it('行号按数值排（10 在 9 之后）', () => {
    expect(sortDiagnostics([d('a', 10, 1, 'schema/type'), d('a', 9, 1, 'schema/type')]).map((x) => x.line)).toEqual([9, 10]);
  });

  it('有没有错误、各有几条', () => {
    const warnings = [d('a', 1, 1, 'figure/unused', 'warning'), d('a', 2, 1, 'text/stale', 'warning')];
    expect(hasErrors(warnings)).toBe(false);
    expect(hasErrors([...warnings, d('a', 3, 1, 'schema/type')])).toBe(true);
    expect(countBySeverity([...warnings, d('a', 3, 1, 'schema/type')])).toEqual({ errors: 1, warnings: 2 });
    expect(countBySeverity([])).toEqual({ errors: 0, warnings: 0 });
  });
});
