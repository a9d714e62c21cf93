/**
 * 诊断代码表：每个代码的严重程度和含义，是代码的唯一来源。
 * 诊断只能用这里的代码（类型 Code 保证）；README 的代码表由它生成（npm run gen），测试核对两者一致。
 * 代码只增不改：程序（check --json 的使用者）认的是它们。
 */

/** 'either'：看情况（如待填的数字，草稿里是警告，定稿时是错误），由产生它的地方决定。 */
type CodeSeverity = 'error' | 'warning' | 'either';

interface CodeInfo {
  readonly severity: CodeSeverity;
  /** 中文：什么情况下报这个代码。 */
  readonly meaning: string;
}

const code = (severity: CodeSeverity, meaning: string): CodeInfo => ({ severity, meaning });

/** yaml 库自己的错误代码（yaml/…）。办事员常犯的几种另有更具体的代码（见下）。 */
const YAML_LIBRARY = {
  'yaml/alias-props': code('error', '别名带了标签或锚点'),
  'yaml/bad-alias': code('either', '别名引用了不存在的锚点（yaml 库只是提醒时为警告）'),
  'yaml/bad-collection-type': code('either', '集合的类型标签不对（yaml 库只是提醒时为警告）'),
  'yaml/bad-directive': code('either', 'YAML 指令（% 开头）写法有误（yaml 库只是提醒时为警告）'),
  'yaml/bad-dq-escape': code('error', '双引号里的反斜杠转义不对'),
  'yaml/bad-indent': code('either', '缩进不对（yaml 库只是提醒时为警告）'),
  'yaml/bad-prop-order': code('error', '锚点和标签的顺序不对'),
  'yaml/bad-scalar-start': code('error', '值不能以这个字符开头（要加引号）'),
  'yaml/block-as-implicit-key': code('error', '这里不能写成键（多是冒号或缩进的问题）'),
  'yaml/block-in-flow': code('error', '花括号、方括号里不能写成块'),
  'yaml/duplicate-key': code('error', '同一层里写了两个相同的键'),
  'yaml/impossible': code('error', 'YAML 格式错误'),
  'yaml/key-over-1024-chars': code('error', '键太长'),
  'yaml/missing-char': code('error', '缺少字符（引号、括号没有关上）'),
  'yaml/multiline-implicit-key': code('error', '键跨了行（多是上一行漏了冒号或引号）'),
  'yaml/multiple-anchors': code('error', '一个值有两个锚点'),
  'yaml/multiple-docs': code('error', '文件里有多个 YAML 文档（"---" 分隔）'),
  'yaml/multiple-tags': code('error', '一个值有两个标签'),
  'yaml/non-string-key': code('error', '键不是文字'),
  'yaml/resource-exhaustion': code('error', '别名展开过多（"别名炸弹"），拒绝读取'),
  'yaml/tab-as-indent': code('error', '用了 Tab 键缩进'),
  'yaml/tag-resolve-failed': code('either', '不认识的标签（! 开头）（yaml 库只是提醒时为警告）'),
  'yaml/unexpected-token': code('error', '这里有不该出现的字符'),
} as const;

