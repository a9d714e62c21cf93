import { at } from '../core/at.js';
import { labelPairs, looksLikeChrome } from './chrome-shape.js';
import { isDamagedDateLine, isDateLine, isNumericDateLine } from './read-date.js';
import type { SourceLine } from './source-line.js';

/** 政府网站页面上的标签：信息公开目录的元数据、浏览量、分享、打印、上一篇下一篇、页脚。 */
const LABELS = [
  '索引号',
  '信息分类',
  '主题分类',
  '组配分类',
  '体裁分类',
  '服务对象',
  '发布机构',
  '发文机关',
  '发文单位',
  '成文日期',
  '发布日期',
  '发文日期',
  '生成日期',
  '印发日期',
  '公开日期',
  '发文字号',
  '文号',
  '文件编号',
  '信息名称',
  '有效性',
  '是否有效',
  '时效',
  '公开范围',
  '公开方式',
  '公开形式',
  '公开时限',
  '主题词',
  '关键词',
  '信息来源',
  '来源',
  '作者',
  '责任编辑',
  '浏览量',
  '浏览次数',
  '访问量',
  '点击量',
  '阅读量',
  '发布时间',
  '日期',
  '字体',
  '字号',
  '分享到',
  '打印本页',
  '打印',
  '关闭本页',
  '关闭窗口',
  '收藏',
  '视力保护色',
  '扫码浏览',
  '扫一扫',
  '手机扫一扫',
  '上一篇',
  '下一篇',
  '相关信息',
  '相关链接',
  '相关文章',
  '相关阅读',
  '您当前所在位置',
  '当前位置',
  '您的位置',
  '所在位置',
  '无障碍阅读',
  '进入适老模式',
  '关于我们',
  '隐私声明',
  '版权保护',
  '联系方式',
  '联系我们',
  '网站地图',
  '主办单位',
  '承办单位',
  '主办',
  '承办',
  '管理单位',
  '技术支持',
  '地址',
  '电话',
  '邮编',
  '版权所有',
  '备案号',
  '网站标识码',
  '政府网站标识码',
];
const LABEL_ALT = LABELS.join('|');
const LABEL_START = new RegExp(`^(?:${LABEL_ALT})(?=$|[\\s:：【|｜\\[(（])`);
const LABEL_PAIR = new RegExp(`(${LABEL_ALT})\\s*[:：]\\s*`, 'g');
const BULLET = /^[•·●▪■◆◇○»>\-*]+\s*/;
const WHOLE_LINE_CHROME =
  /^(?:Baidu|map|首页|网站首页|今天是.*|欢迎访问.*|分享|打印|关闭|【打印】|【关闭】|【字体：?大 中 小】|扫一扫在手机(?:上)?打开当前页)$/i;
const FOOTER = /ICP备|公网安备|版权所有|Copyright|©/i;
const BREADCRUMB = /^(?:首页|网站首页|当前位置|您的位置|您当前所在位置)\s*[»>›/:：]/;

/** 网页上的元数据（信息公开目录、发布时间……），导入时用来补标题、发文机关和日期。 */
export interface PageMeta {
  [label: string]: string;
}

/** 正文之前只有日期的一行（网页的发布日期，没有标签）记在元数据的这一项里。 */
export const DATE_LINE_KEY = '正文前的日期行';

export interface StrippedPage {
  /** 报告标题所在的那一段（网页上的标题行，或"信息名称"的值）。 */
  title?: SourceLine;
  meta: PageMeta;
  /** 报告正文各段：从标题之后到成文日期（或附注）为止，网页的导航、浏览量、页脚都已去掉。 */
  body: SourceLine[];
}

/** 这一行是不是网页的导航、元数据或页脚（标签表里的标签；只看短行，正文段落不会被误删）。 */
export function isChromeLine(text: string): boolean {
  if (text.length > 120) return false;
  const t = text.replace(BULLET, '');
  return t === '' || LABEL_START.test(t) || WHOLE_LINE_CHROME.test(t) || BREADCRUMB.test(t) || (FOOTER.test(t) && t.length < 80);
}

const SENTENCE = /[。；！？]/;
/** 正文段落：长，或有句号。标题、导航、元数据都不是。 */
const isProse = (text: string) => text.length > 80 || SENTENCE.test(text);

/** 像报告标题：不太长，有"报告""情况""总结"，末尾没有标点。 */
export function looksLikeTitle(text: string): boolean {
  return text.length >= 8 && text.length <= 80 && /报告|情况|总结/.test(text) && !/[。，；：:,;]$/.test(text) && !SENTENCE.test(text);
}

const NOTE = /^[（(](?:此件|本件)[^）)]{1,12}[）)]$/;

export { isDateLine } from './read-date.js';
export function isNoteLine(text: string): boolean {
  return NOTE.test(text);
}

/** 网页标题后面的" | 网站名"或孤零零的" |"。 */
function withoutSiteName(text: string): string {
  const m = /^(.*?)\s*[|｜]\s*([^|｜]{0,24})$/.exec(text);
  return m && m[1] && looksLikeTitle(m[1]) ? m[1] : text;
}

/**
 * 从网页上复制下来的文字里找出报告本身：标题（网页标题行或"信息名称"）、元数据，
 * 以及从标题之后到落款日期为止的正文。导航、浏览量、分享、打印、上一篇下一篇、页脚都去掉：
 * 标签表里的标签，以及正文前后外壳样子的行（几个"标签：值"、方括号按钮、编码和日期行，looksLikeChrome），
 * 正文前重复的文档标题（可能分成两行）也去掉。
 */
