/** yaml 库错误代码对应的中文说明和改法。 */
export const YAML_MESSAGES: Record<string, { message: string; fix: string }> = {
  BAD_INDENT: { message: '缩进不对。', fix: '同一层的键要对齐，下一层比上一层多缩进两个空格。' },
  TAB_AS_INDENT: { message: '用了 Tab 键缩进。', fix: 'YAML 只能用空格缩进：把行首的 Tab 换成空格。' },
  DUPLICATE_KEY: { message: '同一层里有两个相同的键。', fix: '删掉或合并重复的那一个。' },
  MULTILINE_IMPLICIT_KEY: { message: '键不能跨行。', fix: '检查上一行是否漏了冒号或引号没有关上。' },
  BLOCK_AS_IMPLICIT_KEY: { message: '这里不能写成键。', fix: '检查冒号和缩进。' },
  MISSING_CHAR: { message: '缺少字符（如引号、括号没有关上）。', fix: '检查这一行的引号和括号是否成对。' },
  UNEXPECTED_TOKEN: { message: '这里有不该出现的字符。', fix: '检查这一行的冒号、引号和缩进。' },
  BAD_SCALAR_START: { message: '这个值不能以这个字符开头。', fix: '用引号把整个值括起来，如 "…"。' },
  BAD_DQ_ESCAPE: { message: '双引号里的反斜杠转义不对。', fix: '把 \\ 写成 \\\\，或改用单引号。' },
  MULTIPLE_DOCS: { message: '文件里有多个 YAML 文档（"---" 分隔）。', fix: '一个文件只写一个年度的报告，删掉多余的"---"。' },
  ALIAS_PROPS: { message: '别名不能带标签或锚点。', fix: '删掉别名前的 & 或 !。' },
  BAD_ALIAS: { message: '别名（*名字）引用了不存在的锚点。', fix: '检查 & 和 * 后面的名字。' },
  RESOURCE_EXHAUSTION: { message: '别名展开过多（可能是恶意构造的"别名炸弹"），拒绝读取。', fix: '不要用锚点和别名（& 和 *）层层引用。' },
  IMPOSSIBLE: { message: 'YAML 格式错误。', fix: '检查这一行的写法。' },
};

export const YAML_FALLBACK = { message: 'YAML 格式错误。', fix: '检查这一行的冒号、缩进和引号。' };
