import { COUNTIES_BY_CITY, PROVINCES } from './gazetteer.generated.js';

/** 一个县级单位：名称，所属的地级市（省直辖的为空）和省。 */
export interface County {
  name: string;
  city: string;
  province: string;
}

export interface Gazetteer {
  /** 名称 → 叫这个名字的各地（白云区有两个）。 */
  byName: ReadonlyMap<string, readonly County[]>;
  /** 首字 → 以它开头的名称，长的在前（扫描时先试长的："东西湖区"不当作"西湖区"）。 */
  byFirstChar: ReadonlyMap<string, readonly string[]>;
}

let loaded: Gazetteer | undefined;

/** 区划表（第一次用到时才展开，不导入的命令不花这个时间）。 */
export function gazetteer(): Gazetteer {
  if (loaded) return loaded;
  const byName = new Map<string, County[]>();
  for (const line of COUNTIES_BY_CITY.split('\n')) {
    if (!line) continue;
    const [provinceIndex = '', city = '', names = ''] = line.split('|');
    const province = PROVINCES[Number(provinceIndex)] ?? '';
    for (const name of names.split(' ')) {
      const list = byName.get(name) ?? [];
      list.push({ name, city, province });
      byName.set(name, list);
    }
  }
  const byFirstChar = new Map<string, string[]>();
  for (const name of byName.keys()) {
    const first = name[0] ?? '';
    byFirstChar.set(first, [...(byFirstChar.get(first) ?? []), name]);
  }
  for (const list of byFirstChar.values()) list.sort((a, b) => b.length - a.length);
  loaded = { byName, byFirstChar };
  return loaded;
}

/** 省的简称：贵州省 → 贵州，广西壮族自治区 → 广西，重庆市 → 重庆。 */
export function provinceShortName(province: string): string {
  return province.replace(/(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)$/, '');
}

/** 地级市的简称：贵阳市 → 贵阳，阿里地区 → 阿里，兴安盟 → 兴安；自治州照全名（简称不好从名字里分出来）。 */
export function cityShortName(city: string): string {
  return /自治州$/.test(city) ? city : city.replace(/(?:市|地区|盟)$/, '');
}

/** "贵州省贵阳市"；省直辖的、直辖市的只写一级。 */
export function placeName(county: County): string {
  return county.city && county.city !== county.province ? county.province + county.city : county.province;
}
