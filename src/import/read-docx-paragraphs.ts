import mammoth from 'mammoth';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { cleanText } from './read-text-lines.js';
import type { SourceLine } from './source-line.js';

/**
 * Word 的样式 → HTML：fzbg 生成的 .docx 用中文样式名（公文标题、一级标题……），
 * 别人的文档多用 Word 自带的"标题""标题 1"。标题级别和公文各部分由此得知，加粗由 <strong> 得知。
 */
const STYLE_MAP = [
  "p[style-name='公文标题'] => p.title:fresh",
  "p[style-name='Title'] => p.title:fresh",
  "p[style-name='标题'] => p.title:fresh",
  "p[style-name='主送机关'] => p.addressee:fresh",
  "p[style-name='发文机关署名'] => p.signature:fresh",
  "p[style-name='成文日期'] => p.date:fresh",
  "p[style-name='附注'] => p.note:fresh",
  "p[style-name='一级标题'] => h1:fresh",
  "p[style-name='二级标题'] => h2:fresh",
  "p[style-name='三级标题'] => h3:fresh",
  "p[style-name='四级标题'] => h4:fresh",
  "p[style-name='标题 1'] => h1:fresh",
  "p[style-name='标题 2'] => h2:fresh",
  "p[style-name='标题 3'] => h3:fresh",
  "p[style-name='标题 4'] => h4:fresh",
];

const ROLES = new Set(['title', 'addressee', 'signature', 'date', 'note']);

/** .docx → 各段文字（按顺序，空段去掉），带标题级别、公文部分和段首加粗的提示。 */
export async function readDocxParagraphs(bytes: Uint8Array, file: string): Promise<{ lines: SourceLine[]; diagnostics: Diagnostic[] }> {
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: STYLE_MAP, ignoreEmptyParagraphs: true })).value;
  } catch {
    return {
      lines: [],
      diagnostics: [
        {
          code: 'import/docx-unreadable',
          severity: 'error',
          file,
          line: 1,
          column: 1,
          message: '读不出这个 Word 文件：它不是 .docx 格式，或者文件已损坏。',
          fix: '用 Word 或 WPS 打开后"另存为"Word 文档（.docx）再导入；老的 .doc 文件也要先另存为 .docx。',
        },
      ],
    };
  }
  const lines: SourceLine[] = [];
  for (const m of html.matchAll(/<(p|h[1-6]|li)((?:\s[^>]*)?)>([\s\S]*?)<\/\1>/g)) {
    const [, tag = '', attrs = '', inner = ''] = m;
    const text = cleanText(htmlText(inner));
    if (!text) continue;
    const line: SourceLine = { text, line: lines.length + 1 };
    const cls = /class="([^"]*)"/.exec(attrs)?.[1];
    if (cls && ROLES.has(cls)) line.role = cls as SourceLine['role'];
    if (tag.startsWith('h')) line.heading = Math.min(4, Number(tag[1])) as 1 | 2 | 3 | 4;
    const bold = boldLead(inner);
    if (bold) line.boldLead = bold;
    lines.push(line);
  }
  return { lines, diagnostics: [] };
}

/** 段首连续加粗的文字；整段加粗或段首不加粗时为 undefined。 */
function boldLead(inner: string): string | undefined {
  let lead = '';
  let rest = inner;
  for (;;) {
    const m = /^\s*<strong>([\s\S]*?)<\/strong>/.exec(rest);
    if (!m) break;
    lead += htmlText(m[1] ?? '');
    rest = rest.slice(m[0].length);
  }
  const leadText = cleanText(lead);
  return leadText && cleanText(htmlText(rest)) ? leadText : undefined;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function htmlText(html: string): string {
  return html
    .replace(/<br\s*\/?>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) =>
      e[0] === '#'
        ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
        : (ENTITIES[e] ?? all),
    );
}
