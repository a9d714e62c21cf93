/**
 * 表里的一行是哪个指标：先看隐藏的"键"列（"行政复议.受理"），键被删掉或改坏了再看中文名
 * （目录里的标题、字段名，自定义指标的名称），同名的再按"领域"和这张表要的项目分。
 */
import { catalogue, fieldSpec } from '../schema/catalogue.js';
import type { FormRow } from './read-returned-form.js';

export type RowMatch = { ok: true; group: string; field: string; byName: boolean } | { ok: false; reason: string };

/** 比较名称时不管空格、全角半角和各种引号（"双随机"、“双随机”）。 */
const norm = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/[\s"'“”‘’「」《》]/g, '')
    .trim();

export function matchRow(row: FormRow, expected: readonly string[], customNames: readonly string[]): RowMatch {
  const byKey = row.key ? keyToFigure(row.key) : undefined;
  if (byKey) return { ok: true, ...byKey, byName: false };
  const name = norm(row.name);
  if (!name) return { ok: false, reason: '这一行没有指标名称' };
  let candidates: { group: string; field: string }[] = [];
  for (const [group, spec] of Object.entries(catalogue)) {
    for (const [field, f] of Object.entries(spec.字段)) {
      if ([f.标题, field, `${group}${field}`, `${group}.${field}`].some((n) => norm(n) === name)) candidates.push({ group, field });
    }
  }
  for (const field of customNames) if (norm(field) === name) candidates.push({ group: '自定义', field });
  if (candidates.length > 1 && row.area) {
    const area = norm(row.area);
    const inArea = candidates.filter((c) => norm(c.group) === area || norm(catalogue[c.group]?.标题 ?? c.group) === area);
    if (inArea.length) candidates = inArea;
  }
  if (candidates.length > 1) {
    const listed = candidates.filter((c) => expected.includes(`${c.group}.${c.field}`));
    if (listed.length) candidates = listed;
  }
  const [only, ...more] = candidates;
  if (!only) return { ok: false, reason: `"${row.name}"不是目录里的指标，也不是这个县的自定义指标` };
  if (more.length) {
    return { ok: false, reason: `"${row.name}"可能是${candidates.map((c) => `"${c.group}.${c.field}"`).join('或')}，分不清` };
  }
  return { ok: true, ...only, byName: true };
}

/** 键认得出时是哪个指标；自定义的什么名字都可以（部门表里的自定义指标本来就是这个县自己起的名）。 */
function keyToFigure(key: string): { group: string; field: string } | undefined {
  const dot = key.indexOf('.');
  if (dot <= 0) return undefined;
  const group = key.slice(0, dot);
  const field = key.slice(dot + 1);
  if (group === '自定义') return field !== '' ? { group, field } : undefined;
  return fieldSpec(group, field) ? { group, field } : undefined;
}
