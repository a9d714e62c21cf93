import type { Code } from '../diagnostics/codes.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { chooseDate, type DamagedDate, type DateChoice } from './choose-date.js';
import { placeName } from './gazetteer.js';
import { isDamagedDateLine } from './read-date.js';
import { recogniseRegion, type RegionSource } from './recognise-region.js';
import type { ImportNotes } from './import-notes.js';
import { lineProblem, type SourceLine } from './source-line.js';
import { isDateLine, isNoteLine, type StrippedPage } from './strip-web-chrome.js';

/** 公文的版头和版记：标题、主送、落款（结束语、署名、成文日期）、附注，以及由它们推出的地区、年度、发文机关。 */
export interface Frame {
  标题?: string;
  地区: string;
  年度: number;
  发文机关: string;
  主送?: string[];
  成文日期: string;
  附注?: string;
  结束语?: string;
  署名?: string | false;
  /** 主送之后、落款之前的各段：导语和各章。 */
  body: SourceLine[];
}

const ORG = /(?:人民政府|政府|党组|委员会|办公室|常委会|政协|人大|局|委|院|厅|部|会|组|处|办|所|中心)$/;
const CLOSING = /^(特此(?:报告|汇报|函告|通报))([。.]?)$/;
export { isoDate } from './read-date.js';

