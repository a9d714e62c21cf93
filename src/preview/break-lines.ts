/**
 * 一段文字排成行：按字宽一个个放，放不下就换行，守中文的换行禁则。
 * 网页预览用它把每一行、每一页都算出来，浏览器只是照着摆（不交给浏览器自己断行：它的字体和断行规则
 * 与 Word、LibreOffice 不同，分页就对不上了）。
 *
 * 字宽：汉字和全角标点一个字宽（字号 + 字距，与 .docx 的版面数字相同：28 字正好排满一行）；
 * 半角的数字、字母按思源宋体（转 PDF 时替代仿宋的字体）的字宽，汉字与数字、字母相接处加 0.21 个字宽
 * （LibreOffice 和 Word 默认在两者之间自动加一点间距）。这样排出的行与生成的 PDF 一样；
 * 公文字体的数字略窄（0.5），Word 里个别行可能多排下一个字。
 * 行首决不是"，。、）”"之类（放不下时连同前一个字挪到下一行，与 LibreOffice 一样）。
 * 在四份样例和示例县上与 LibreOffice 转出的 PDF 逐行比过：1,049 行里不同的不到 15 行，分页相同。
 */

/** 一段里一截同样格式的文字（块的下标：点击预览时找回数据）。 */
export interface Piece {
  text: string;
  cls: string;
  block: number;
  /** 在这截文字前强制换行（标题回行）。 */
  breakBefore?: boolean;
}

export interface BrokenLine {
  pieces: Piece[];
  /** 这一行是被强制换行（或段末）结束的：不两端对齐。 */
  ends: boolean;
}

/** 字号和字距（缇）：一个汉字的宽度是两者之和。 */
export interface FontBox {
  size: number;
  spacing: number;
}

/** 不能放在行首的标点（放不下时连同前一个字一起挪到下一行）。 */
const NO_LINE_START = new Set([...'，。、；：？！）》」』】〕〉”’…—·％%,.;:?!)]}～']);
/** 不能放在行尾的标点。 */
const NO_LINE_END = new Set([...'（《「『【〔〈“‘([{']);
/** 汉字与数字、字母之间的自动间距，以一个字宽为 1（在 PDF 上量得）。 */
const AUTO_SPACE = 0.21;

/** 半角字符的宽度（以字号为 1）：思源宋体。 */
const HALF_WIDTHS: Readonly<Record<string, number>> = {
  '.': 0.33,
  ',': 0.33,
  ':': 0.33,
  ';': 0.33,
  ' ': 0.26,
  '%': 0.92,
  '-': 0.35,
  '/': 0.35,
  '(': 0.36,
  ')': 0.36,
};

/** 数字"1"比别的数字窄（PDF 上量得）。 */
const NARROW_ONE = 0.47;

/** 半个字宽一类的字符：ASCII 和拉丁字母。中文引号、省略号、破折号、间隔号在中文字体里都是一个字宽。 */
function isHalfWidth(ch: string): boolean {
  return (ch.codePointAt(0) ?? 0) < 0x2000 && ch !== '×' && ch !== '·';
}

function halfWidth(ch: string): number {
  if (ch === '1') return NARROW_ONE;
  if (/[0-9]/.test(ch)) return 0.55;
  if (/[A-Z]/.test(ch)) return 0.7;
  return HALF_WIDTHS[ch] ?? 0.55;
}

/** 破折号（—）在思源宋体里略窄于一个字（以字号为 1）。 */
const DASH = 0.89;
const isIdeograph = (s: string) => /^[\u3400-\u9fff\uf900-\ufaff]/.test(s);

interface Unit {
  text: string;
  width: number;
  piece: number;
  half: boolean;
}

/** 拆成不能再拆的单位：一个汉字、一个标点，或连着的一串半角字母数字（"2023"、"19982"、"VR"不从中间断开）。 */
function units(pieces: readonly Piece[], font: (p: Piece) => FontBox): Unit[] {
  const out: Unit[] = [];
  pieces.forEach((p, index) => {
    const f = font(p);
    for (const m of p.text.matchAll(/[A-Za-z0-9_.%+\-/]+|[\s\S]/gu)) {
      const text = m[0];
      let width = 0;
      for (const ch of text)
        width += isHalfWidth(ch) ? halfWidth(ch) * f.size : ch === '—' ? DASH * f.size + f.spacing : f.size + f.spacing;
      out.push({ text, width, piece: index, half: isHalfWidth(text) });
    }
  });
  return out;
}

