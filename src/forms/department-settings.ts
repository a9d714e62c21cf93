/**
 * 哪个部门填哪些数字：目录（catalogue.ts）给每组、每个字段定了默认的部门；
 * 模板文件夹里的 部门.yaml 按本地的分工逐组、逐项改，还可以写交表的截止日子和联系人。
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileDiagnostic, hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { SourceFile } from '../load/source-file.js';
import { catalogue, fieldSpec } from '../schema/catalogue.js';
import { didYouMean } from '../text/did-you-mean.js';

export interface DepartmentSettings {
  /** "组"或"组.字段" → 部门。 */
  readonly 分工: ReadonlyMap<string, string>;
  /** 自定义指标（目录里没有）默认由谁填：依法治县办在司法局。 */
  readonly 默认部门: string;
  /** 各部门交回表格的日子（下一年度的"月-日"）。 */
  readonly 报送截止?: string;
  readonly 联系人?: string;
}

const DEFAULT_DEPARTMENT = '司法局';
const TOP_KEYS = ['分工', '默认部门', '报送截止', '联系人'];

export type SettingsResult = { ok: true; settings: DepartmentSettings } | { ok: false; diagnostics: Diagnostic[] };

/** 部门名称会成为文件名：不能有路径分隔符和文件名不能用的字符。 */
function badDepartmentName(name: string): string | undefined {
  if (name.trim() === '') return '部门名称不能为空。';
  if (/[/\\<>:"|?*\u0000-\u001f]/.test(name) || name.includes('..')) return `部门名称"${name}"里有文件名不能用的字符。`;
  if ([...name].length > 30) return `部门名称"${name}"太长（不超过 30 个字）。`;
  return undefined;
}

export function loadDepartmentSettings(templateDir: string): SettingsResult {
  const file = join(templateDir, '部门.yaml');
  if (!existsSync(file)) return { ok: true, settings: { 分工: new Map(), 默认部门: DEFAULT_DEPARTMENT } };
  const source = new SourceFile(file, readFileSync(file));
  if (hasErrors(source.diagnostics)) return { ok: false, diagnostics: source.diagnostics };
  const data: unknown = source.data ?? {};
  const bad = (path: (string | number)[], message: string, fix: string, key = true): Diagnostic =>
    fileDiagnostic('template/invalid', file, message, { ...source.positionOf(path, key), fix });
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, diagnostics: [bad([], '部门.yaml 应是"分工: …"这样的键值。', '照标准模板的 部门.yaml 写。')] };
  }
  const diagnostics: Diagnostic[] = [];
  const top = data as Record<string, unknown>;
  for (const key of Object.keys(top)) {
    if (!TOP_KEYS.includes(key)) {
      const near = didYouMean(key, TOP_KEYS);
      diagnostics.push(bad([key], `部门.yaml 里不认识的键"${key}"。`, near ? `是不是"${near}"？` : `能写的是 ${TOP_KEYS.join('、')}。`));
    }
  }
  const assignments = new Map<string, string>();
  const given = top.分工 ?? {};
  if (typeof given !== 'object' || given === null || Array.isArray(given)) {
    diagnostics.push(bad(['分工'], '"分工"应是"组或组.字段: 部门"这样的键值。', '如 行政执法.双随机检查: 市场监督管理局'));
  } else {
    for (const [key, dept] of Object.entries(given as Record<string, unknown>)) {
      const why = unknownFigure(key);
      if (why) diagnostics.push(bad(['分工', key], why.message, why.fix));
      else if (typeof dept !== 'string' || badDepartmentName(dept)) {
        const message = typeof dept === 'string' ? (badDepartmentName(dept) ?? '') : `"${key}"的部门应写一个名称。`;
        diagnostics.push(bad(['分工', key], message, '写部门的简称，如 市场监督管理局。', false));
      } else assignments.set(key, dept.trim());
    }
  }
  const text = (key: string): string | undefined => {
    const v = top[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'string' && v.trim() !== '') return v.trim();
    diagnostics.push(bad([key], `"${key}"应写一段文字。`, '加上引号写成文字。', false));
    return undefined;
  };
  const fallback = text('默认部门') ?? DEFAULT_DEPARTMENT;
  if (badDepartmentName(fallback)) diagnostics.push(bad(['默认部门'], badDepartmentName(fallback) ?? '', '写部门的简称。', false));
  const deadline = text('报送截止');
  if (deadline !== undefined && !/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(deadline)) {
    diagnostics.push(bad(['报送截止'], `报送截止写成了"${deadline}"，应为下一年度的"月-日"。`, '写成 "01-15" 这样（加引号）。', false));
  }
  const contact = text('联系人');
  if (diagnostics.length) return { ok: false, diagnostics };
  return {
    ok: true,
    settings: {
      分工: assignments,
      默认部门: fallback,
      ...(deadline ? { 报送截止: deadline } : {}),
      ...(contact ? { 联系人: contact } : {}),
    },
  };
}

/** "组"或"组.字段"不是目录里的（自定义.名称 都可以）：说明和改法。 */
function unknownFigure(key: string): { message: string; fix: string } | undefined {
  const [group = '', field, ...rest] = key.split('.');
  const groups = [...Object.keys(catalogue), '自定义'];
  if (!groups.includes(group)) {
    const near = didYouMean(group, groups);
    return { message: `分工里的"${group}"不是指标的组。`, fix: near ? `是不是"${near}"？` : `组名见 src/schema/catalogue.ts。` };
  }
  if (field === undefined || group === '自定义')
    return rest.length ? { message: `"${key}"多了一个"."。`, fix: '写"组"或"组.字段"。' } : undefined;
  if (rest.length || !fieldSpec(group, field)) {
    const near = didYouMean(field, Object.keys(catalogue[group]?.字段 ?? {}));
    return { message: `"${group}"组里没有"${field}"。`, fix: near ? `是不是"${group}.${near}"？` : '写"组"或"组.字段"。' };
  }
  return undefined;
}

/** 一个数字由哪个部门填：部门.yaml 的"组.字段"，再"组"，再目录的字段、组，自定义的用默认部门。 */
export function departmentOf(group: string, field: string, settings: DepartmentSettings): string {
  return (
    settings.分工.get(`${group}.${field}`) ??
    settings.分工.get(group) ??
    fieldSpec(group, field)?.部门 ??
    (Object.hasOwn(catalogue, group) ? catalogue[group]?.部门 : undefined) ??
    settings.默认部门
  );
}
