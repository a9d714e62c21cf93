/**
 * 给编辑器的 Schema（data/report.schema.json，fzbg schema、init、new、import 写出）：由 report-schema.ts 这一个来源推出，
 * 加上只有编辑器认的东西——VS Code 的 YAML 扩展（yaml-language-server）用它补全、悬停说明、当场检查：
 *   markdownDescription（悬停和补全里的说明）、examples、default、enumDescriptions、defaultSnippets（一章、一项工作、一个数字），
 *   errorMessage（中文的错误信息；服务器自己的信息有一部分是英文，正则原样露出来）。
 * fzbg 自己校验用的仍是 report-schema.ts（Ajv 预编译），这里加的关键字 Ajv 不认也不管：校验一样严，tests/editor-schema.test.ts 核对。
 *
 * 两处做法是试出来的（yaml-language-server 1.x）：
 *   - anyOf 的几支都不合时，服务器把各支的"类型不对"并成一句英文（Incorrect type. Expected "integer | null | object"）。
 *     数字写成了文字（"233件"）时，若第一支是一个永远不合格的文字分支（pattern 永不匹配）并带中文 errorMessage，
 *     服务器选它作最接近的一支，报的就是这句中文；数字、空、{值: …} 照样由后面几支接受。
 *   - 对象上的 errorMessage 会替换这个对象的"缺少属性""属性不被允许"两种信息，所以只加在有必填项的对象上，写成一句兼顾两者的话；
 *     其他对象用服务器自带的中文（"属性 标提 不被允许。"，带着键名）。
 * 指标的每个字段展开成自己的 anyOf（不共用定义），信息里才能说出是哪个数字，与 fzbg check 的信息一致。
 */
import { catalogue, type FieldSpec, type FigureKind } from './catalogue.js';
import { CHAPTER_KINDS, reportSchema } from './report-schema.js';

type JsonSchema = Record<string, unknown>;

const KIND_DESCRIPTIONS: Record<string, string> = {
  工作情况: '本年度推进法治政府建设的主要举措和成效（规定要求的内容）。',
  存在问题: '存在的不足和原因（规定要求的内容）。',
  履职情况: '党政主要负责人履行推进法治建设第一责任人职责的情况。',
  下步打算: '下一年度推进法治政府建设的主要安排（规定要求的内容）。',
  意见建议: '对上级的意见和建议。',
  其他: '不属于以上各项的章。',
};

const ENUM_DESCRIPTIONS: Record<string, Record<string, string>> = {
  类别: KIND_DESCRIPTIONS,
  前缀: { 一是: '生成 一是、二是、三是……', 一要: '生成 一要、二要、三要……（多用于下步打算）', 无: '不加前缀' },
  样式: { 分段: '每条单独成一段', 连写: '接在上一段后面，写成一段' },
  落实: { 已完成: '这条打算今年已经完成', 继续推进: '还在做，明年接着推进', 不再进行: '情况变了，不再做' },
};

const EXAMPLES: Record<string, unknown[]> = {
  地区: ['南昌县'],
  年度: [2023],
  发文机关: ['南昌县人民政府'],
  成文日期: ['2024-01-25'],
  主送: [['县委', '县人大常委会']],
  附注: ['此件公开发布'],
  结束语: ['特此报告。'],
  口径: ['1—11月'],
  写法: ['万余', '汉字'],
};

const ERROR_MESSAGES: Record<string, string> = {
  年度: '"年度"应为四位数字的整数，如 2023，不加"年"。',
  成文日期: '"成文日期"写成 2024-01-25 这样：年-月-日，用半角数字和短横线。',
  地区: '"地区"写县（市、区）的名称，如 南昌县。',
  发文机关: '"发文机关"写机关全称，如 南昌县人民政府。',
};

const VALUE_RULE: Record<FigureKind, string> = {
  计数: '应为不小于 0 的整数，不写单位、"余"或"%"',
  比率: '应为 0 到 100 之间的数，不写"%"',
  金额: '应为不小于 0 的数，不写单位',
};

