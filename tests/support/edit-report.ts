/**
 * 像办事员那样改一份数据（性质测试用）：改写、增删文字里的词，改数字，删掉、增加、对调事项。
 * 改完仍是合法的数据文件。
 */
import fc from 'fast-check';

export type Edit =
  | { kind: 'text'; at: number; op: 'insert' | 'delete' | 'replace'; pos: number; len: number; word: string }
  | { kind: 'figure'; at: number; value: number }
  | { kind: 'dropItem'; at: number }
  | { kind: 'addItem'; at: number; title: string; text: string }
  | { kind: 'swapItems'; at: number };

const WORDS = [
  '依法行政',
  '进一步',
  '全面推进',
  '法治政府',
  '群众满意',
  '数字化',
  '扎实开展',
  '规范',
  '，',
  '。',
  '行政执法',
  '年度',
  '考核',
  '专项',
];
const word = fc.constantFrom(...WORDS);
const pos = fc.nat({ max: 100_000 });

export const edit: fc.Arbitrary<Edit> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('text' as const),
      at: pos,
      op: fc.constantFrom('insert' as const, 'delete' as const, 'replace' as const),
      pos,
      len: fc.integer({ min: 1, max: 6 }),
      word,
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('figure' as const), at: pos, value: fc.integer({ min: 0, max: 5000 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('dropItem' as const), at: pos }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('addItem' as const),
      at: pos,
      title: fc.array(word, { minLength: 2, maxLength: 4 }).map((w) => w.join('')),
      text: fc.array(word, { minLength: 3, maxLength: 10 }).map((w) => w.join('') + '。'),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('swapItems' as const), at: pos }) },
);

type Obj = Record<string, unknown>;

/** 文字值的位置（正文里的，不含标题里的 Handlebars 以外的结构）。 */
function textSlots(data: Obj): { parent: Obj | unknown[]; key: string | number }[] {
  const out: { parent: Obj | unknown[]; key: string | number }[] = [];
  const walk = (v: unknown, parent: Obj | unknown[] | undefined, key: string | number | undefined) => {
    if (typeof v === 'string' && parent !== undefined && key !== undefined && !v.includes('{{')) out.push({ parent, key });
    else if (Array.isArray(v)) v.forEach((x, i) => walk(x, v, i));
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v as Obj)) if (k !== '类别' && k !== '前缀' && k !== '样式') walk(x, v as Obj, k);
  };
  walk(data.正文, undefined, undefined);
  return out;
}

function itemLists(data: Obj): unknown[][] {
  const out: unknown[][] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Obj;
      if (Array.isArray(o.事项)) out.push(o.事项);
      for (const x of Object.values(o)) walk(x);
    }
  };
  walk(data.正文);
  return out;
}

export function applyEdits(original: Obj, edits: readonly Edit[]): Obj {
  const data = structuredClone(original);
  for (const e of edits) {
    if (e.kind === 'text') {
      const slots = textSlots(data);
      if (!slots.length) continue;
      const s = slots[e.at % slots.length]!;
      const text = [...String((s.parent as Obj)[s.key as string])];
      const p = e.pos % (text.length + 1);
      if (e.op === 'insert') text.splice(p, 0, e.word);
      else if (e.op === 'delete') text.splice(p, e.len);
      else text.splice(p, e.len, e.word);
      const next = text.join('');
      (s.parent as Obj)[s.key as string] = next.trim().length ? next : '改写。';
    } else if (e.kind === 'figure') {
      const groups = Object.entries((data.指标 ?? {}) as Record<string, Obj>).flatMap(([g, f]) =>
        Object.keys(f).map((k) => [g, k] as const),
      );
      if (!groups.length) continue;
      const [g, k] = groups[e.at % groups.length]!;
      const fields = (data.指标 as Record<string, Obj>)[g]!;
      const v = fields[k];
      if (typeof v === 'number') fields[k] = e.value;
      else if (v && typeof v === 'object' && typeof (v as Obj).值 === 'number') {
        fields[k] = { ...(v as Obj), 值: e.value };
        delete (fields[k] as Obj).写法;
      }
    } else {
      const lists = itemLists(data).filter((l) => l.length > (e.kind === 'addItem' ? 0 : 1));
      if (!lists.length) continue;
      const list = lists[e.at % lists.length]!;
      if (e.kind === 'dropItem') list.splice(e.at % list.length, 1);
      else if (e.kind === 'addItem') list.splice(e.at % (list.length + 1), 0, { 标题: e.title, 内容: e.text });
      else {
        const i = e.at % (list.length - 1);
        [list[i], list[i + 1]] = [list[i + 1], list[i]];
      }
    }
  }
  return data;
}
