/**
 * 红队写出的 .docx 交给 Open XML SDK 校验器（每份约 0.8 秒）。几百个用例写出的文档大多只是文字不同：
 * 按"骨架"（去掉 <w:t> 里的文字和文档属性里的时间，再加上文字里有没有 XML 不许的字符）记住结果，
 * 骨架相同的只校验一次——文字本身决定不了架构是否合格，只有非法字符能，所以把它算进骨架。
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { describeErrors, ooxmlErrors } from '../ooxml-validate.js';

const XML_ILLEGAL =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const seen = new Map<string, Promise<string[]>>();

function skeleton(file: string): string {
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(readFileSync(file));
  } catch {
    return 'unzip-failed:' + file;
  }
  const h = createHash('sha1');
  for (const name of Object.keys(parts).sort()) {
    const text = new TextDecoder().decode(parts[name]);
    if (XML_ILLEGAL.test(text)) return 'illegal:' + file;
    h.update(name + '\0');
    h.update(
      text
        .replace(/<w:t(\s[^>]*)?>[^<]*<\/w:t>/g, '<w:t/>')
        .replace(/<w:delText(\s[^>]*)?>[^<]*<\/w:delText>/g, '<w:delText/>')
        .replace(/<dc:title>[^<]*<\/dc:title>/g, '')
        .replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, 'T'),
    );
  }
  return h.digest('hex');
}

/** 一份 .docx 的校验错误（可读的写法）；空即通过。 */
export function validateDocx(file: string): Promise<string[]> {
  const key = skeleton(file);
  let hit = seen.get(key);
  if (!hit) {
    hit = ooxmlErrors(file).then((errors) => (errors.length ? [describeErrors(errors).slice(0, 400)] : []));
    seen.set(key, hit);
  }
  return hit;
}
