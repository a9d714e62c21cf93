/**
 * 数据文件的 JSON Schema：数据格式的唯一来源。
 * 校验（Ajv）、TypeScript 类型（scripts/gen-schema.ts 生成）、编辑器补全（data/report.schema.json）
 * 和错误信息里的中文字段名都从这里来。每个键都有中文 title 和 description。
 */
import { catalogue, type FieldSpec } from './catalogue.js';
import { layoutOverrideSchema } from './layout-schema.js';

export const CHAPTER_KINDS = ['工作情况', '存在问题', '履职情况', '下步打算', '意见建议', '其他'] as const;

const MAX_DEPTH = 4;

type JsonSchema = Record<string, unknown>;

const figureMeta = {
  约: { type: 'boolean', title: '约数', description: '为 true 时写作"20余"这样的约数。' },
  口径: { type: 'string', title: '统计口径', description: '数字只统计了一部分时间或范围时写明，如"1—11月"；口径不同的两年不作比较。' },
  写法: {
    type: 'string',
    title: '写法',
    description: '数字在正文中的写法，如"万余"、"2.4万余"、"百余"；写"汉字"时用汉字写出值（3 → 三）；不写时由值（和约数）生成。',
  },
  单位: { type: 'string', title: '单位', description: '与目录规定不同的单位，如金额写"亿元"。' },
  备注: { type: 'string', title: '备注', description: '给自己看的说明，不进入文档。' },
};

function valueSchema(kind: '计数' | '比率' | '金额'): JsonSchema {
  if (kind === '计数') return { type: 'integer', minimum: 0 };
  if (kind === '比率') return { type: 'number', minimum: 0, maximum: 100 };
  return { type: 'number', minimum: 0 };
}

/** 空值：新年度的草稿（fzbg new）里还没填的数字。草稿里是警告，--final 时是错误。 */
const EMPTY = { type: 'null', title: '待填', description: '空着：新年度的草稿里还没有填的数字（上年的值在旁边的注释里）。' };

const kindDescription: Record<string, string> = {
  计数: '非负整数',
  比率: '百分数，0 到 100 之间的数，不写 % 号',
  金额: '非负数',
};

function figureDefinition(kind: '计数' | '比率' | '金额'): JsonSchema {
  return {
    title: `${kind}指标`,
    description: `写一个${kindDescription[kind]}，或写成 {值: …, 约: true, 口径: "1—11月"}。`,
    anyOf: [
      valueSchema(kind),
      EMPTY,
      {
        type: 'object',
        required: ['值'],
        additionalProperties: false,
        properties: {
          值: { title: '值', description: `${kindDescription[kind]}；空着表示待填`, anyOf: [valueSchema(kind), EMPTY] },
          ...figureMeta,
        },
      },
    ],
  };
}

function fieldSchema(spec: FieldSpec): JsonSchema {
  return {
    $ref: `#/definitions/${spec.类型}指标`,
    title: spec.标题,
    description: `${spec.类型}，单位：${spec.单位}${spec.说明 ? '。' + spec.说明 : ''}`,
  };
}

function figuresSchema(): JsonSchema {
  const groups: Record<string, JsonSchema> = {};
  for (const [name, group] of Object.entries(catalogue)) {
    const fields: Record<string, JsonSchema> = {};
    for (const [key, spec] of Object.entries(group.字段)) fields[key] = fieldSchema(spec);
    groups[name] = {
      type: 'object',
      title: group.标题,
      description: group.说明,
      additionalProperties: false,
      properties: fields,
    };
  }
  groups['自定义'] = {
    type: 'object',
    title: '自定义指标',
    description: '目录里还没有的数字：键是名称，值写 {值: 30, 单位: 场次}，也可以只写数字。',
    propertyNames: { not: { enum: ['__proto__', 'constructor', 'prototype'] } },
    additionalProperties: {
      title: '自定义指标',
      description: '数字，或 {值, 单位, 约, 口径, 写法, 备注}。',
      anyOf: [
        { type: 'number' },
        EMPTY,
        {
          type: 'object',
          required: ['值'],
          additionalProperties: false,
          properties: { 值: { title: '值', description: '数字；空着表示待填', anyOf: [{ type: 'number' }, EMPTY] }, ...figureMeta },
        },
      ],
    },
  };
  return {
    type: 'object',
    title: '指标',
    description: '本年度的数字，按领域分组。正文里用 {{指标.行政复议.受理}} 引用。',
    additionalProperties: false,
    properties: groups,
  };
}

const paragraphs = (title: string, description: string): JsonSchema => ({
  title,
  description: `${description} 可以写一段文字，也可以写成多段的列表。`,
  anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
});

