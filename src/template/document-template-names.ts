/**
 * 文档模板（报告.hbs）里用到的名字都要是视图里有的：{{块 落款}}、{{#each 导言}} 这样写错的名字，
 * 严格模式管不到助手的参数，文档里就悄悄少了一块。读模板时逐个核对，指出第几行。
 */
import type Handlebars from 'handlebars';

type Program = ReturnType<typeof Handlebars.parse>;

/** 视图（src/render/build-view.ts 的 ReportView、SectionView）里的名字，和模板自己的几个词。 */
const VIEW_NAMES = new Set(['标题', '主送', '导语', '章', '结束语', '署名', '日期', '附注']);
const SECTION_NAMES = new Set(['标题', '段落', '事项', '结语', '类别', '级别', '来源']);
const TEMPLATE_WORDS = new Set(['this', '块', '节', 'inline', 'if', 'unless', 'each', 'with', 'else']);

type Node = Record<string, unknown>;

/** 第一个不认识的名字和它所在的行；都认识时 undefined。 */
export function unknownDocumentName(ast: Program): { name: string; line: number } | undefined {
  let found: { name: string; line: number } | undefined;
  const visit = (node: unknown): void => {
    if (found || node === null || typeof node !== 'object') return;
    const n = node as Node;
    if (n.type === 'PathExpression' && n.data !== true) {
      const first = (n.parts as unknown[] | undefined)?.[0];
      const head = typeof first === 'string' ? first : typeof n.original === 'string' ? n.original : '';
      if (head && !VIEW_NAMES.has(head) && !SECTION_NAMES.has(head) && !TEMPLATE_WORDS.has(head)) {
        found = { name: head, line: (n.loc as { start?: { line?: number } } | undefined)?.start?.line ?? 1 };
        return;
      }
    }
    for (const [key, value] of Object.entries(n)) {
      if (key === 'loc') continue;
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') visit(value);
    }
  };
  visit(ast);
  return found;
}