const DATE_AT_END =
  /\s*((?:\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*[\d〇零一二三四五六七八九十]{1,3}\s*月\s*[\d〇零一二三四五六七八九十]{1,3}\s*日)$/;
/** 年份：不是更长的数字的一部分（"99999年度"），也不是年份区间的后一半（"（2021-2025年）"）。 */
const YEAR = /(?<![\d\-—–－~～至到])((?:19|20)\d{2})\s*年(?![\d])/;

export function recogniseFrame(page: StrippedPage, file: string, notes: ImportNotes): { frame: Frame; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const body = splitTail([...page.body]);

  // 版记：从末尾往前依次是附注、成文日期（可能丢了"年""月"）、署名、结束语。
  /** 末行是 test 认的那种时，把它取下来。 */
  const popIf = (test: (line: SourceLine) => boolean): SourceLine | undefined => {
    const last = body[body.length - 1];
    return last && test(last) ? body.pop() : undefined;
  };
  const 附注 = popIf((l) => l.role === 'note' || isNoteLine(l.text))?.text.replace(/^[（(]|[）)]$/g, '');
  const dateLine = popIf((l) => l.role === 'date' || isDateLine(l.text) || isDamagedDateLine(l.text));
  // 署名：日期之前的机关名；没有落款日期时，只认"……人民政府"这样明确的机关（末尾的短句多半是正文）。
  const signer = popIf(
    (l) => l.role === 'signature' || (looksLikeSigner(l.text) && (dateLine !== undefined || SIGNER_WITHOUT_DATE.test(l.text))),
  )?.text;
  const 结束语 = popIf((l) => CLOSING.test(l.text))?.text.replace(/\.$/, '。');

  // 版头：标题之后的主送（"县委、县人大常委会："）。
  let 主送: string[] | undefined;
  const first = body[0];
  if (first && (first.role === 'addressee' || looksLikeAddressee(first.text))) {
    body.shift();
    主送 = first.text
      .replace(/[:：]$/, '')
      .split(/[、，,]/)
      .map((s) => s.trim())
      .filter(Boolean);
  }

  const title = page.title?.text;
  const meta = page.meta;
  const titleOrg = title ? /^(.{2,30}?(?:人民政府|政府|党组|委员会))(?:办公室)?关于/.exec(title)?.[1] : undefined;
  const publisher = PUBLISHER_LABELS.map((k) => meta[k]).find(Boolean);
  let 发文机关 = signer ?? titleOrg ?? publisher;
  const 地区 = recogniseRegionOf(title, signer, publisher, 发文机关, body, file, notes, diagnostics);
  if (!发文机关) {
    发文机关 = `${地区}人民政府`;
    notes.add(['发文机关'], '原文没有署名，发文机关是按地区推断的');
  } else if (!signer) {
    notes.add(['发文机关'], 发文机关 === titleOrg ? '原文没有署名，取自标题' : '原文没有署名，取自网页的"发布机构"');
  }

  let 年度: number | undefined;
  const titleYear = title ? YEAR.exec(title)?.[1] : undefined;
  if (titleYear) 年度 = Number(titleYear);
  else {
    const inText = body.map((l) => YEAR.exec(l.text)?.[1]).find(Boolean);
    if (inText) {
      年度 = Number(inText);
      notes.add(['年度'], '标题里没有年份，取自正文里第一次出现的年份');
    }
  }

  const { choice, damaged } = chooseDate(dateLine?.text, meta, 年度);
  if (!年度 && choice) {
    年度 = Number(choice.iso.slice(0, 4)) - 1;
    notes.add(['年度'], '标题和正文里都没有年份，按成文日期的上一年推断');
  }
  if (!年度) {
    年度 = new Date().getFullYear() - 1;
    notes.add(['年度'], '原文里找不到报告的年度，请改正');
    diagnostics.push(
      frameProblem(file, 'import/no-year', '原文里找不到报告的年度。', '导入后把"年度"改成实际的年份，并把文件改名为 <年度>.yaml。'),
    );
  }
  const 成文日期 = dateOf(choice, damaged, dateLine, 年度, file, notes, diagnostics);

  let 署名: string | false | undefined;
  if (!signer) {
    署名 = false;
    notes.add(['落款'], '原文没有发文机关署名，生成时也不署名（署名: false）');
  } else if (signer !== 发文机关) 署名 = signer;

  if (!title) {
    notes.add(['发文机关'], '原文里找不到标题，生成时用模板的默认标题');
    diagnostics.push(
      frameProblem(file, 'import/no-title', '原文里找不到报告的标题，生成时将用默认标题。', '导入后在数据文件里写上"标题"。', 'warning'),
    );
  }

  const frame: Frame = { 地区, 年度, 发文机关, 成文日期, body };
  if (title) frame.标题 = title;
  if (主送?.length) frame.主送 = 主送;
  if (附注) frame.附注 = 附注;
  if (结束语) frame.结束语 = 结束语;
  if (署名 !== undefined) frame.署名 = 署名;
  return { frame, diagnostics };
}

const SIGNER_WITHOUT_DATE = /(?:人民政府|政府|党组|委员会)$/;
const PUBLISHER_LABELS = ['发布机构', '发文机关', '发文单位', '来源', '文章来源', '信息来源'];

/**
 * 地区：全国县级区划表里的名称，先在标题、署名、网页的发布机构里找；找不到时用发文机关或标题里
 * "某某县"样子的词（区划表里没有的新设、改名的县，测试用的虚构县）；再找不到，在正文里找。
 */
function recogniseRegionOf(
  title: string | undefined,
  signer: string | undefined,
  publisher: string | undefined,
  发文机关: string | undefined,
  body: readonly SourceLine[],
  file: string,
  notes: ImportNotes,
  diagnostics: Diagnostic[],
): string {
  const head = body.slice(0, 3).map((l) => l.text);
  const rest = body.slice(3).map((l) => l.text);
  const framed: RegionSource[] = [
    ...(title ? [{ text: title, where: '标题' as const }] : []),
    ...(signer ? [{ text: signer, where: '署名' as const }] : []),
    ...(publisher ? [{ text: publisher, where: '网页' as const }] : []),
  ];
  const whole = [title, signer, publisher, ...head, ...rest].filter(Boolean).join('\n');
  let found = recogniseRegion(framed, whole);
  if (!found) {
    const byShape = (发文机关 && regionOf(发文机关)) ?? (title && regionOf(title));
    if (byShape) return byShape;
    found = recogniseRegion(
      [...head.map((text) => ({ text, where: '正文开头' as const })), ...rest.map((text) => ({ text, where: '正文' as const }))],
      whole,
    );
    if (found) notes.add(['地区'], `标题和落款里没有县（市、区）的名称，"${found.name}"取自正文，请核对`);
  }
  if (!found) {
    notes.add(['地区'], '原文里找不到县（市、区）的名称，请改成实际的地区');
    diagnostics.push(
      frameProblem(
        file,
        'import/no-region',
        '原文的标题、落款和正文里都找不到县（市、区）的名称。',
        '导入后把"地区"改成实际的名称，并把文件移到 data/<地区>/ 下。',
      ),
    );
    return '未知地区';
  }
  if (found.places.length > 1) {
    const all = found.places.map(placeName).join('、');
    if (found.place) {
      notes.add(
        ['地区'],
        `全国有 ${found.places.length} 个${found.name}（${all}），原文提到"${found.clue}"，是${placeName(found.place)}的${found.name}`,
      );
    } else {
      notes.add(['地区'], `全国有 ${found.places.length} 个${found.name}（${all}），原文没有说是哪个市的，请核对`);
      diagnostics.push(
        frameProblem(
          file,
          'import/region-ambiguous',
          `全国有 ${found.places.length} 个${found.name}（${all}），原文里没有提到所属的市或省。`,
          '确认是哪一个；两个同名区的报告放在同一个数据文件夹里时，把"地区"写成"贵阳市白云区"这样以免混淆。',
        ),
      );
    }
  }
  return found.name;
}

/** 成文日期和它的注释：落款上完好的不注；别的出处注明；都没有时写占位的日期并提醒。 */
function dateOf(
  choice: DateChoice | undefined,
  damaged: DamagedDate | undefined,
  dateLine: SourceLine | undefined,
  年度: number,
  file: string,
  notes: ImportNotes,
  diagnostics: Diagnostic[],
): string {
  if (damaged && dateLine) {
    const readings = damaged.readings.map(chineseDate);
    diagnostics.push(
      lineProblem(
        file,
        dateLine,
        'import/damaged-date',
        'warning',
        readings.length === 1
          ? `落款日期"${damaged.raw}"丢了"年""月"，只能读作${readings[0]}，已按此导入。`
          : `落款日期"${damaged.raw}"丢了"年""月"，${readings.length ? `可以读作${readings.join('或')}` : '读不出是哪一天'}，没有采用。`,
        '对照原件核对成文日期。',
      ),
    );
  }
  if (choice && !choice.trusted) {
    const why =
      choice.source === '落款（丢了年、月）'
        ? `"${choice.raw}"只能读作${chineseDate(choice.iso)}`
        : `网页上的"${choice.raw}"；原文落款${damaged ? '的日期读不出' : '没有日期'}`;
    notes.add(['成文日期'], `成文日期取自${choice.source}：${why}，请按原件核对`);
  }
  if (choice) return choice.iso;
  const placeholder = `${年度 + 1}-01-01`;
  notes.add(['成文日期'], '原文没有落款日期，这是占位的日期，请改成实际的成文日期');
  diagnostics.push(
    frameProblem(
      file,
      'import/no-date',
      '原文没有成文日期（落款的日期），暂时写了 ' + placeholder + '。',
      '导入后把"成文日期"改成报告实际的日期。',
      'warning',
    ),
  );
  return placeholder;
}

const chineseDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

/** 最后一段里挤在一起的"特此报告。""署名""日期"拆开（网页复制时常丢了换行）。 */
function splitTail(body: SourceLine[]): SourceLine[] {
  const lastLine = body[body.length - 1];
  if (!lastLine || lastLine.role || isDateLine(lastLine.text) || isDamagedDateLine(lastLine.text) || isNoteLine(lastLine.text)) return body;
  const date = DATE_AT_END.exec(lastLine.text);
  if (!date) return body;
  const before = lastLine.text.slice(0, date.index);
  const pieces: string[] = [];
  const closing = /^(.*?)(特此(?:报告|汇报)[。.]?)?\s*([^。；，\s]*)\s*$/.exec(before);
  if (!closing) return body;
  const [, prose = '', close, org] = closing;
  if (org && !ORG.test(org)) return body;
  if (prose.trim()) pieces.push(prose.trim());
  if (close) pieces.push(close);
  if (org) pieces.push(org);
  pieces.push(date[1] ?? '');
  const at = (p: string) => ({ ...lastLine, text: p, column: (lastLine.column ?? 1) + lastLine.text.indexOf(p) });
  return [...body.slice(0, -1), ...pieces.map(at)];
}

function looksLikeSigner(text: string): boolean {
  return text.length <= 40 && !/[。，；：,;:]/.test(text) && ORG.test(text) && !/报告|情况/.test(text);
}

function looksLikeAddressee(text: string): boolean {
  const m = /^([^。；：:]{2,40})[：:]$/.exec(text);
  return !!m && (m[1] ?? '').split(/[、，,]/).every((s) => ORG.test(s.trim()) || /^(?:县|市|区|州|省)委$/.test(s.trim()));
}

/** 发文机关或标题里的县（市、区）名：取最后一级（"洛阳市瀍河回族区人民政府" → 瀍河回族区）。 */
export function regionOf(text: string): string | undefined {
  const UNIT = /[\u4e00-\u9fff]+?(?:自治县|自治旗|特区|林区|县|市|区|旗)/g;
  const ok = (u: string | undefined) => (u && u.length >= 2 && !/^(?:全|本|我|该|各)/.test(u) ? u : undefined);
  // 年份不是县名的一部分："2020年某某区……报告"不是"年某某区"。
  text = text.replace(/(?:19|20)\d{2}\s*年度?/g, ' ');
  const org = /^(.*?)(?:人民政府|政府|党组|委员会)/.exec(text.replace(/^中共/, ''));
  if (org) {
    const units = (org[1] ?? '').match(UNIT);
    const found = ok(units?.[units.length - 1]);
    if (found) return found;
  }
  return (text.match(UNIT) ?? []).map(ok).find(Boolean);
}

function frameProblem(file: string, code: Code, message: string, fix: string, severity: 'error' | 'warning' = 'warning'): Diagnostic {
  return lineProblem(file, { line: 1, text: '' }, code, severity, message, fix);
}