/** 一条数字的编辑器定义：先是永不合格的文字分支（带中文信息，见文件头），然后与 report-schema.ts 的三支相同。 */
function figureField(key: string, spec: FieldSpec, definition: JsonSchema): JsonSchema {
  const name = `"${key}"（${spec.标题}）`;
  const message = `${name}${VALUE_RULE[spec.类型]}。约数写 {值: 20, 约: true}，只统计了部分月份写 {值: 5, 口径: 1—11月}。`;
  const value = branch(definition, 0);
  const empty = branch(definition, 1);
  const object = branch(definition, 2);
  const objectProps = Object.keys(props(object));
  const description = `${spec.类型}，单位：${spec.单位}${spec.说明 ? '。' + spec.说明 : ''}`;
  return {
    title: spec.标题,
    description,
    markdownDescription: `**${spec.标题}**（${spec.类型}，单位：${spec.单位}）\n\n${spec.说明 ? spec.说明 + '\n\n' : ''}写一个数字；约数写 \`{值: 20, 约: true}\`；空着表示待填。`,
    anyOf: [
      { ...value, type: [value.type, 'string'], pattern: '^(?!)', errorMessage: message },
      empty,
      {
        ...object,
        errorMessage: `${name}写成 {值: …, 约: true, 口径: "1—11月"}；能写的键：${objectProps.join('、')}，"值"必须写。`,
      },
    ],
    defaultSnippets: [
      { label: '数字', description: `${spec.标题}（${spec.单位}）`, bodyText: '${1:0}' },
      { label: '约数（写作"20余"）', description: '{值: 20, 约: true}', body: { 值: 0, 约: true } },
      { label: '只统计了部分月份', description: '{值: 5, 口径: "1—11月"}', body: { 值: 0, 口径: '${1:1—11月}' } },
    ],
  };
}

const CHAPTER_SNIPPETS = [
  {
    label: '一章：工作情况（分几项工作）',
    description: '类别、标题和事项',
    body: { 类别: '工作情况', 标题: '${1:法治政府建设主要工作及成效}', 事项: [{ 标题: '${2:加强组织领导}', 内容: '${3:正文}' }] },
  },
  {
    label: '一章：存在问题（一是……二是……）',
    description: '类别、标题和要点',
    body: { 类别: '存在问题', 标题: '${1:存在的主要问题}', 要点: ['${2:第一条}'] },
  },
  {
    label: '一章：履职情况',
    description: '类别、标题和内容',
    body: { 类别: '履职情况', 标题: '${1:主要负责人履行推进法治建设第一责任人职责情况}', 内容: '${2:正文}' },
  },
  {
    label: '一章：下步打算（一要……二要……）',
    description: '类别、标题和要点',
    body: { 类别: '下步打算', 标题: '${1:下一年度工作打算}', 要点: { 前缀: '一要', 条目: ['${2:第一条}'] } },
  },
];

const ITEM_SNIPPETS = [
  { label: '一项工作（标题和内容）', description: '生成"（一）标题。内容……"一段', body: { 标题: '${1:标题}', 内容: '${2:正文}' } },
  {
    label: '一项工作（下面还分几项）',
    description: '标题单独成行，下面是下级事项',
    body: { 标题: '${1:标题}', 事项: [{ 标题: '${2:标题}', 内容: '${3:正文}' }] },
  },
];

/** 逐个节点加上编辑器用的说明；key 是这个节点在上一层 properties 里的键名。 */
function enrich(node: unknown, key?: string): unknown {
  if (Array.isArray(node)) return node.map((n) => enrich(n));
  if (!node || typeof node !== 'object') return node;
  const src = node as JsonSchema;
  const out: JsonSchema = {};
  for (const [k, v] of Object.entries(src)) {
    if (k === 'properties' || k === 'definitions') {
      out[k] = Object.fromEntries(Object.entries(v as JsonSchema).map(([name, child]) => [name, enrich(child, name)]));
    } else out[k] = enrich(v);
  }
  const title = typeof src.title === 'string' ? src.title : undefined;
  const description = typeof src.description === 'string' ? src.description : undefined;
  if (title && description) out.markdownDescription = `**${title}**\n\n${description}`;
  if (key && EXAMPLES[key] && !src.$ref) out.examples = EXAMPLES[key];
  if (key && ERROR_MESSAGES[key]) out.errorMessage = ERROR_MESSAGES[key];
  if (Array.isArray(src.enum)) {
    const values = src.enum as string[];
    const names = key && ENUM_DESCRIPTIONS[key];
    if (names) {
      out.enumDescriptions = values.map((v) => names[v] ?? '');
      out.markdownEnumDescriptions = values.map((v) => `**${v}**：${names[v] ?? ''}`);
    }
    out.errorMessage = `${key ? `"${key}"` : ''}应为 ${values.join('、')} 之一。`;
  }
  if (src.type === 'object' && Array.isArray(src.required) && src.required.length && src.properties) {
    const keys = Object.keys(src.properties);
    out.errorMessage = `"${title ?? key}"必须写 ${src.required.join('、')}；能写的键：${keys.join('、')}。`;
  }
  return out;
}

