/**
 * 在 JSON Schema 里按键的路径往下找（补全和悬停说明用）：解开 $ref，anyOf/oneOf/allOf 的各支都算，
 * 列表项（'*'）走 items。Schema 是 fzbg schema 写出的那一份，标题和说明都是中文。
 */
export type Schema = Record<string, unknown>;

const isSchema = (v: unknown): v is Schema => v !== null && typeof v === 'object' && !Array.isArray(v);

function deref(root: Schema, s: Schema, depth = 0): Schema {
  const ref = s.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/') || depth > 20) return s;
  let cur: unknown = root;
  for (const raw of ref.slice(2).split('/')) {
    const part = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    cur = isSchema(cur) ? cur[part] : undefined;
  }
  // $ref 旁边写的标题、说明优先（字段的中文名写在引用处）
  const { $ref: _ref, ...local } = s;
  return isSchema(cur) ? { ...deref(root, cur, depth + 1), ...local } : s;
}

/** 一个 Schema 展开成各支（anyOf/oneOf/allOf 的每一支，$ref 都解开）。 */
function branches(root: Schema, s: Schema, depth = 0): Schema[] {
  const d = deref(root, s);
  const alts = [d.anyOf, d.oneOf, d.allOf].flatMap((a) => (Array.isArray(a) ? a.filter(isSchema) : []));
  if (!alts.length || depth > 10) return [d];
  return [d, ...alts.flatMap((a) => branches(root, a, depth + 1))];
}

/** 路径上的 Schema（各支）。找不到时为空。 */
export function schemasAt(root: Schema, path: readonly string[]): Schema[] {
  let current = branches(root, root);
  for (const key of path) {
    const next: Schema[] = [];
    for (const s of current) {
      if (key === '*') {
        if (isSchema(s.items)) next.push(...branches(root, s.items));
      } else {
        const props = s.properties;
        if (isSchema(props) && isSchema(props[key])) next.push(...branches(root, props[key]));
        else if (isSchema(s.additionalProperties)) next.push(...branches(root, s.additionalProperties));
      }
    }
    current = next;
    if (!current.length) break;
  }
  return current;
}

/** 这些 Schema 允许的键（第一次出现的那个说明为准）。 */
export function keysOf(root: Schema, schemas: readonly Schema[]): Map<string, Schema> {
  const out = new Map<string, Schema>();
  for (const s of schemas) {
    if (!isSchema(s.properties)) continue;
    for (const [k, v] of Object.entries(s.properties)) if (isSchema(v) && !out.has(k)) out.set(k, deref(root, v));
  }
  return out;
}

/** 值可以写的几种：enum、const、布尔。 */
export function valuesOf(schemas: readonly Schema[]): string[] {
  const out = new Set<string>();
  for (const s of schemas) {
    if (Array.isArray(s.enum)) for (const v of s.enum as unknown[]) if (typeof v === 'string' || typeof v === 'number') out.add(String(v));
    if (typeof s.const === 'string' || typeof s.const === 'number' || typeof s.const === 'boolean') out.add(String(s.const));
    if (s.type === 'boolean') ['true', 'false'].forEach((v) => out.add(v));
  }
  return [...out];
}

/** 枚举值的说明（编辑器版 Schema 的 enumDescriptions，与 enum 一一对应）。 */
export function valueInfo(schemas: readonly Schema[], value: string): string | undefined {
  for (const s of schemas) {
    if (!Array.isArray(s.enum) || !Array.isArray(s.enumDescriptions)) continue;
    const i = (s.enum as unknown[]).findIndex((v) => String(v) === value);
    const d: unknown = s.enumDescriptions[i];
    if (i >= 0 && typeof d === 'string') return d;
  }
  return undefined;
}

/** 一个 Schema 的标题和说明（各支里第一个有的）。 */
export function describe(schemas: readonly Schema[]): { title?: string; description?: string } {
  const title = schemas.map((s) => s.title).find((t): t is string => typeof t === 'string');
  const description = schemas.map((s) => s.description).find((t): t is string => typeof t === 'string');
  return { ...(title ? { title } : {}), ...(description ? { description } : {}) };
}

/** 这个键的值是一组下级（对象或列表）：补全时键后换行缩进，而不是空格。 */
export function takesBlock(root: Schema, s: Schema): boolean {
  const all = branches(root, s);
  return (
    all.some((b) => b.type === 'object' || b.type === 'array') &&
    !all.some((b) => b.type === 'string' || b.type === 'integer' || b.type === 'number')
  );
}
