import markdownIt, { type MarkdownIt, type Token } from 'markdown-it';
import markdownItAttrs from 'markdown-it-attrs';
import markdownItContainer from 'markdown-it-container';
/** .md 预览读回来的一段：种类和纸面上的文字。 */
export interface MarkdownBlock {
  kind: 'title' | 'addressee' | 'heading' | 'paragraph' | 'signature' | 'date' | 'note';
  level?: number;
  text: string;
  /** 接排：这一段以该级标题开头。 */
  runIn?: number;
}

const CONTAINERS = ['addressee', 'signature', 'date', 'note'] as const;
type ContainerKind = (typeof CONTAINERS)[number];

type Parser = MarkdownIt;
let parser: Parser | undefined;

function markdown(): Parser {
  if (parser) return parser;
  // 只开用得到的规则：.md 是我们自己生成的，办事员的文字都已转义，强调、链接、代码之类一律用不到；
  // 少走这些规则，解析快约四分之一。tests/escape.property.test.ts 保证文字照原样。
  const md = markdownIt('zero', { html: false }).enable(['heading', 'paragraph', 'escape', 'newline', 'text', 'entity']);
  md.use(markdownItAttrs, { leftDelimiter: '{', rightDelimiter: '}', allowedAttributes: [] });
  for (const name of CONTAINERS) md.use(markdownItContainer, name);
  parser = md;
  return md;
}

/** 行内记号的纯文字（转义已由解析器去掉）。 */
function inlineText(token: Token | undefined): string {
  if (!token?.children) return token?.content ?? '';
  return token.children
    .map((c) => (c.type === 'text' || c.type === 'code_inline' ? c.content : c.type === 'softbreak' || c.type === 'hardbreak' ? '' : ''))
    .join('');
}

/**
 * 测试用：用真正的 Markdown 解析器（markdown-it）把 .md 预览读回来，核对它显示的就是文档模型里的文字。
 * # 是标题，## 到 ##### 是一到四级标题，带 {.run-in} 的标题与下一段接排，
 * ::: addressee / signature / date / note 是主送、署名、日期和附注。
 */
export function parseMarkdown(source: string): MarkdownBlock[] {
  const tokens = markdown().parse(source, {});
  const blocks: MarkdownBlock[] = [];
  let container: ContainerKind | undefined;
  let pendingRunIn: { level: number; text: string } | undefined;

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const open = /^container_(\w+)_open$/.exec(t.type);
    if (open) {
      container = open[1] as ContainerKind;
      continue;
    }
    if (/^container_\w+_close$/.test(t.type)) {
      container = undefined;
      continue;
    }
    if (t.type === 'heading_open') {
      const depth = Number(t.tag.slice(1));
      const text = inlineText(tokens[i + 1]);
      const runIn = String(t.attrGet('class') ?? '')
        .split(/\s+/)
        .includes('run-in');
      if (depth === 1) blocks.push({ kind: 'title', text });
      else {
        const level = Math.min(4, depth - 1);
        if (runIn) pendingRunIn = { level, text };
        else blocks.push({ kind: 'heading', level, text });
      }
      i += 2;
      continue;
    }
    if (t.type === 'paragraph_open') {
      const text = inlineText(tokens[i + 1]);
      i += 2;
      if (container && container !== undefined) {
        blocks.push({ kind: container === 'addressee' ? 'addressee' : container, text });
        continue;
      }
      if (pendingRunIn) {
        blocks.push({ kind: 'paragraph', text: pendingRunIn.text + text, runIn: pendingRunIn.level });
        pendingRunIn = undefined;
      } else {
        blocks.push({ kind: 'paragraph', text });
      }
    }
  }
  if (pendingRunIn) blocks.push({ kind: 'heading', level: pendingRunIn.level, text: pendingRunIn.text });
  return blocks;
}
