/**
 * 文档模型 → .md 预览（给人看，也能被任何 Markdown 阅读器打开）。
 *   #  标题；## 到 ##### 是一到四级标题，接排的标题后加 {.run-in}；
 *   ::: addressee / signature / date / note 是主送、署名、日期和附注；
 *   连写的要点接在上一段里。办事员的文字都按 Markdown 转义，# * | < {{ 照原样显示。
 */
import { blockText, type DocumentModel } from '../model/document-model.js';
import { escapeMarkdown } from './escape-markdown.js';

const CONTAINERS = { addressee: 'addressee', signature: 'signature', date: 'date', note: 'note' } as const;

export function printMarkdown(model: DocumentModel): string {
  /** 每一项是一块 Markdown（之间空一行）；正文段落先收集原文，最后一起转义。 */
  const parts: ({ raw: string } | { md: string })[] = [];
  for (const b of model.blocks) {
    switch (b.kind) {
      case 'title':
        parts.push({ md: `# ${escapeMarkdown(b.text)}` });
        break;
      case 'heading':
        parts.push({ md: `${'#'.repeat(b.level + 1)} ${escapeMarkdown(b.number + b.text)}${b.runIn ? ' {.run-in}' : ''}` });
        break;
      case 'paragraph':
        parts.push({ raw: b.text });
        break;
      case 'point': {
        // 要点的标题在预览里是普通文字（字体由 .docx 体现）。
        const last = parts[parts.length - 1];
        if (b.joined && last && 'raw' in last) last.raw += blockText(b);
        else parts.push({ raw: blockText(b) });
        break;
      }
      case 'addressee':
      case 'signature':
      case 'date':
      case 'note':
        parts.push({ md: `::: ${CONTAINERS[b.kind]}\n${escapeMarkdown(b.text)}\n:::` });
    }
  }
  return parts.map((p) => ('md' in p ? p.md : escapeMarkdown(p.raw))).join('\n\n') + '\n';
}
