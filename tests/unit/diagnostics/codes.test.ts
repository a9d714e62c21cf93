/** isCode：只认代码表里的代码（原型上的名字不算）。 */
import { describe, expect, it } from 'vitest';
import { isCode } from '../../../src/diagnostics/codes.js';

describe('isCode', () => {
  it.each(['schema/type', 'yaml/tab-indent', 'internal/bug', 'yaml/bad-indent'])('%s 是', (code) => {
    expect(isCode(code)).toBe(true);
  });

  it.each(['schema/nope', 'yaml/Tab-Indent', '', 'toString', '__proto__', 'hasOwnProperty'])('"%s" 不是', (code) => {
    expect(isCode(code)).toBe(false);
  });
});