/** 一个单位接在另一个后面时多出的自动间距（缇）：汉字与数字、字母相接处。 */
function autoSpace(before: Unit | undefined, u: Unit, f: FontBox): number {
  if (!before || before.half === u.half) return 0;
  const [cjk, latin] = before.half ? [u.text, before.text.slice(-1)] : [before.text, u.text.slice(0, 1)];
  return isIdeograph(cjk) && /[A-Za-z0-9]/.test(latin) ? AUTO_SPACE * (f.size + f.spacing) : 0;
}

/**
 * 排成行。first：首行能用的宽度；rest：其余各行的宽度（都是缇）；font：这截文字的字号和字距。
 * 一串半角字符比一整行还宽时照字拆开。
 */
export function breakLines(pieces: readonly Piece[], first: number, rest: number, font: (p: Piece) => FontBox): BrokenLine[] {
  const lines: { units: Unit[]; forced: boolean }[] = [];
  let line: Unit[] = [];
  let used = 0;
  const fontOf = (u: Unit) => font(pieces[u.piece] ?? { text: '', cls: '', block: -1 });
  // 1 缇的余量：28 个字正好排满时不因舍入挤下一个字。
  const room = () => (lines.length === 0 ? first : rest) + 1;
  const place = (u: Unit) => {
    used += autoSpace(line[line.length - 1], u, fontOf(u)) + u.width;
    line.push(u);
  };
  const close = (forced: boolean) => {
    while (line.length > 0 && /^\s+$/.test(line[line.length - 1]?.text ?? '')) line.pop();
    lines.push({ units: line, forced });
    line = [];
    used = 0;
  };
  const all = units(pieces, font);
  all.forEach((u, i) => {
    if (pieces[u.piece]?.breakBefore && i > 0 && all[i - 1]?.piece !== u.piece) close(true);
    if (line.length === 0 && lines.length > 0 && /^\s+$/.test(u.text)) return; // 行首的空格不排
    if (used + autoSpace(line[line.length - 1], u, fontOf(u)) + u.width <= room()) {
      place(u);
      return;
    }
    if (line.length === 0) {
      // 一个单位比整行还宽：一串很长的半角字符，照字拆开。
      const chars = [...u.text];
      for (const ch of chars) {
        const part = { ...u, text: ch, width: u.width / chars.length };
        if (used + part.width > room() && line.length > 0) close(false);
        place(part);
      }
      return;
    }
    // 换行禁则：下一行的行首不能是"，。）"之类（把这一行末尾的字一起挪下去）；行尾不能是"（《“"之类。
    const carry: Unit[] = [];
    const startsBadly = (t: string) => NO_LINE_START.has([...t][0] ?? '');
    if (startsBadly(u.text))
      while (line.length > 1 && (carry.length === 0 || startsBadly(carry[0]?.text ?? ''))) carry.unshift(...line.splice(-1));
    while (line.length > 1 && NO_LINE_END.has(line[line.length - 1]?.text ?? '')) carry.unshift(...line.splice(-1));
    close(false);
    for (const c of [...carry, u]) place(c);
  });
  close(true);
  return lines.map((l) => ({ pieces: merge(l.units, pieces), ends: l.forced }));
}

/** 一行里相邻、同一截的单位并成一段文字。 */
function merge(line: readonly Unit[], pieces: readonly Piece[]): Piece[] {
  const out: Piece[] = [];
  let last = -1;
  for (const u of line) {
    const p = pieces[u.piece];
    if (!p) continue;
    const prev = out[out.length - 1];
    if (prev && last === u.piece) prev.text += u.text;
    else out.push({ text: u.text, cls: p.cls, block: p.block });
    last = u.piece;
  }
  return out;
}
