/**
 * 对真实样例文件的随机改动（性质测试用）：删行、重复行、改缩进、改写行、交换和插入字符、
 * 全角标点、控制字符、随机字节、把数字改成带单位的文字。
 */
import fc from 'fast-check';

export type Mutation =
  | { kind: 'deleteLine'; at: number }
  | { kind: 'duplicateLine'; at: number }
  | { kind: 'reindent'; at: number; by: number }
  | { kind: 'retype'; at: number; text: string }
  | { kind: 'swapChars'; at: number }
  | { kind: 'insertChar'; at: number; ch: string }
  | { kind: 'numberToText'; at: number; suffix: string }
  | { kind: 'randomBytes'; at: number; bytes: number[] };

const NASTY = [
  '：',
  '，',
  '、',
  '（',
  '）',
  '“',
  '”',
  '\t',
  '\u0000',
  '\u0001',
  '\u001f',
  '\ufffe',
  '\ud800',
  '{{',
  '}}',
  '{{>',
  '#',
  '*',
  '|',
  '<b>',
  '&',
  '---',
  '"',
  "'",
  ':',
  '- ',
  '[',
  ']',
  '{',
  '}',
  '%',
  '余',
  '\r',
  '\n',
  '\u3000',
  '__proto__',
  '..',
  '/',
];

const pos = fc.nat({ max: 1_000_000 });

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('deleteLine' as const), at: pos }),
  fc.record({ kind: fc.constant('duplicateLine' as const), at: pos }),
  fc.record({ kind: fc.constant('reindent' as const), at: pos, by: fc.integer({ min: -4, max: 4 }) }),
  fc.record({
    kind: fc.constant('retype' as const),
    at: pos,
    text: fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom(...NASTY).map((s) => `  键${s}值`),
    ),
  }),
  fc.record({ kind: fc.constant('swapChars' as const), at: pos }),
  fc.record({
    kind: fc.constant('insertChar' as const),
    at: pos,
    ch: fc.oneof(fc.constantFrom(...NASTY), fc.string({ minLength: 1, maxLength: 2, unit: 'binary' })),
  }),
  fc.record({ kind: fc.constant('numberToText' as const), at: pos, suffix: fc.constantFrom('件', '余', '%', '万', '"', '年', '') }),
  fc.record({ kind: fc.constant('randomBytes' as const), at: pos, bytes: fc.array(fc.nat({ max: 255 }), { minLength: 1, maxLength: 6 }) }),
);

/** 把改动依次用到文件字节上。 */
export function applyMutations(original: Buffer, mutations: readonly Mutation[]): Buffer {
  let bytes = original;
  for (const m of mutations) {
    if (m.kind === 'randomBytes') {
      const at = m.at % (bytes.length + 1);
      bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(m.bytes), bytes.subarray(at)]);
      continue;
    }
    const text = bytes.toString('utf8');
    const lines = text.split('\n');
    const i = m.at % lines.length;
    switch (m.kind) {
      case 'deleteLine':
        lines.splice(i, 1);
        break;
      case 'duplicateLine':
        lines.splice(i, 0, lines[i]!);
        break;
      case 'reindent':
        lines[i] = m.by >= 0 ? ' '.repeat(m.by) + lines[i] : lines[i]!.replace(new RegExp(`^ {0,${-m.by}}`), '');
        break;
      case 'retype':
        lines[i] = m.text;
        break;
      case 'swapChars': {
        const chars = [...text];
        const k = m.at % Math.max(1, chars.length - 1);
        [chars[k], chars[k + 1]] = [chars[k + 1]!, chars[k]!];
        bytes = Buffer.from(chars.join(''), 'utf8');
        continue;
      }
      case 'insertChar': {
        const chars = [...text];
        chars.splice(m.at % (chars.length + 1), 0, m.ch);
        bytes = Buffer.from(chars.join(''), 'utf8');
        continue;
      }
      case 'numberToText': {
        const nums = [...text.matchAll(/(?<=: )\d+(?:\.\d+)?/g)];
        if (nums.length === 0) continue;
        const n = nums[m.at % nums.length]!;
        bytes = Buffer.from(text.slice(0, n.index) + `"${n[0]}${m.suffix}"` + text.slice(n.index + n[0].length), 'utf8');
        continue;
      }
    }
    bytes = Buffer.from(lines.join('\n'), 'utf8');
  }
  return bytes;
}
