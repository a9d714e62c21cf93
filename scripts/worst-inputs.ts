/**
 * 预算以内最坏的输入（npm run bench 量它们的时间和峰值内存，README 的"预算"一节引用这些数字），
 * 和一批混着几个失控的县的批量。都写到 dir 下，返回要运行的命令。
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const head = (region: string, year: number) => `地区: ${region}
年度: ${year}
发文机关: ${region}人民政府
成文日期: ${year + 1}-01-20
指标:
  行政复议: {收到申请: 58, 受理: 51}
  法律援助: {案件: 312}
导语: "{{年度}}年，本县扎实推进法治政府建设。"
`;
const tail = `  - 类别: 履职情况
    标题: 主要负责人履行职责情况
    要点: [认真履行第一责任人职责。]
  - 类别: 存在问题
    标题: 存在的主要问题
    要点: [少数单位领导履职尽责还不够到位。]
  - 类别: 下步打算
    标题: "{{下一年度}}年工作打算"
    要点: [持续深化法治政府建设。]
`;

function report(region: string, year: number, items: number, text: (i: number) => string): string {
  const list = Array.from({ length: items }, (_, i) => `      - {标题: 第${i}项工作, 内容: "${text(i)}"}`).join('\n');
  return `${head(region, year)}正文:\n  - 类别: 工作情况\n    标题: 主要工作\n    事项:\n${list}\n${tail}`;
}

export interface WorstInput {
  label: string;
  args: string[];
}

/** 预算以内最坏的几种输入。 */
export function worstInputs(dir: string): WorstInput[] {
  const d = (p: string) => join(dir, p);
  mkdirSync(d('data/最多事项县'), { recursive: true });
  mkdirSync(d('data/最长段落县'), { recursive: true });
  mkdirSync(d('data/最多标准语句县'), { recursive: true });
  mkdirSync(d('data/比较县'), { recursive: true });
  // 4,900 个事项、每个一段约 110 字、两处引用：约 2 MB，文件大小和列表项数都在上限以内
  writeFileSync(
    d('data/最多事项县/2023.yaml'),
    report('最多事项县', 2023, 4900, () => `${'法治政府建设'.repeat(18)}{{年度}}{{指标.行政复议.受理}}`),
  );
  // 一段约 60 万字（1.9 MB）
  writeFileSync(
    d('data/最长段落县/2023.yaml'),
    report('最长段落县', 2023, 1, () => '字'.repeat(600_000)),
  );
  // 一段里 1,000 个标准语句（每段 {{…}} 的上限）
  writeFileSync(
    d('data/最多标准语句县/2023.yaml'),
    report('最多标准语句县', 2023, 20, () => '{{> 行政复议}}'.repeat(1000)),
  );
  // 比较：两年各约 240 个事项（约 490 块，比较的上限是 500 块），次序打乱、文字全改
  const n = 240;
  writeFileSync(
    d('data/比较县/2023.yaml'),
    report('比较县', 2023, n, () => `${'法治政府建设'.repeat(18)}{{年度}}`).replace(
      /第(\d+)项工作/g,
      (_, i: string) => `第${(Number(i) * 7919) % n}项工作`,
    ),
  );
  writeFileSync(
    d('data/比较县/2024.yaml'),
    report('比较县', 2024, n, () => `${'依法行政'.repeat(25)}{{年度}}`),
  );
  return [
    { label: 'build 4,900 个事项（2 MB）', args: ['build', d('data/最多事项县/2023.yaml'), '--out', d('out')] },
    { label: 'build 一段 60 万字', args: ['build', d('data/最长段落县/2023.yaml'), '--out', d('out')] },
    { label: 'build 20 段各 1,000 个标准语句', args: ['build', d('data/最多标准语句县/2023.yaml'), '--out', d('out')] },
    { label: 'check 4,900 个事项（2 MB）', args: ['check', d('data/最多事项县/2023.yaml')] },
    { label: 'diff 两年各 240 个事项、次序打乱', args: ['diff', d('data/比较县'), '--format', 'json', '--out', d('out/diff.json')] },
  ];
}

/** n 个县，其中 runaway 个失控（一个助手调用五千万次、一万层 #if、过深的括号、过多的锚点……），每隔几个放一个。 */
export function batchWithRunaways(dir: string, n: number, runaway: number): { healthy: number; bad: string[] } {
  const attacks = [
    '{{井号 50000000}}',
    '{{#if 指标.行政复议.受理}}'.repeat(10_000) + '深' + '{{/if}}'.repeat(10_000),
    '{{#each 指标}}{{#each this}}{{#each ../this}}长{{/each}}{{/each}}{{/each}}',
    '{{> 行政复议}}'.repeat(10_000),
  ];
  const bad: string[] = [];
  const every = Math.floor(n / runaway);
  for (let i = 0; i < n; i++) {
    const region = `批量${i}县`;
    mkdirSync(join(dir, region), { recursive: true });
    const isBad = i % every === every - 1 && bad.length < runaway;
    const text = isBad ? (attacks[bad.length % attacks.length] ?? '') : '全年共收到行政复议申请{{指标.行政复议.收到申请}}件。';
    if (isBad) bad.push(region);
    writeFileSync(
      join(dir, region, '2023.yaml'),
      report(region, 2023, 3, () => text.replaceAll('"', '\\"')),
    );
  }
  return { healthy: n - bad.length, bad };
}