export function buildEditorSchema(): JsonSchema {
  const schema = enrich(structuredClone(reportSchema)) as JsonSchema & {
    properties: Record<string, JsonSchema & { properties?: Record<string, JsonSchema> }>;
    definitions: Record<string, JsonSchema>;
  };
  schema.description = `${String(schema.description)} 这是给编辑器的版本：说明、例子、片段和中文的错误信息。`;
  // 指标：每个字段展开成自己的定义，信息里说出是哪个数字。
  const figures = props(child(schema.properties, '指标'));
  for (const [group, spec] of Object.entries(catalogue)) {
    const fields = props(child(figures, group));
    for (const [key, field] of Object.entries(spec.字段))
      fields[key] = figureField(key, field, child(schema.definitions, `${field.类型}指标`));
  }
  const custom = child(figures, '自定义').additionalProperties as JsonSchema;
  const [number, empty, object] = custom.anyOf as JsonSchema[];
  const customMessage = '自定义指标写一个数字，或写 {值: 30, 单位: 场次}（可加 约、口径、写法、备注）。';
  custom.anyOf = [
    { ...number, type: ['number', 'string'], pattern: '^(?!)', errorMessage: customMessage },
    empty,
    { ...object, errorMessage: customMessage },
  ];
  custom.defaultSnippets = [{ label: '数字和单位', body: { 值: 0, 单位: '${1:场次}' } }];
  // 片段：一章、一项工作；正文的例子从第一章开始。
  const chapter = child(schema.definitions, '章');
  const points = child(schema.definitions, '要点');
  chapter.defaultSnippets = CHAPTER_SNIPPETS;
  for (const item of ['事项', '三级事项', '四级事项']) child(schema.definitions, item).defaultSnippets = ITEM_SNIPPETS;
  points.defaultSnippets = [
    { label: '列表（一是……二是……）', body: ['${1:第一条}', '${2:第二条}'] },
    { label: '一要……二要……，写成一段', body: { 前缀: '一要', 样式: '连写', 条目: ['${1:第一条}'] } },
  ];
  const options = props(branch(points, 1));
  child(options, '前缀').default = '一是';
  child(options, '样式').default = '分段';
  const kindField = child(props(chapter), '类别');
  const kinds = branch(kindField, 0);
  const kindList = branch(kindField, 1).items as JsonSchema;
  for (const k of [kinds, kindList]) {
    k.enumDescriptions = CHAPTER_KINDS.map((c) => KIND_DESCRIPTIONS[c]);
    k.markdownEnumDescriptions = CHAPTER_KINDS.map((c) => `**${c}**：${KIND_DESCRIPTIONS[c]}`);
    k.errorMessage = `"类别"应为 ${CHAPTER_KINDS.join('、')} 之一；合并的章写成列表，如 [存在问题, 下步打算]。`;
  }
  return schema;
}

/** 改写派生的 Schema 时按名字取下一层；取不到是这个文件写错了（报告的 Schema 变了形状），不是用户的问题。 */
function child(parent: Record<string, JsonSchema> | undefined, key: string): JsonSchema {
  const found = parent?.[key];
  if (!found) throw new Error(`编辑器用的 Schema：找不到"${key}"（report-schema.ts 的形状变了？）`);
  return found;
}

function props(schema: JsonSchema): Record<string, JsonSchema> {
  return (schema.properties ?? {}) as Record<string, JsonSchema>;
}

function branch(schema: JsonSchema, index: number): JsonSchema {
  const found = (schema.anyOf as JsonSchema[] | undefined)?.[index];
  if (!found) throw new Error(`编辑器用的 Schema：anyOf 没有第 ${index + 1} 项`);
  return found;
}