export function stripWebChrome(lines: readonly SourceLine[]): StrippedPage {
  const meta: PageMeta = {};
  const firstProse = lines.findIndex((l) => isProse(l.text) && !isChromeLine(l.text));
  const head = firstProse < 0 ? lines.length : firstProse;
  let lastProse = lines.length - 1;
  while (lastProse > head && !isProse(at(lines, lastProse).text)) lastProse--;
  const chrome = new Set<number>();
  let titleIndex = -1;

  const record = (label: string, value: string) => {
    if (value && !meta[label]) meta[label] = value;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = at(lines, i);
    const text = line.text.replace(BULLET, '');
    const outsideBody = i < head || i > lastProse;
    const byShape = outsideBody && !line.role && !line.heading && looksLikeChrome(text);
    if (!isChromeLine(line.text) && !byShape) continue;
    chrome.add(i);
    const known = [...text.matchAll(LABEL_PAIR)];
    known.forEach((m, k) => {
      const [pair, label = ''] = m;
      record(label, text.slice(m.index + pair.length, known[k + 1]?.index ?? text.length).trim());
    });
    // 标签表里没有的标签（"更新时间""时间"）：名字取最后几个字里认得的标签（"司法局发布日期" → "发布日期"）。
    for (const pair of labelPairs(text)) record(LABELS.find((l) => pair.label.endsWith(l)) ?? pair.label, pair.value);
    if (i < head && isNumericDateLine(text)) record(DATE_LINE_KEY, text);
    // 标签单独一行、值在下一行（有的网站这样排）：只在正文开始之前认。
    if (
      i < head &&
      known.length === 0 &&
      LABEL_START.test(text) &&
      text.length <= 8 &&
      i + 1 < head &&
      !isChromeLine(at(lines, i + 1).text)
    ) {
      const label = text.replace(/[:：]$/, '');
      if (!meta[label]) meta[label] = at(lines, i + 1).text;
      chrome.add(i + 1);
      if (label === '信息名称') titleIndex = i + 1;
      i++;
    }
  }

  const titleText = meta['信息名称'] ?? meta['标题'];
  const styled = lines.findIndex((l) => l.role === 'title');
  if (styled >= 0) titleIndex = styled;
  if (titleIndex < 0) {
    // 正文之前、与网页给出的标题相同的最后一行；没有时，正文之前第一个像标题的行。
    for (let i = 0; i < head; i++) {
      if (chrome.has(i)) continue;
      const text = at(lines, i).text;
      if (titleText ? same(text, titleText) : looksLikeTitle(withoutSiteName(text))) {
        titleIndex = i;
        if (!titleText) break;
      }
    }
  }
  const titleLine = titleIndex >= 0 ? at(lines, titleIndex) : undefined;
  let title = titleLine ? { ...titleLine, text: withoutSiteName(titleLine.text) } : undefined;
  // 标题排成两行（"某某县人民政府" / "关于2023年度……的报告"）：接上前一行（位置取前一行的）。
  const joinPrevious = (i: number): SourceLine | undefined => {
    const previous = i > 0 ? lines[i - 1] : undefined;
    const line = at(lines, i);
    return previous &&
      !chrome.has(i - 1) &&
      !isProse(previous.text) &&
      /^关于/.test(line.text) &&
      /(?:政府|党组|委员会|办公室|局)$/.test(previous.text)
      ? { ...previous, text: previous.text + line.text }
      : undefined;
  };
  if (title && titleIndex >= 0) title = joinPrevious(titleIndex) ?? title;
  // 网页标题下又写了一遍文档标题（可能分两行）：取后一个作标题，前面的都丢掉。
  if (title && styled < 0) {
    for (let i = titleIndex + 1; i < head; i++) {
      if (chrome.has(i)) continue;
      const text = at(lines, i).text;
      const joined = joinPrevious(i);
      const again = same(withoutSiteName(text), title.text) || (joined !== undefined && same(joined.text, title.text));
      if (again) {
        titleIndex = i;
        continue;
      }
      // 同一标题下一行若是下一行标题的前半截（"某某县人民政府"），先跳过。
      const next = lines[i + 1];
      if (next && same(text + next.text, title.text)) {
        titleIndex = i + 1;
        i++;
      }
    }
  }
  const start = titleIndex >= 0 ? titleIndex + 1 : 0;

  const body = lines.slice(start).filter((_, k) => !chrome.has(start + k));
  return { title, meta, body: cutAfterDate(body) };
}

/** 落款日期（和其后的附注）之后都是网页的页脚。 */
function cutAfterDate(body: SourceLine[]): SourceLine[] {
  for (let i = body.length - 1; i >= 0; i--) {
    const text = at(body, i).text;
    if (isDateLine(text) || isDamagedDateLine(text)) {
      const end = i + 1 < body.length && isNoteLine(at(body, i + 1).text) ? i + 2 : i + 1;
      return body.slice(0, end);
    }
    // 往回找日期时只越过短行（页脚、署名、附注）；碰到正文段落就说明没有落款日期。
    if (isProse(text) && !isNoteLine(text)) break;
  }
  return body;
}

const same = (a: string, b: string) => a.replace(/\s/g, '') === b.replace(/\s/g, '');