export const CODES = {
  'encoding/gbk': code('warning', '文件是 GBK（GB18030）编码，已照样读对'),
  'encoding/utf-16': code('warning', '文件是 UTF-16 编码（记事本的"Unicode"），已照样读对'),
  'encoding/unknown': code('error', '文件既不是 UTF-8 也不是 GBK 编码'),
  'file/not-found': code('error', '找不到文件或文件夹'),
  'file/too-large': code('error', '文件超过 2 MB，不读取'),
  'file/empty': code('error', '文件是空的（或只有注释）'),
  'file/write-failed': code('error', '输出文件写不进去（权限、磁盘、路径）'),
  'yaml/full-width-colon': code('error', '键后面用了中文全角冒号"："（已在内存里改正，其余问题照样报出）'),
  'yaml/colon-space': code('error', '键的冒号后面少了空格'),
  'yaml/full-width-comma': code('either', '花括号或方括号里用了中文逗号"，"'),
  'yaml/tab-indent': code('error', '行首用了 Tab 键缩进'),
  'yaml/unclosed-quote': code('error', '引号只有前一半'),
  'yaml/colon-in-text': code('error', '文字里的英文冒号加空格被当成了键'),
  'yaml/inner-quote': code('error', '英文双引号括起的文字里又有英文双引号，文字在那里就断了'),
  'yaml/unquoted-braces': code('error', '值以 {{ 开头却没有加引号（YAML 会把它读成花括号写法）'),
  ...YAML_LIBRARY,
  'schema/unknown-key': code('error', '不认识的键（给出最接近的键）'),
  'schema/required': code('error', '缺少必填的项'),
  'schema/type': code('error', '值的类型不对（应为数字、文字、列表……）'),
  'schema/figure': code('error', '数字里写了单位、"余"或"%"'),
  'schema/form': code('error', '写法不对（既不是数字，也不是 {值: …} 的写法）'),
  'schema/enum': code('error', '只能从几个值里选一个（给出最接近的）'),
  'schema/pattern': code('error', '写法不合要求（如日期应写成 2024-01-25）'),
  'schema/minimum': code('error', '数字小于下限'),
  'schema/maximum': code('error', '数字大于上限（如百分数超过 100）'),
  'schema/min-items': code('error', '列表的项数不够'),
  'schema/empty': code('error', '不能为空'),
  'schema/too-deep': code('error', '事项超过了四级'),
  'schema/reserved-name': code('error', '自定义指标用了保留的名字'),
  'schema/colon-in-text': code('error', '文字里的冒号让 YAML 把它读成了键值对'),
  'schema/other': code('error', '其他不合数据格式的写法'),
  'path/unsafe-region': code('error', '地区里有 ..、/、\\、盘符或控制字符（地区会成为输出文件夹名）'),
  'date/invalid': code('error', '成文日期不是日历上有的日子'),
  'date/before-year': code('error', '成文日期早于报告年度'),
  'date/within-year': code('warning', '成文日期还在报告年度之内'),
  'date/after-deadline': code('warning', '成文日期已过发布截止（模板"发布截止"，默认 04-01）'),
  'year/mismatch': code('error', '文件名的年份与"年度"不一致'),
  'region/mismatch': code('warning', '文件夹名与"地区"不一致'),
  'content/missing': code('error', '缺少规定要求的章：工作情况、存在问题、下步打算'),
  'content/missing-duties': code('warning', '缺少"履职情况"的章'),
  'figure/part-exceeds-whole': code('error', '部分大于整体（如受理多于收到申请）'),
  'figure/rate-mismatch': code('warning', '写出的比率与件数算出的不符（差 0.1 个百分点以上）'),
  'figure/unused': code('warning', '指标在正文里没有用到'),
  'figure/empty': code('either', '数字还没有填（草稿里是警告，--final 时是错误）'),
  'figure/spelling-mismatch': code('error', '"写法"读出来的数与"值"不符（约数只许差在"余"或"约"之内）'),
  'plan/unanswered': code('warning', '上年打算还没有说落实情况'),
  'plan/unknown-item': code('warning', '上年打算写的对应事项在工作情况里找不到'),
  'prior/invalid': code('warning', '上一年度的文件有错误，本次不与它比较'),
  'compare/unavailable': code('warning', '同比、增减比不了（口径不同、约数、没有上年的数字），什么也没写'),
  'ref/template': code('error', '正文里引用了不存在的数据或标准语句，或 {{ }} 写法有误'),
  'text/illegal-char': code('warning', '文字里有 Word 不允许的控制字符（生成时删掉）'),
  'text/full-width-braces': code('warning', '文字里有全角的大括号"｛｛"'),
  'text/single-braces': code('error', '引用只写了一层花括号，如 {指标.行政应诉.案件}，文档里会照原样印出'),
  'text/double-numbering': code('warning', '标题或要点自己带了编号（一、（一）1. 一是……），文档里编号会出现两遍'),
  'text/stale': code('warning', '段落与上一年度一字不差'),
  'ack/not-a-warning': code('error', '"忽略"里写了错误的代码：只有警告可以确认保留，错误必须改正'),
  'ack/unknown-code': code('error', '"忽略"里写的代码不存在'),
  'ack/no-reason': code('error', '"忽略"没有写原因'),
  'ack/unused': code('warning', '"忽略"的警告这次没有出现（可以删掉这条忽略）'),
  'template/not-found': code('error', '找不到模板'),
  'template/invalid': code('error', '模板文件有误（文件:行）'),
  'import/not-found': code('error', '导入：找不到报告文件'),
  'import/not-a-file': code('error', '导入：给的不是文件'),
  'import/unsupported-type': code('error', '导入：只认 .txt 和 .docx'),
  'import/docx-unreadable': code('error', '导入：Word 文件打不开'),
  'import/not-a-report': code('error', '导入：几乎没有汉字，不像一份报告'),
  'import/empty': code('error', '导入：文件是空的'),
  'import/exists': code('error', '导入：同名的数据文件已经存在（不覆盖）'),
  'import/damaged-date': code('warning', '导入：原文的日期丢了"年""月"'),
  'import/renumbered': code('warning', '导入：原文跳号或重号'),
  'import/no-title': code('warning', '导入：没有认出标题'),
  'import/no-date': code('warning', '导入：没有认出成文日期'),
  'import/no-region': code('warning', '导入：没有认出地区'),
  'import/no-year': code('warning', '导入：没有认出年度'),
  'import/no-chapters': code('warning', '导入：没有认出章'),
  'import/region-ambiguous': code('warning', '导入：地区名属于不止一个地方，原文没有说清是哪一个'),
  'import/enumeration-gap': code('warning', '导入：原文的"一是……三是"缺了一项（照原文的编号保留）'),
  'file/unreadable': code('error', '不是普通文件（设备、管道、文件夹）或读不了（权限）'),
  'file/not-text': code('error', '文件是 Word、Excel、PDF 或压缩包，不是数据文件（.yaml）'),
  'file/collision': code('error', '同一批里两个文件的地区和年度相同，输出会互相覆盖'),
  'ref/not-allowed': code('error', '正文的文字模板里用了不允许的写法（只许数据、同比/增减/上年、标准语句、#if）'),
  'budget/exceeded': code('error', '超出预算：太多、太深或太长（见 README 的"预算"）'),
  'budget/county': code('error', '批量生成时一个县超过了时间或内存的预算'),
  'collect/unreadable': code('error', '收表：表格打不开（不是 .xlsx、旧的 .xls、文件损坏）'),
  'collect/not-a-form': code('error', '收表：不是 fzbg forms 出的填报表（没有表头）'),
  'collect/unknown-form': code('error', '收表：认不出表是哪个县、哪一年的（登记和标题都没有了）'),
  'collect/no-data-file': code('error', '收表：找不到表对应的数据文件'),
  'collect/bad-value': code('error', '收表：填的数读不了或不合要求（没有写进数据文件）'),
  'collect/misplaced': code('warning', '收表："本年数值"空着，旁边的"约数"或"统计口径"一栏却是一个数（像是填错了列，没有收）'),
  'collect/unknown-row': code('warning', '收表：有数字的一行认不出是哪个指标（没有写进数据文件）'),
  'collect/conflict': code('either', '收表：与数据文件里已有的值不同（不加 --force 时不写；加了时覆盖，旧值留在注释里）'),
  'collect/disagree': code('error', '收表：两张表（或两行）给同一个指标填了不同的数（都不写）'),
  'collect/changed-meanwhile': code('error', '收表：收表的时候数据文件被改过了（没有写，重新运行）'),
  'internal/bug': code('error', 'fzbg 自己的故障（请报告）'),
} as const satisfies Record<string, CodeInfo>;

export type Code = keyof typeof CODES;

export function isCode(s: string): s is Code {
  return Object.hasOwn(CODES, s);
}
