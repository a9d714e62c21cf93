/**
 * 把 Ajv 的错误翻译成办事员看得懂的中文：哪个字段（用 Schema 里的中文 title）、写成了什么、怎么改。
 */
import { readWrittenFigure } from '../text/read-written-figure.js';
import type { ErrorObject } from 'ajv';
import { problem, type Problem } from '../diagnostics/diagnostic.js';
import type { DataPath } from '../model/data-path.js';
import { didYouMean } from '../text/did-you-mean.js';
import { allowedKeys, deref, schemaAt } from './schema-walk.js';

export type Schema = Record<string, unknown>;

function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** 字段的中文名：Schema 的 title，没有时用键名。 */
function fieldName(root: Schema, path: DataPath): string {
  const s = schemaAt(root, path);
  const last = path.length ? String(path[path.length - 1]) : '文件';
  const title = (s?.title as string | undefined) ?? last;
  if (typeof path[path.length - 1] === 'number') {
    const parent = schemaAt(root, path.slice(0, -1));
    return `${(parent?.title as string | undefined) ?? '列表'}第 ${(path[path.length - 1] as number) + 1} 项`;
  }
  return title === last ? `"${last}"` : `"${last}"（${title}）`;
}

function show(value: unknown): string {
  if (typeof value === 'string') return `"${value.length > 30 ? value.slice(0, 30) + '…' : value}"`;
  if (value === null) return '空值';
  if (Array.isArray(value)) return '一个列表';
  if (typeof value === 'object') return '一组键值';
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : '（不可显示的值）';
}

const TYPE_NAMES: Record<string, string> = {
  integer: '整数',
  number: '数字',
  string: '文字',
  boolean: 'true 或 false',
  object: '一组键值（键: 值）',
  array: '列表（每项以"- "开头，或写成 [甲, 乙]）',
};

/** 数字里夹了单位、余、万、% 之类：说出该怎么写（1万余 → {值: 10000, 约: true, 写法: 1万余}，20多件 → {值: 20, 约: true, 写法: 20多}）。 */
function numberFix(value: unknown, kind: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.trim();
  const percent = /^(\d+(?:\.\d+)?)\s*[%％]$/.exec(v);
  if (percent) return kind === '比率' ? `比率不写 % 号：写 ${percent[1]}。` : `去掉 % 号：写 ${percent[1]}。`;
  if (/^\d+(?:\.\d+)?$/.test(v)) return `去掉引号，写成数字 ${v}。`;
  // 最长的一段读得出数（1万余、2.4万、约300、20多），剩下的不带数字的是单位。很长的文字不是一个数，不猜。
  if (v.length > 40) return undefined;
  for (let end = v.length; end > 0; end--) {
    const core = v.slice(0, end).trim();
    const unit = v.slice(end).trim();
    // 单位不带数字、不长（件、人次、万元）："一一一……"之类不是数加单位。
    if (/[\d〇零一二两三四五六七八九十百千万亿]/.test(unit) || [...unit].length > 4) continue;
    const written = readWrittenFigure(core);
    if (!written) continue;
    const number = Math.round(written.value * 1e6) / 1e6;
    const dropUnit = unit ? `，单位"${unit}"不用写（由正文写出）` : '';
    if (/^\d+(?:\.\d+)?$/.test(core)) return `请去掉单位"${unit}"，只写数字 ${core}（单位由正文写出）。`;
    const approx = written.more || written.about;
    // 只有"数字+余"是不写"写法"时文档照样印出的样子；别的（万、多、约、汉字）写进"写法"，文档照印。
    const plainMore = new RegExp(`^${number}余$`).test(core);
    const fields = [`值: ${number}`, ...(approx ? ['约: true'] : []), ...(plainMore ? [] : [`写法: ${core}`])];
    return `写成 {${fields.join(', ')}}${dropUnit}。`;
  }
  return undefined;
}

function figureKind(root: Schema, s: Schema | undefined): string | undefined {
  const t = s ? (deref(root, s).title as string | undefined) : undefined;
  return t && /^(计数|比率|金额)指标$/.test(t) ? t.slice(0, 2) : t === '自定义指标' ? '自定义' : undefined;
}

