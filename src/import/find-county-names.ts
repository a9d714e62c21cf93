import { cityShortName, gazetteer, provinceShortName, type County } from './gazetteer.js';

/** 文字里出现的一个县级单位名称。 */
export interface CountyMention {
  name: string;
  index: number;
  /** 名称前紧挨着它的地级市或省（"贵阳市白云区"），由此知道是哪一个。 */
  prefixed?: County;
}

/** 名称后面接这些词时，肯定说的是这个县（"某县人民政府""某区委"）。 */
const ORGAN_AFTER = /^(?:人民政府|政府|委员会|党组|县委|区委|市委|旗委|委|人大|政协|司法局|依法治|法治政府|人民法院|人民检察院|\d{4}年)/;
/** 名称后面接这些字时是另一个词："区域""市场""县域""县级""区划"。 */
const WORD_AFTER = /^(?:[区县]域|市场|县级|区划)/;
/** 由方位、城郊这样的字组成的名称（城区、东区、市中区、新城区、城关区……）也是普通的词，要有地级市在前或机关在后才算。 */
const GENERIC_CORE = /^[东西南北中新老古旧城郊矿市关内外上下前后主]+$/;
const HAN = /[\u4e00-\u9fff]/;

/**
 * 文字里的县级单位名称，从左到右、长的优先（"东西湖区"不当作"西湖区"）。
 * 像普通词的名称（城区、东区、老城区）要有依据：前面是它的地级市或省，或后面是机关（人民政府、县委……）；
 * 只有一个字加"县"的名称（沛县、叶县）有这样的依据，或在段首、标点之后。
 */
export function findCountyNames(text: string): CountyMention[] {
  const { byName, byFirstChar } = gazetteer();
  const out: CountyMention[] = [];
  for (let i = 0; i < text.length; i++) {
    const candidates = byFirstChar.get(text[i] ?? '');
    if (!candidates) continue;
    const name = candidates.find((n) => text.startsWith(n, i));
    if (!name) continue;
    const after = text.slice(i + name.length, i + name.length + 8);
    // "区域"这样的词：名称最后一个字连着后面的字成了别的词。
    if (WORD_AFTER.test(text.slice(i + name.length - 1, i + name.length + 1))) continue;
    const places = byName.get(name) ?? [];
    const prefixed = places.find((p) => precededBy(text, i, p));
    const core = name.replace(/(?:自治县|自治旗|特区|林区|县|区|市|旗)$/, '');
    const named = prefixed !== undefined || ORGAN_AFTER.test(after);
    // 普通词样子的（城区、老城区）：要有地级市在前或机关在后；一个字的（沛县）：段首、标点之后也行。
    if (GENERIC_CORE.test(core) && !named) continue;
    if (core.length <= 1 && !named && HAN.test(text[i - 1] ?? '')) continue;
    out.push({ name, index: i, ...(prefixed ? { prefixed } : {}) });
    i += name.length - 1;
  }
  return out;
}

/** 名称前紧挨着这个县所属的地级市或省（全称或简称，"贵阳市""贵阳""贵州省"）。 */
function precededBy(text: string, index: number, place: County): boolean {
  const before = text.slice(Math.max(0, index - 12), index);
  const words = [place.city, place.city && cityShortName(place.city), place.province, provinceShortName(place.province)];
  return words.some((w) => !!w && w.length >= 2 && before.endsWith(w));
}
