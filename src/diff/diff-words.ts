import { alignSequences } from './align-sequences.js';
import { segmentWords } from './segment-words.js';

export type WordPart = { type: 'equal' | 'insert' | 'delete'; text: string };

/** 两段文字逐词的差别：相同、新增、删除，依次排列。接受全部新增、去掉删除得新文字；反过来得旧文字。 */
export function diffWords(oldText: string, newText: string): WordPart[] {
  if (oldText === newText) return oldText ? [{ type: 'equal', text: oldText }] : [];
  const parts: WordPart[] = [];
  for (const c of alignSequences(segmentWords(oldText), segmentWords(newText))) {
    const type = c.added ? 'insert' : c.removed ? 'delete' : 'equal';
    const text = c.value.join('');
    const last = parts[parts.length - 1];
    if (last && last.type === type) last.text += text;
    else if (text) parts.push({ type, text });
  }
  return parts;
}

export const oldSide = (parts: readonly WordPart[]) =>
  parts
    .filter((p) => p.type !== 'insert')
    .map((p) => p.text)
    .join('');
export const newSide = (parts: readonly WordPart[]) =>
  parts
    .filter((p) => p.type !== 'delete')
    .map((p) => p.text)
    .join('');
