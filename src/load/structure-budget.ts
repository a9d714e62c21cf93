import { LIMITS } from '../core/limits.js';

/**
 * 解析之前先粗看一遍字节：锚点（&名字）太多、方括号花括号嵌套太深的，不交给 YAML 库——
 * 一万个锚点它要解析好几秒，十万层括号会把栈用尽（那不是"别名炸弹"，不该那样报）。
 * 只数 ASCII 的 & [ ] { }（UTF-8、GBK 里它们都是单字节），不管引号和注释：数得偏多也只在远超真实报告的时候才会超限。
 */
export function structureBeforeParse(bytes: Uint8Array): string | undefined {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return undefined;
  let anchors = 0;
  let depth = 0;
  let maxDepth = 0;
  let prev = 0x0a;
  let indent = 0;
  let maxIndent = 0;
  let atLineStart = true;
  for (const b of bytes) {
    if (b === 0x0a) {
      atLineStart = true;
      indent = 0;
    } else if (atLineStart && b === 0x20) {
      if (++indent > maxIndent) maxIndent = indent;
    } else atLineStart = false;
    if (b === 0x26 && (prev === 0x20 || prev === 0x0a || prev === 0x5b || prev === 0x7b || prev === 0x2c || prev === 0x3a)) anchors++;
    else if (b === 0x5b || b === 0x7b) {
      if (++depth > maxDepth) maxDepth = depth;
    } else if (b === 0x5d || b === 0x7d) depth = Math.max(0, depth - 1);
    prev = b;
  }
  if (anchors > LIMITS.yamlAnchors)
    return `文件里有 ${anchors} 个锚点（&名字），超过了 ${LIMITS.yamlAnchors} 个的上限：一份报告用不到这么多，不读取。`;
  if (maxIndent > LIMITS.yamlDepth * 8) return `有一行缩进了 ${maxIndent} 个空格：数据嵌套得太深（报告的数据不过十层），不读取。`;
  // 文字里的 {{…}} 每处开两层再关上，所以括号的层数按 YAML 嵌套上限的两倍算。
  if (maxDepth > LIMITS.yamlDepth * 2)
    return `方括号、花括号嵌套了 ${maxDepth} 层，超过了 ${LIMITS.yamlDepth} 层的上限（报告的数据不过十层），不读取。`;
  return undefined;
}

/** 解析后的数据：嵌套层数、一个映射的键数、一个列表的项数都有上限（五万个自定义指标会让检查慢得不成样子）。 */
export function structureAfterParse(data: unknown): string | undefined {
  const stack: [unknown, number][] = [[data, 1]];
  while (stack.length) {
    const [value, depth] = stack.pop() ?? [undefined, 0];
    if (value === null || typeof value !== 'object') continue;
    if (depth > LIMITS.yamlDepth) return `数据嵌套了 ${LIMITS.yamlDepth} 层以上（报告的数据不过十层），不读取。`;
    if (Array.isArray(value)) {
      if (value.length > LIMITS.sequenceItems)
        return `一个列表有 ${value.length} 项，超过了 ${LIMITS.sequenceItems} 项的上限（报告的章、事项、要点不过几十项），不读取。`;
      for (const v of value) stack.push([v, depth + 1]);
    } else {
      const keys = Object.keys(value);
      if (keys.length > LIMITS.mappingKeys)
        return `一处写了 ${keys.length} 个键，超过了 ${LIMITS.mappingKeys} 个的上限（指标的一组不过几十项），不读取。`;
      for (const k of keys) stack.push([(value as Record<string, unknown>)[k], depth + 1]);
    }
  }
  return undefined;
}