/** 要点的一条：一段文字，或 {标题, 内容}。 */
const pointSchema: JsonSchema = {
  title: '要点的一条',
  description:
    '一段文字；或写成 {标题, 内容}：标题是这一条的第一句（如"深入学习宣传习近平法治思想。"），用接排标题的字体，比较两年、上年打算的清单都用它认这一条。',
  anyOf: [
    { type: 'string' },
    {
      type: 'object',
      required: ['标题'],
      additionalProperties: false,
      properties: {
        标题: { type: 'string', title: '标题', description: '这一条的标题（第一句），不写"一是"；末尾没有标点时加"。"。' },
        内容: { type: 'string', title: '内容', description: '标题之后的文字。' },
      },
    },
  ],
};

const enumerationSchema: JsonSchema = {
  title: '要点',
  description: '列举的几点，生成"一是……二是……"。可直接写成列表，或写 {前缀, 样式, 分隔, 条目}。',
  anyOf: [
    { type: 'array', items: { $ref: '#/definitions/要点条目' }, minItems: 1 },
    {
      type: 'object',
      required: ['条目'],
      additionalProperties: false,
      properties: {
        前缀: {
          type: 'string',
          enum: ['一是', '一要', '无'],
          title: '前缀',
          description: '"一是"生成一是、二是……；"一要"生成一要、二要……；"无"不加前缀。默认"一是"。',
        },
        样式: {
          type: 'string',
          enum: ['分段', '连写'],
          title: '样式',
          description: '"分段"每条单独成段；"连写"接在上一段后面写成一段。默认"分段"。',
        },
        分隔: {
          type: 'string',
          enum: ['；', '，', '。'],
          title: '分隔',
          description:
            '各条末尾的标点由程序写：前几条末尾写这个标点，最后一条写"。"；条目里不用写，删掉一条时也不用改标点。不写时照各条自己的标点。',
        },
        条目: { type: 'array', items: { $ref: '#/definitions/要点条目' }, minItems: 1, title: '条目', description: '每一条的文字。' },
      },
    },
  ],
};

/**
 * 事项：章下面最多三级（连同章共四级：一、（一）1.（1））。
 * 每一级单独定义而不是递归引用，这样第五级是 Schema 错误，编辑器也知道层级。
 */
function itemSchema(level: 2 | 3 | 4): JsonSchema {
  const properties: Record<string, JsonSchema> = {
    标题: { type: 'string', title: '标题', description: '不写编号，编号按层级自动生成。' },
    标题单列: {
      type: 'boolean',
      title: '标题单列',
      description: '为 true 时即使有内容，标题也单独成行。',
    },
    内容: paragraphs('内容', '这一项的正文。'),
    要点: { $ref: '#/definitions/要点', title: '要点', description: '列举的几点，生成"一是……二是……"。' },
  };
  if (level < MAX_DEPTH) {
    properties['事项'] = {
      type: 'array',
      title: '下级事项',
      description: '下一级事项。',
      items: { $ref: `#/definitions/${ITEM_DEFS[level + 1]}` },
    };
  }
  return {
    type: 'object',
    title: `${LEVEL_NAMES[level]}事项`,
    description: '一项工作。有"内容"时标题与内容写在同一段（"（一）标题。内容……"）；有下级事项时标题单独成行。',
    additionalProperties: false,
    properties,
  };
}

const LEVEL_NAMES: Record<number, string> = { 2: '二级', 3: '三级', 4: '四级' };
const ITEM_DEFS: Record<number, string> = { 2: '事项', 3: '三级事项', 4: '四级事项' };

const kindSchema: JsonSchema = {
  type: 'string',
  enum: [...CHAPTER_KINDS],
  title: '类别',
  description: '这一章对应规定要求的哪项内容：工作情况、存在问题、履职情况、下步打算、意见建议、其他。',
};

function chapterSchema(): JsonSchema {
  return {
    type: 'object',
    title: '章',
    description: '正文的一章。类别对应《法治政府建设与责任落实督察工作规定》要求报告的内容。',
    required: ['类别'],
    additionalProperties: false,
    properties: {
      类别: {
        title: '类别',
        description: '一个类别，或几个类别的列表（合并的章，如"存在问题及下步打算"）。',
        anyOf: [kindSchema, { type: 'array', items: kindSchema, minItems: 1 }],
      },
      标题: { type: 'string', title: '标题', description: '章标题，不写编号。不写标题时，这一章的内容作为不编号的段落。' },
      导语: paragraphs('导语', '章标题下、各事项前的段落。'),
      内容: paragraphs('内容', '章的正文（没有事项的章）。'),
      要点: { $ref: '#/definitions/要点', title: '要点', description: '列举的几点，生成"一是……二是……"。' },
      事项: { type: 'array', title: '事项', description: '本章的各项工作。', items: { $ref: '#/definitions/事项' } },
      结语: paragraphs('结语', '各事项之后的段落。'),
    },
  };
}

