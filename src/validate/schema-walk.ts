import type { DataPath } from '../model/data-path.js';

type Schema = Record<string, unknown>;

/** 跟着 $ref 走到定义本身（本 Schema 只有 #/definitions/... 形式的引用）。 */
export function deref(root: Schema, s: Schema): Schema {
  let cur = s;
  for (let i = 0; i < 10 && typeof cur.$ref === 'string'; i++) {
    const name = cur.$ref.replace('#/definitions/', '');
    cur = { ...((root.definitions as Record<string, Schema>)[name] ?? {}), ...withoutRef(cur) };
  }
  return cur;
}

function withoutRef(s: Schema): Schema {
  const { $ref: _ref, ...rest } = s;
  return rest;
}

/** 数据路径对应的子 Schema（给错误信息取中文 title 用）。找不到时返回 undefined。 */
export function schemaAt(root: Schema, path: DataPath): Schema | undefined {
  let cur: Schema | undefined = root;
  for (const seg of path) {
    if (!cur) return undefined;
    cur = step(root, deref(root, cur), seg);
  }
  return cur ? deref(root, cur) : undefined;
}

function step(root: Schema, s: Schema, seg: string | number): Schema | undefined {
  const props = s.properties as Record<string, Schema> | undefined;
  if (typeof seg === 'string' && props && Object.hasOwn(props, seg)) return props[seg];
  if (typeof seg === 'string' && s.additionalProperties && typeof s.additionalProperties === 'object')
    return s.additionalProperties as Schema;
  if (typeof seg === 'number' && s.items && typeof s.items === 'object') return s.items as Schema;
  for (const branch of (s.anyOf as Schema[] | undefined) ?? []) {
    const found = step(root, deref(root, branch), seg);
    if (found) return found;
  }
  return undefined;
}

/** 一层允许的键（给"是不是要写……"用）。 */
export function allowedKeys(root: Schema, path: DataPath): string[] {
  const s = schemaAt(root, path);
  if (!s) return [];
  const keys = new Set<string>();
  const collect = (x: Schema) => {
    const d = deref(root, x);
    for (const k of Object.keys((d.properties as object) ?? {})) keys.add(k);
    for (const b of (d.anyOf as Schema[] | undefined) ?? []) collect(b);
  };
  collect(s);
  return [...keys];
}