/** 日期写成了别的样子（2024.1.25、2024年1月25日、2024/1/25、20240125）：给出应写的样子。 */
function dateFix(value: unknown): string | undefined {
  const v = String(value).trim();
  const m = /^(\d{4})\s*[.\-/年]\s*(\d{1,2})\s*[.\-/月]\s*(\d{1,2})\s*日?$/.exec(v) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(v);
  if (!m) return undefined;
  const [, y = '', mo = '', d = ''] = m;
  const iso = `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return `日期写成 年-月-日，月和日都写两位：${iso}。`;
}

/** 丢掉 anyOf 各分支里的"同层"失败，只留最能说明问题的一条。 */
export function collapseAnyOf(errors: ErrorObject[]): ErrorObject[] {
  const anyOfs = errors.filter((e) => e.keyword === 'anyOf');
  const inside = (e: ErrorObject, a: ErrorObject) =>
    e !== a && e.schemaPath.startsWith(a.schemaPath + '/') && e.instancePath.startsWith(a.instancePath);
  const keep = new Set(errors);
  for (const a of anyOfs) {
    const branchErrors = errors.filter((e) => inside(e, a));
    const deeper = branchErrors.filter((e) => e.instancePath !== a.instancePath);
    for (const e of branchErrors) if (e.instancePath === a.instancePath) keep.delete(e);
    if (deeper.length > 0) keep.delete(a);
  }
  // propertyNames 里面的 not 失败由 propertyNames 那条说明。
  for (const e of errors) if (e.keyword !== 'propertyNames' && (e as { propertyName?: string }).propertyName !== undefined) keep.delete(e);
  return errors.filter((e) => keep.has(e));
}

export function describeSchemaError(root: Schema, e: ErrorObject): Problem {
  const path = pointerToPath(e.instancePath);
  const name = fieldName(root, path);
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required': {
      const missing = String(p.missingProperty);
      const title = (schemaAt(root, [...path, missing])?.title as string | undefined) ?? missing;
      return problem('schema/required', path, `缺少必填项"${missing}"（${title}）。`, {
        fix: `在${path.length ? ` ${name} 下` : '文件顶层'}加一行 "${missing}: …"。`,
        at: { key: true },
      });
    }
    case 'additionalProperties': {
      const key = String(p.additionalProperty);
      const keys = allowedKeys(root, path);
      if (key === '事项' && keys.includes('标题') && !keys.includes('事项')) {
        return problem('schema/too-deep', [...path, key], '这一级不能再分下级事项：连同章最多四级（一、（一）1.（1））。', {
          fix: '把这些内容写在本级的"内容"或"要点"里。',
          at: { key: true },
        });
      }
      const guess = didYouMean(key, keys);
      return problem('schema/unknown-key', [...path, key], `不认识的键"${key}"。`, {
        fix: guess ? `是不是要写"${guess}"？` : `这一层可以写的键：${keys.slice(0, 20).join('、')}${keys.length > 20 ? '……' : ''}。`,
        at: { key: true },
      });
    }
    case 'type': {
      if (
        String(p.type) === 'string' &&
        e.data &&
        typeof e.data === 'object' &&
        !Array.isArray(e.data) &&
        Object.keys(e.data).length === 1
      ) {
        const key = Object.keys(e.data)[0] ?? '';
        return problem(
          'schema/colon-in-text',
          path,
          `${name}的文字里有英文冒号加空格（"${key.slice(-8)}: …"），YAML 把冒号前面当成了键。`,
          { fix: '把这个冒号改成中文全角冒号"："，或者给整段文字两头加上英文双引号 "…"。' },
        );
      }
      const expected = String(p.type)
        .split(',')
        .map((t) => TYPE_NAMES[t] ?? t)
        .join('或');
      return problem('schema/type', path, `${name}应为${expected}，写成了${show(e.data)}。`, {
        fix:
          (path[path.length - 1] === '成文日期' ? dateFix(e.data) : undefined) ??
          numberFix(e.data, '') ??
          (e.parentSchema?.description as string | undefined),
      });
    }
    case 'propertyNames':
      return problem('schema/reserved-name', [...path, String(p.propertyName)], `名称"${String(p.propertyName)}"不能用（程序内部保留）。`, {
        fix: '换一个中文名称。',
        at: { key: true },
      });
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map(String);
      const guess = typeof e.data === 'string' ? didYouMean(e.data, allowed) : undefined;
      return problem('schema/enum', path, `${name}应为 ${allowed.join('、')} 之一，写成了${show(e.data)}。`, {
        fix: guess ? `是不是要写"${guess}"？` : `从 ${allowed.join('、')} 中选一个。`,
      });
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return problem(
        e.keyword === 'minimum' || e.keyword === 'exclusiveMinimum' ? 'schema/minimum' : 'schema/maximum',
        path,
        `${name}应${e.keyword.includes('inimum') ? '不小于' : '不大于'} ${String(p.limit)}，写成了${show(e.data)}。`,
      );
    case 'minItems':
      return problem('schema/min-items', path, `${name}至少要写 ${String(p.limit)} 项。`);
    case 'minLength':
      return problem('schema/empty', path, `${name}不能为空。`);
    case 'pattern':
      return problem('schema/pattern', path, `${name}的写法不对：写成了${show(e.data)}。`, {
        fix: dateFix(e.data) ?? (e.parentSchema?.description as string | undefined),
      });
    case 'anyOf': {
      const kind = figureKind(root, e.parentSchema);
      if (kind) {
        const expected = kind === '计数' ? '不小于 0 的整数' : kind === '比率' ? '0到100之间的数' : '不小于 0 的数';
        return problem('schema/figure', path, `${name}应为${expected}，写成了${show(e.data)}。`, {
          fix: numberFix(e.data, kind) ?? `写一个${expected}，或写成 {值: …, 约: true}。`,
        });
      }
      const allowed = enumValues(root, e.parentSchema);
      const guess = typeof e.data === 'string' && allowed.length ? didYouMean(e.data, allowed) : undefined;
      return problem('schema/form', path, `${name}的写法不对：写成了${show(e.data)}。`, {
        fix: allowed.length
          ? `${guess ? `是不是要写"${guess}"？` : ''}可以写：${allowed.join('、')}。`
          : ((e.parentSchema?.description as string | undefined) ?? undefined),
      });
    }
    default:
      return problem('schema/other', path, `${name}的写法不合数据格式。`, { fix: e.parentSchema?.description as string | undefined });
  }
}

/** anyOf 各分支里允许的固定值（如"类别"的六个名称）。 */
function enumValues(root: Schema, s: Schema | undefined): string[] {
  if (!s) return [];
  const out = new Set<string>();
  const walk = (x: Schema) => {
    const d = deref(root, x);
    for (const v of (d.enum as unknown[] | undefined) ?? []) out.add(String(v));
    for (const b of (d.anyOf as Schema[] | undefined) ?? []) walk(b);
    if (d.items && typeof d.items === 'object') walk(d.items as Schema);
  };
  walk(s);
  return [...out];
}
