/**
 * 开发时用：生成导入用的县级行政区划表 src/import/gazetteer.generated.ts（提交到仓库，运行时不联网、不带整个包）。
 * 来源是 npm 上维护着的 @vant/area-data（省、地、县三级的名称和 GB/T 2260 代码），版本和校验值固定在下面：
 * 用 npm pack 取这个版本的包到临时文件夹，核对 integrity，读出县级单位，按地级市分组写成紧凑的文字。
 * 去掉的：台湾、香港、澳门（没有这种报告），开发区、高新区、工业园区这类功能区（不是行政区划），
 * 以及名字不以县、区、市、旗结尾的（东莞、中山等不设区的市下面列的是镇和街道）。
 * 用法：npm run build && node dist/scripts/generate-gazetteer.js
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const PACKAGE = '@vant/area-data';
const VERSION = '2.1.0';
const INTEGRITY = 'sha512-wx9PrUX7wSUJiFcz8UrcvZfTjV6sTc+7SHcbjGQQzEcv5y+EwOo5uV4ZKdfrR5Hzcw4MA08LQdvXPSEb4nWbug==';
const OUT = 'src/import/gazetteer.generated.ts';

interface AreaList {
  province_list: Record<string, string>;
  city_list: Record<string, string>;
  county_list: Record<string, string>;
}

const OUTSIDE = /^(?:71|81|82)/;
const COUNTY_NAME = /(?:县|区|市|旗|特区|林区)$/;
const FUNCTIONAL_ZONE = /(?:开发区|高新区|工业园区|产业园区|化工园区|其它区)$/;
/** 省直辖的县级市（仙桃、济源……）挂在"省直辖县"名下，重庆的县挂在"县"名下：都没有地级市。 */
const NO_CITY = /直辖|^县$/;

const dir = mkdtempSync(join(tmpdir(), 'fzbg-gazetteer-'));
try {
  const packed = JSON.parse(
    execFileSync('npm', ['pack', `${PACKAGE}@${VERSION}`, '--json', '--pack-destination', dir], { encoding: 'utf8' }),
  ) as { filename: string }[];
  const tarball = join(dir, packed[0]!.filename);
  const integrity = 'sha512-' + createHash('sha512').update(readFileSync(tarball)).digest('base64');
  if (integrity !== INTEGRITY) throw new Error(`${PACKAGE}@${VERSION} 的校验值不对：${integrity}`);
  execFileSync('tar', ['xzf', tarball, '-C', dir]);
  const { areaList } = (await import(pathToFileURL(join(dir, 'package/dist/index.js')).href)) as { areaList: AreaList };

  const provinces = Object.entries(areaList.province_list).filter(([code]) => !OUTSIDE.test(code));
  const provinceIndex = new Map(provinces.map(([code], i) => [code.slice(0, 2), i]));
  const groups = new Map<string, { province: number; city: string; counties: string[] }>();
  let kept = 0;
  for (const [code, name] of Object.entries(areaList.county_list)) {
    if (OUTSIDE.test(code) || !COUNTY_NAME.test(name) || FUNCTIONAL_ZONE.test(name)) continue;
    const cityCode = code.slice(0, 4) + '00';
    const cityName = areaList.city_list[cityCode] ?? '';
    const province = provinceIndex.get(code.slice(0, 2));
    if (province === undefined) throw new Error(`${code} ${name} 找不到省`);
    const group = groups.get(cityCode) ?? { province, city: NO_CITY.test(cityName) ? '' : cityName, counties: [] };
    group.counties.push(name);
    groups.set(cityCode, group);
    kept++;
  }
  const lines = [...groups.values()].map((g) => `${g.province}|${g.city}|${g.counties.join(' ')}`);
  const text = `/**
 * 全国县级行政区划（省、地级市、县级单位的名称）：由 scripts/generate-gazetteer.ts 从 ${PACKAGE} ${VERSION} 生成，请勿手改。
 * ${kept} 个县级单位，按地级市分组；每行"省的序号|地级市（省直辖的为空）|县级单位……"。
 */
export const GAZETTEER_SOURCE = { package: '${PACKAGE}', version: '${VERSION}', integrity: '${INTEGRITY}' } as const;

export const PROVINCES: readonly string[] = ${JSON.stringify(provinces.map(([, n]) => n))};

export const COUNTIES_BY_CITY = \`
${lines.join('\n')}
\`;
`;
  writeFileSync(OUT, text);
  console.log(`已写入 ${OUT}：${provinces.length} 个省级、${groups.size} 组、${kept} 个县级单位，${Buffer.byteLength(text)} 字节`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
