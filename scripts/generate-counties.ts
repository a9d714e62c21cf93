/**
 * 规模测试的数据：由真实样例变出 N 个县的数据文件（默认 2,844 个，全国县级单位的数目），写到 data/ 以外的文件夹。
 * 确定性的：同样的 N 和种子得到同样的文件。变的是县名、数字（每县乘一个系数，比率不变，部分不超过整体）、
 * 事项（随机去掉一些）和篇幅。
 * 用法：node dist/scripts/generate-counties.js [--n 2844] [--out out/scale] [--seed 1]
 */
import { at } from '../src/core/at.js';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { PART_OF } from '../src/validate/rules/figure-rules.js';

const SOURCES = [
  'data/泸西县/2020.yaml',
  'data/瀍河回族区/2021.yaml',
  'data/南昌县/2023.yaml',
  'data/清镇市/2015.yaml',
  'data/示例县/2023.yaml',
];
const FIRST = '安平永宁长和兴东西南北新清明泰丰华阳山河江湖云海金石松柏桃李青白红黄德仁义礼信文武元吉庆福康乐'.split('');
const SECOND = '安平宁和兴城川原峰林溪泉源桥台坪坝岭湾洲岗镇乡州阳江山水口头关门堡'.split('');
const SUFFIX = ['县', '县', '县', '市', '区', '旗'];

/** mulberry32：小而确定的伪随机数。 */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Obj = Record<string, unknown>;

function scaleFigures(figures: Obj | undefined, factor: number): void {
  for (const fields of Object.values(figures ?? {}) as Obj[]) {
    for (const [k, v] of Object.entries(fields)) {
      const isRate = /率$/.test(k) || (typeof v === 'object' && v !== null && (v as Obj).单位 === '%');
      if (isRate) continue;
      if (typeof v === 'number') fields[k] = Number.isInteger(v) ? Math.round(v * factor) : Number((v * factor).toFixed(2));
      else if (v && typeof v === 'object' && typeof (v as Obj).值 === 'number') {
        const o = { ...(v as Obj) };
        const x = o.值 as number;
        o.值 = Number.isInteger(x) ? Math.round(x * factor) : Number((x * factor).toFixed(2));
        delete o.写法; // "1万余"之类的写法与新值不符了
        fields[k] = o;
      }
    }
  }
}

/** 各自舍入之后部分之和可能超过整体：把整体补到部分之和（规则见 figure-rules.ts）。 */
function keepPartsWithinWholes(figures: Obj | undefined): void {
  const split = (ref: string): [string, string] => {
    const [g = '', f = ''] = ref.split('.');
    return [g, f];
  };
  const get = (ref: string) => {
    const [g, f] = split(ref);
    const v = (figures?.[g] as Obj | undefined)?.[f];
    return typeof v === 'number'
      ? v
      : v && typeof v === 'object' && typeof (v as Obj).值 === 'number'
        ? ((v as Obj).值 as number)
        : undefined;
  };
  for (let round = 0; round < 3; round++) {
    for (const { whole, parts } of PART_OF) {
      const w = get(whole);
      const ps = parts.map(get).filter((p) => p !== undefined);
      if (w === undefined || ps.length !== parts.length) continue;
      const sum = ps.reduce((a, b) => a + b, 0);
      if (sum <= w) continue;
      const [g, f] = split(whole);
      const fields = figures?.[g] as Obj | undefined;
      if (!fields) continue;
      fields[f] = typeof fields[f] === 'number' ? sum : { ...(fields[f] as Obj), 值: sum };
    }
  }
}

/** 正文里原来的县名换成新县名：每个县的文字都不一样（像真实的情况），不能靠缓存。 */
function renameInTexts(node: Obj, from: string, to: string): void {
  for (const [k, v] of Object.entries(node)) {
    if (typeof v === 'string') node[k] = v.split(from).join(to);
    else if (Array.isArray(v))
      v.forEach((x: unknown, i) => {
        if (typeof x === 'string') v[i] = x.split(from).join(to);
        else if (x && typeof x === 'object') renameInTexts(x as Obj, from, to);
      });
    else if (v && typeof v === 'object') renameInTexts(v as Obj, from, to);
  }
}

function dropItems(node: unknown, rnd: () => number): void {
  if (Array.isArray(node)) node.forEach((n) => dropItems(n, rnd));
  else if (node && typeof node === 'object') {
    const o = node as Obj;
    if (Array.isArray(o.事项) && o.事项.length > 1) o.事项 = o.事项.filter((_, i) => i === 0 || rnd() > 0.2);
    for (const v of Object.values(o)) dropItems(v, rnd);
  }
}

const pick = <T>(list: readonly T[], rnd: () => number): T => at(list, Math.floor(rnd() * list.length));

export function generateCounties(n: number, outDir: string, seed = 1): string[] {
  const sources = SOURCES.map((f) => parse(readFileSync(f, 'utf8')) as Obj);
  const rnd = random(seed);
  const used = new Set<string>();
  const files: string[] = [];
  for (let i = 0; i < n; i++) {
    const data = structuredClone(at(sources, i % sources.length));
    let name = '';
    for (let tries = 0; tries < 20 && (!name || used.has(name)); tries++) {
      name = pick(FIRST, rnd) + pick(SECOND, rnd) + pick(SUFFIX, rnd);
    }
    if (used.has(name)) name = `${name}${i}`;
    used.add(name);
    renameInTexts(data, String(data.地区), name);
    data.地区 = name;
    data.发文机关 = `${name}人民政府`;
    if (typeof data.标题 === 'string') delete data.标题;
    scaleFigures(data.指标 as Obj, 0.5 + rnd());
    keepPartsWithinWholes(data.指标 as Obj);
    dropItems(data.正文, rnd);
    const dir = join(outDir, name);
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${String(data.年度)}.yaml`);
    writeFileSync(
      file,
      '# yaml-language-server: $schema=../../../data/report.schema.json\n# 规模测试用的生成数据（由真实样例变出），不是真实的报告。\n' +
        stringify(data, { lineWidth: 0 }),
    );
    files.push(file);
  }
  return files;
}

const isMain = process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\/dist\//, 'dist/'));
if (isMain || process.argv[1]?.endsWith('generate-counties.js')) {
  const arg = (name: string, fallback: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return (i >= 0 ? process.argv[i + 1] : undefined) ?? fallback;
  };
  const out = arg('out', 'out/scale');
  rmSync(out, { recursive: true, force: true });
  const started = performance.now();
  const files = generateCounties(Number(arg('n', '2844')), out, Number(arg('seed', '1')));
  console.log(`已生成 ${files.length} 个县的数据到 ${out}（${((performance.now() - started) / 1000).toFixed(1)} 秒）`);
}
