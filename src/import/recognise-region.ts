import { findCountyNames } from './find-county-names.js';
import { cityShortName, gazetteer, provinceShortName, type County } from './gazetteer.js';

/** 在哪里找到的县名：标题、署名、网页的"发布机构"最可信，正文开头次之，正文里别处最弱。 */
type RegionWhere = '标题' | '署名' | '网页' | '正文开头' | '正文';
const WEIGHT: Record<RegionWhere, number> = { 标题: 10, 署名: 10, 网页: 6, 正文开头: 3, 正文: 1 };

export interface RegionSource {
  text: string;
  where: RegionWhere;
}

export interface RecognisedRegion {
  name: string;
  /** 最可信的出处。 */
  where: RegionWhere;
  /** 全国叫这个名字的各地（多于一个时要靠原文提到的地级市或省分辨）。 */
  places: readonly County[];
  /** 分辨出的那一个；分辨不出时为空。 */
  place?: County;
  /** 分辨的依据：原文里的地级市或省的名称。 */
  clue?: string;
}

/**
 * 报告是哪个县（市、区）的：在标题、署名、网页元数据和正文里找全国县级区划的名称，按出处加权计分，
 * 得分最高的名称（同分取出处更可信的）。同名的几处（白云区、江北区……）看原文提到的地级市、省：
 * 紧挨在县名前的（"贵阳市白云区"）算数，否则数全文里各自的地级市和省出现几次，多的那个。
 */
export function recogniseRegion(sources: readonly RegionSource[], wholeText: string): RecognisedRegion | undefined {
  const scores = new Map<string, { score: number; where: RegionWhere; order: number; prefixed?: County }>();
  let order = 0;
  for (const source of sources) {
    for (const mention of findCountyNames(source.text)) {
      const entry = scores.get(mention.name) ?? { score: 0, where: source.where, order: order++ };
      entry.score += WEIGHT[source.where];
      if (WEIGHT[source.where] > WEIGHT[entry.where]) entry.where = source.where;
      if (mention.prefixed && !entry.prefixed) entry.prefixed = mention.prefixed;
      scores.set(mention.name, entry);
    }
  }
  const best = [...scores.entries()].sort(([, a], [, b]) => b.score - a.score || a.order - b.order)[0];
  if (!best) return undefined;
  const [name, entry] = best;
  const places = gazetteer().byName.get(name) ?? [];
  const result: RecognisedRegion = { name, where: entry.where, places };
  if (places.length === 1) result.place = places[0];
  else if (entry.prefixed) {
    result.place = entry.prefixed;
    result.clue = entry.prefixed.city || entry.prefixed.province;
  } else {
    const resolved = byMentionedPlace(places, wholeText);
    if (resolved) Object.assign(result, resolved);
  }
  return result;
}

/** 同名的几处：原文里各自的地级市、省（全称或简称）出现几次；只有一处最多时取它。 */
function byMentionedPlace(places: readonly County[], text: string): { place: County; clue: string } | undefined {
  const counted = places.map((place) => {
    const words = [...new Set([place.city, cityShortName(place.city), place.province, provinceShortName(place.province)])].filter(
      (w) => w.length >= 2,
    );
    let count = 0;
    let clue: string | undefined;
    for (const word of words) {
      const n = text.split(word).length - 1;
      if (n > 0) clue ??= word;
      count += n;
    }
    return { place, count, clue };
  });
  counted.sort((a, b) => b.count - a.count);
  const [first, second] = counted;
  if (!first?.clue || (second && second.count === first.count)) return undefined;
  return { place: first.place, clue: first.clue };
}