function buildReportSchema(): JsonSchema {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://fzbg.local/report.schema.json',
    title: '法治政府建设年度报告数据',
    description: '一个县（市、区）一个年度的法治政府建设情况报告。由 fzbg schema 生成，请勿手改。',
    type: 'object',
    required: ['地区', '年度', '发文机关', '成文日期', '正文'],
    additionalProperties: false,
    properties: {
      地区: { type: 'string', minLength: 1, title: '地区', description: '县（市、区）名称，如"南昌县"。也是输出文件夹的名称。' },
      年度: { type: 'integer', minimum: 1990, maximum: 2100, title: '年度', description: '报告的年度，如 2023。' },
      发文机关: { type: 'string', minLength: 1, title: '发文机关', description: '如"南昌县人民政府"。' },
      标题: {
        type: 'string',
        title: '标题',
        description: '报告标题。不写时按模板默认生成，如"南昌县人民政府关于2023年度法治政府建设情况的报告"。',
      },
      主送: {
        title: '主送机关',
        description: '如 [县委, 县人大常委会]，生成"县委、县人大常委会："。',
        anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' }, minItems: 1 }],
      },
      导语: paragraphs('导语', '标题（主送）之后、第一章之前的段落。'),
      正文: { type: 'array', minItems: 1, title: '正文', description: '各章，按顺序。', items: { $ref: '#/definitions/章' } },
      落款: {
        type: 'object',
        title: '落款',
        description: '文末的结束语和署名。',
        additionalProperties: false,
        properties: {
          结束语: { type: 'string', title: '结束语', description: '如"特此报告。"，写在正文之后、署名之前。' },
          署名: {
            title: '署名',
            description: '发文机关署名，默认同"发文机关"；写 false 不署名（只写日期）。',
            anyOf: [{ type: 'string' }, { type: 'boolean', const: false }],
          },
        },
      },
      成文日期: {
        type: 'string',
        pattern: '^\\d{4}-\\d{2}-\\d{2}$',
        title: '成文日期',
        description: '写成 2024-01-25，文档中生成"2024年1月25日"。',
      },
      附注: { type: 'string', title: '附注', description: '如"此件公开发布"，生成在日期下一行的"（此件公开发布）"。' },
      指标: figuresSchema(),
      上年打算: {
        type: 'array',
        title: '上年打算落实情况',
        description: 'fzbg new 从上一年度"下步打算"带过来的清单：每一条写明落实情况，或写出对应的工作情况事项。不进入文档。',
        items: {
          type: 'object',
          title: '一条打算',
          description: '上一年度报告里的一条打算和它今年的落实情况。',
          required: ['打算'],
          additionalProperties: false,
          properties: {
            打算: { type: 'string', title: '打算', description: '上一年度报告里写的这条打算。' },
            落实: {
              type: 'string',
              enum: ['已完成', '继续推进', '不再进行'],
              title: '落实情况',
              description: '已完成、继续推进、不再进行 三选一；或者不写这一项，改写"对应"。',
            },
            对应: { type: 'string', title: '对应事项', description: '今年"工作情况"里报告这条打算的事项标题。' },
            说明: { type: 'string', title: '说明', description: '给自己看的补充说明，不进入文档。' },
          },
        },
      },
      版式: layoutOverrideSchema(),
      忽略: {
        type: 'object',
        title: '忽略的警告',
        description:
          '本县确认保留、不必改的警告：键是警告的代码（如 content/missing-duties），值写原因。这些警告不再算数（check --strict 也能通过），在检查结果的最后一行列出。错误不能忽略。只对某一行的警告，在那一行末尾写注释 # fzbg: 忽略 text/stale 原因。',
        propertyNames: { not: { enum: ['__proto__', 'constructor', 'prototype'] } },
        additionalProperties: { type: 'string', title: '原因', description: '为什么保留这条警告。' },
      },
    },
    definitions: {
      要点条目: pointSchema,
      计数指标: figureDefinition('计数'),
      比率指标: figureDefinition('比率'),
      金额指标: figureDefinition('金额'),
      要点: enumerationSchema,
      事项: itemSchema(2),
      三级事项: itemSchema(3),
      四级事项: itemSchema(4),
      章: chapterSchema(),
    },
  };
}

export const reportSchema = buildReportSchema();
