/**
 * 家族"无界的工作"与"YAML 的恶意结构"：小输入不许引出大工作。每个阶段有与真实报告相称的预算，
 * 超出时给中文说明（退出码 1），决不跑上几十秒、吃掉几 GB 内存。
 */
import type { Case } from './harness.js';
import { priorReport, q, report } from './report.js';

const B = 20_000;

function nestedIf(n: number): string {
  return '{{#if 指标.行政复议.受理}}'.repeat(n) + '深' + '{{/if}}'.repeat(n);
}

function customFigures(n: number): string {
  let s = '  自定义:\n';
  for (let i = 0; i < n; i++) s += `    指标${i}: {值: ${i}, 单位: 件}\n`;
  return s;
}

function flowNest(n: number): string {
  return '['.repeat(n) + ']'.repeat(n);
}

function blockNest(n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += ' '.repeat(i) + `k${i}:\n`;
  return s + ' '.repeat(n) + 'v\n';
}

export function budgetCases(): Case[] {
  const cases: Case[] = [];
  const add = (name: string, files: Record<string, string | Uint8Array>, argv: string[], exit: number[] = [1], budgetMs = B) =>
    cases.push({ family: 'budgets', name, files, argv, exit, budgetMs, outputs: ['out/'], heapMb: 1024 });

  const build = ['build', 'data/测试县/2023.yaml'];
  const check = ['check', 'data/测试县/2023.yaml'];
  const runaway: [string, string][] = [
    ['一个助手的参数是五千万', report({ 导语: '{{井号 50000000}}' })],
    ['一万层 #if', report({ 导语: nestedIf(10_000) })],
    ['一千层 #if', report({ 导语: nestedIf(1_000) })],
    ['一段文字调用标准语句一万次', report({ 内容: '{{> 行政复议}}'.repeat(10_000) })],
    [
      '三百个自定义指标上的三重 #each',
      report({
        指标: customFigures(300),
        导语: '{{#each 指标.自定义}}{{#each ../指标.自定义}}{{#each ../../指标.自定义}}长长{{/each}}{{/each}}{{/each}}',
      }),
    ],
    ['五万个自定义指标', report({ 指标: customFigures(50_000) })],
    ['十万层方括号', report({ tail: `附注: ${flowNest(100_000)}\n` })],
    ['一万层方括号', report({ tail: `附注: ${flowNest(10_000)}\n` })],
    ['五千层缩进', report({ tail: `其他:\n${blockNest(5_000).replace(/^/gm, '  ')}` })],
    ['一段 1.9 MB 的文字', report({ 内容: '字'.repeat(600_000) })],
    ['十万个要点', report().replace('要点: [持续深化法治政府建设。]', `要点: [${Array.from({ length: 100_000 }, () => '好').join(', ')}]`)],
    [
      '三万章',
      report({
        tail: Array.from({ length: 30_000 }, () => '  - {类别: 其他, 内容: 好}')
          .join('\n')
          .replace(/^/, '正文2: x\n'),
      }),
    ],
    ['二十万个 {{年度}}', report({ 内容: '{{年度}}'.repeat(200_000) })],
    ['两万个 {{同比}}', report({ 内容: '{{同比 指标.行政复议.受理}}'.repeat(20_000) })],
    ['标题十万字', report({ 章标题: '题'.repeat(100_000) })],
    ['每页行数十亿', report({ tail: '版式: {每页行数: 1000000000, 每行字数: 1000000000}\n' })],
    ['编号写法很长', report({ tail: `版式: {编号: {一级: ${q('{汉字}'.repeat(50_000))}}}\n` })],
  ];
  for (const [name, text] of runaway) {
    add(`build ${name}`, { 'data/测试县/2023.yaml': text, 'data/测试县/2022.yaml': priorReport() }, build, [0, 1]);
    add(`check ${name}`, { 'data/测试县/2023.yaml': text, 'data/测试县/2022.yaml': priorReport() }, check, [0, 1]);
  }
  // 上面有的要求拒绝：这几个一定是错误
  for (const c of cases) if (/五千万|一万层 #if|一万次|三重 #each|五万个|十万层|十万个要点|十亿|很长/.test(c.name)) c.exit = [1];

  // 比较：很长的段落、打乱的很多事项
  const longPara = (seed: number) => Array.from({ length: 200_000 }, (_, i) => '法治政府建设'[(i * seed) % 6]).join('');
  add(
    'diff 两段二十万字的文字',
    {
      'data/测试县/2022.yaml': priorReport({ 内容: longPara(1) }),
      'data/测试县/2023.yaml': report({ 内容: longPara(5) }),
    },
    ['diff', 'data/测试县'],
    [0, 1],
  );
  const items = (order: number[]) =>
    '事项:\n' + order.map((i) => `      - {标题: 第${i}项工作, 内容: 第${i}项工作的内容写在这里。}`).join('\n');
  const n = 3_000;
  const shuffled = Array.from({ length: n }, (_, i) => (i * 7919) % n);
  add(
    'diff 三千个打乱的事项',
    {
      'data/测试县/2022.yaml': priorReport().replace(/事项:\n[\s\S]*?(?=\n {2}- 类别: 履职)/, items([...Array(n).keys()])),
      'data/测试县/2023.yaml': report().replace(/事项:\n[\s\S]*?(?=\n {2}- 类别: 履职)/, items(shuffled)),
    },
    ['diff', 'data/测试县', '--format', 'json'],
    [0, 1],
  );
  // 导入：六万句数字、一行几 MB
  const sentences = Array.from({ length: 60_000 }, (_, i) => `全年共收到行政复议申请${i}件，受理${i}件。`).join('\n');
  add('import 六万句数字', { 'r.txt': '测试县人民政府2023年度法治政府建设情况报告\n' + sentences }, ['import', 'r.txt'], [1]);
  add(
    'import 一行 1.9 MB',
    { 'r.txt': '测试县人民政府2023年度法治政府建设情况报告\n' + '好'.repeat(600_000) },
    ['import', 'r.txt'],
    [0, 1],
  );
  for (const c of cases) if (c.name.startsWith('import')) c.outputs = ['data/'];
  return cases;
}

/** YAML 的恶意和错误结构：都是中文的错误，按时结束。 */
export function yamlCases(scale = 1): Case[] {
  const base = report();
  const variants: [string, string | Uint8Array, number[]][] = [
    [
      '别名炸弹',
      'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n' +
        base,
      [1],
    ],
    ['合并键炸弹', base + 'x1: &x1 {a: 1, b: 2}\nx2: &x2 {<<: [*x1, *x1, *x1]}\nx3: {<<: [*x2, *x2, *x2]}\n', [1]],
    ['__proto__ 键', base.replace('指标:\n', '指标:\n  __proto__: {受理: 1}\n'), [1]],
    ['constructor 键', base.replace('指标:\n', '指标:\n  constructor: {受理: 1}\n'), [1]],
    ['!!js/function', base + 'x: !!js/function "function(){}"\n', [1]],
    ['未知标签', base.replace('年度: 2023', '年度: !foo 2023'), [1]],
    ['花括号里重复的键', base.replace('{收到申请: 58, 受理: 51}', '{收到申请: 58, 受理: 51, 受理: 52}'), [1]],
    ['NUL 字节', base.replace('本县', '本\u0000县'), [0, 1]],
    [
      '坏的 UTF-8 字节',
      Buffer.concat([Buffer.from(base.slice(0, 200)), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(base.slice(200))]),
      [1],
    ],
    ['孤立的代理项转义', base.replace('本县扎实', '本县\\ud800扎实'), [0, 1]],
    ['看起来一样的键（零宽空格）', base.replace('行政复议: {', '行政复议\u200b: {'), [1]],
    ['看起来一样的键（BOM）', base.replace('法律援助: {', '\ufeff法律援助: {'), [1]],
    ['键五千字', base + `${'键'.repeat(5000)}: 1\n`, [1]],
    ['一万个锚点', base + Array.from({ length: 10_000 }, (_, i) => `k${i}: &a${i} v`).join('\n') + '\n', [1]],
    ['年度 99999', base.replace('年度: 2023', '年度: 99999'), [1]],
    ['年度 -1', base.replace('年度: 2023', '年度: -1'), [1]],
    ['年度 1e400', base.replace('年度: 2023', '年度: 1e400'), [1]],
    ['日期 9999-99-99', base.replace(/成文日期: .*/, '成文日期: 9999-99-99'), [1]],
    ['数字 1e400', base.replace('受理: 51', '受理: 1e400'), [1]],
    ['数字 NaN', base.replace('受理: 51', '受理: .nan'), [1]],
    ['数字很长', base.replace('受理: 51', `受理: ${'9'.repeat(5000)}`), [1]],
    ['多个文档', base + '---\n' + base, [1]],
    ['只有 BOM', '\ufeff', [1]],
    ['空文件', '', [1]],
    ['只有注释', '# 注释\n', [1]],
    ['顶层是列表', '- a\n- b\n', [1]],
    ['顶层是文字', '你好\n', [1]],
    ['UTF-16 奇数字节', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(base, 'utf16le'), Buffer.from([0x41])]), [0, 1]],
    ['GBK 里夹着坏字节', Buffer.concat([Buffer.from([0xb2, 0xe2, 0xca, 0xd4]), Buffer.from([0x81, 0x20]), Buffer.from('\n' + base)]), [1]],
    ['一行 1.9 MB 的注释', '#' + 'x'.repeat(1_900_000) + '\n' + base, [0, 1]],
    ['2.1 MB', base + '#' + 'x'.repeat(2_200_000) + '\n', [1]],
    ['一百万个空行', base + '\n'.repeat(1_000_000), [0, 1]],
    ['深层花括号', base + 'x: ' + '{a: '.repeat(5000) + '1' + '}'.repeat(5000) + '\n', [1]],
  ];
  const cases: Case[] = [];
  for (const [i, [name, text, exit]] of variants.entries()) {
    for (const cmd of scale > 1 || i % 3 === 0 ? ['check', 'build'] : ['check']) {
      cases.push({
        family: 'yaml-hostile',
        name: `${cmd} ${name}`,
        files: { 'data/测试县/2023.yaml': text },
        argv: [cmd, 'data/测试县/2023.yaml'],
        exit,
        budgetMs: 15_000,
      });
    }
  }
  return cases;
}
