/**
 * 版式设置的 Schema：模板文件夹里的 版式.yaml 必须写全；数据文件里的"版式"只写要改的几项。
 * 默认值是 GB/T 9704—2012 的数字（见 DOMAIN.md §2）。
 */
import { LIMITS } from '../core/limits.js';

type JsonSchema = Record<string, unknown>;

const num = (title: string, description: string, min = 0, max = 1000): JsonSchema => ({
  type: 'number',
  minimum: min,
  maximum: max,
  title,
  description,
});
/**
 * 字体名、编号写法：短，不许有控制字符（换行会在文档里伪造出结构）、Word 不认的非字符（U+FFFE、U+FFFF）、
 * 看不见的或改变书写方向的字符。
 */
const str = (title: string, description: string): JsonSchema => ({
  type: 'string',
  minLength: 1,
  maxLength: LIMITS.layoutText,
  pattern: '^[^\\u0000-\\u001f\\u007f-\\u009f\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u2069\\ufeff\\ufffe\\uffff]*$',
  title,
  description,
});
const bool = (title: string, description: string): JsonSchema => ({ type: 'boolean', title, description });

/** 模板的 版式.yaml 里也可以不写的项。 */
const OPTIONAL = new Set(['作者']);

const LEVELS = ['标题', '一级标题', '二级标题', '三级标题', '四级标题', '正文', '页码'] as const;

function object(title: string, description: string, properties: Record<string, JsonSchema>, full: boolean): JsonSchema {
  const out: JsonSchema = { type: 'object', title, description, additionalProperties: false, properties };
  if (full) out.required = Object.keys(properties).filter((k) => !OPTIONAL.has(k));
  return out;
}

function layoutProperties(full: boolean): Record<string, JsonSchema> {
  const fonts: Record<string, JsonSchema> = {};
  for (const k of LEVELS) fonts[k] = str(`${k}字体`, `${k}使用的字体名称，须与阅读者电脑上安装的字体名称一致。`);
  return {
    纸张: object('纸张', '纸张大小，毫米。', { 宽: num('宽', '毫米', 50, 1000), 高: num('高', '毫米', 50, 1000) }, full),
    页边距: object(
      '页边距',
      '毫米。国标：上（天头）37，下 35，左（订口）28，右 26。',
      {
        上: num('上', '天头，毫米', 0, 200),
        下: num('下', '毫米', 0, 200),
        左: num('左', '订口，毫米', 0, 200),
        右: num('右', '毫米', 0, 200),
      },
      full,
    ),
    每页行数: num('每页行数', '国标 22 行。', 10, 60),
    每行字数: num('每行字数', '国标 28 字。', 10, 60),
    字体: object('字体', '各级文字的字体名称。', fonts, full),
    字号: object(
      '字号',
      '磅。二号 22，三号 16，四号 14。',
      {
        标题: num('标题字号', '二号为 22 磅', 8, 72),
        正文: num('正文字号', '三号为 16 磅', 8, 72),
        页码: num('页码字号', '四号为 14 磅', 8, 72),
      },
      full,
    ),
    加粗: object(
      '加粗',
      '国标未规定是否加粗，各地习惯不同。',
      {
        一级标题: bool('一级标题加粗', '为 true 时一级标题（含接排标题）加粗。'),
        二级标题: bool('二级标题加粗', '为 true 时二级标题（含接排标题）加粗。'),
        三级标题: bool('三级标题加粗', '为 true 时三级标题（含接排标题）加粗。'),
        四级标题: bool('四级标题加粗', '为 true 时四级标题（含接排标题）加粗。'),
      },
      full,
    ),
    编号: object(
      '编号',
      '各级编号的写法：{汉字} 换成一、二、三……，{数字} 换成 1、2、3……。',
      {
        一级: str('一级编号', '如"{汉字}、"'),
        二级: str('二级编号', '如"（{汉字}）"'),
        三级: str('三级编号', '如"{数字}."或"{数字}、"'),
        四级: str('四级编号', '如"（{数字}）"'),
      },
      full,
    ),
    三级编号连续: bool('三级编号连续', '为 true 时三级编号跨（一）（二）各组连续编（1.—19.），否则每组从 1 重新编。'),
    首行缩进: num('首行缩进', '字数，国标 2 字。', 0, 10),
    作者: str('作者', '文档属性里的"作者"和"最后修改者"（Word 的"文件 → 信息"里显示）；不写时用数据文件里的发文机关。'),
    发布截止: {
      type: 'string',
      pattern: '^(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$',
      title: '发布截止',
      description:
        '报告应在下一年度的这一天之前公开发布，写成"04-01"（《法治政府建设与责任落实督察工作规定》要求 4 月 1 日前）。成文日期晚于它时 check 提醒。',
    },
  };
}

/** 模板的 版式.yaml：每一项都要写。 */
export function layoutSchema(): JsonSchema {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    ...object('版式', '模板的版式设置。', layoutProperties(true), true),
  };
}

/** 数据文件里的"版式"：只写与模板不同的几项。 */
export function layoutOverrideSchema(): JsonSchema {
  return object('版式', '本县与模板不同的版式设置，只写要改的几项，如 {三级编号连续: true}。', layoutProperties(false), false);
}
