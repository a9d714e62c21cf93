/**
 * 数据格式有错时，在内存里做一份"能往下查"的数据：不认识的键去掉，写错的数字当作没填，
 * 写错的可选项去掉，写错的成文日期换成一个占位日期。这样规则、引用、同比等检查照样做完，
 * 办事员一次就能看到全部问题。只用来检查，决不用来生成文档（有错误就不生成）。
 * 改不了的（缺了必填项、必填项写错）返回 undefined，检查就停在数据格式这一步。
 */
import type { DataPath } from '../model/data-path.js';

export interface SchemaProblemAt {
  code: string;
  path: DataPath;
}

/** 各层的必填项：它们写错了没法"当作没写"。 */
const REQUIRED = new Set(['地区', '年度', '发文机关', '正文', '类别', '打算', '条目']);

type Obj = Record<string, unknown>;

/**
 * meant：写错的键（"人民条解"）最像的那个键（"人民调解"）。给出时，写错的键在检查用的数据里改成它，
 * 正文里对"人民调解"的引用就不会再报一次"不存在"——那是同一个手误的连带问题。
 */
export function repairForChecking(
  data: unknown,
  problems: readonly SchemaProblemAt[],
  meant?: (path: DataPath) => string | undefined,
): { data: unknown; paths: DataPath[]; renamedIn: DataPath[] } | undefined {
  if (!data || typeof data !== 'object') return undefined;
  const copy = structuredClone(data) as Obj;
  const paths: DataPath[] = [];
  // 先改写错的键：写错的是必填项（"成文日其"）时，"缺少成文日期"随之补上，是同一个手误。
  const renamed = new Set<SchemaProblemAt>();
  const renamedIn: DataPath[] = [];
  for (const p of problems) {
    const intended = p.code === 'schema/unknown-key' && p.path.length > 0 ? meant?.(p.path) : undefined;
    if (intended === undefined) continue;
    const parent = at(copy, p.path.slice(0, -1));
    const key = String(p.path[p.path.length - 1]);
    if (parent && !Array.isArray(parent) && !Object.hasOwn(parent, intended)) {
      parent[intended] = parent[key];
      delete parent[key];
      paths.push([...p.path]);
      renamed.add(p);
      renamedIn.push(p.path.slice(0, -1));
    }
  }
  const sameParent = (path: DataPath) => renamedIn.some((r) => r.length === path.length && r.every((seg, i) => seg === path[i]));
  for (const p of problems) {
    if (renamed.has(p)) continue;
    // 缺的必填项可能正是改过来的那个键：交给最后的整体校验来定。
    if (p.code === 'schema/required' && sameParent(p.path)) continue;
    const path = [...p.path];
    if (path.length === 0) return undefined;
    // 指标下的数字写错（自定义的也一样，除了保留的名字）：当作没填（null），正文里对它的引用照样能查
    if (path[0] === '指标' && path.length >= 3 && p.code !== 'schema/unknown-key' && p.code !== 'schema/reserved-name') {
      const parent = at(copy, path.slice(0, 2));
      if (!parent) return undefined;
      parent[String(path[2])] = null;
      paths.push(path.slice(0, 3));
      continue;
    }
    const key = path[path.length - 1];
    if (key === '成文日期' && path.length === 1) {
      const year = typeof copy.年度 === 'number' ? copy.年度 : 2000;
      copy.成文日期 = `${year + 1}-01-01`;
      paths.push(path);
      continue;
    }
    if (typeof key !== 'string' || REQUIRED.has(key) || p.code === 'schema/required') return undefined;
    const parent = at(copy, path.slice(0, -1));
    if (!parent || Array.isArray(parent)) return undefined;
    delete parent[key];
    paths.push(path);
  }
  return { data: copy, paths, renamedIn };
}

function at(root: Obj, path: DataPath): Obj | undefined {
  let cur: unknown = root;
  for (const seg of path) {
    if (!cur || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur && typeof cur === 'object' ? (cur as Obj) : undefined;
}
