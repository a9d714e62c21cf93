/** styles.xml 的两处改写：文档默认段落格式写明 <w:overflowPunct/>；固定值行距的段落不对齐网格。 */
import { describe, expect, it } from 'vitest';
import { withOverflowPunct } from '../../../src/docx/punctuation-overflow.js';
import { withoutGridSnap } from '../../../src/docx/without-grid-snap.js';

describe('withOverflowPunct', () => {
  it('插在默认段落格式的最前面，只插一次', () => {
    const styles =
      '<w:docDefaults><w:pPrDefault><w:pPr><w:spacing w:after="0"/></w:pPr></w:pPrDefault></w:docDefaults><w:style><w:pPr></w:pPr></w:style>';
    expect(withOverflowPunct(styles)).toBe(
      '<w:docDefaults><w:pPrDefault><w:pPr><w:overflowPunct/><w:spacing w:after="0"/></w:pPr></w:pPrDefault></w:docDefaults><w:style><w:pPr></w:pPr></w:style>',
    );
  });

  it('没有默认段落格式：程序的 bug，抛出', () => {
    expect(() => withOverflowPunct('<w:styles/>')).toThrow('pPrDefault');
  });
});

describe('withoutGridSnap', () => {
  it('只在带 lineRule="exact" 的段落行距前插 <w:snapToGrid w:val="0"/>，字符间距不动', () => {
    const styles =
      '<w:pPr><w:spacing w:line="579" w:lineRule="exact"/></w:pPr><w:rPr><w:spacing w:val="-5"/></w:rPr><w:pPr><w:spacing w:after="0"/></w:pPr>';
    expect(withoutGridSnap(styles)).toBe(
      '<w:pPr><w:snapToGrid w:val="0"/><w:spacing w:line="579" w:lineRule="exact"/></w:pPr><w:rPr><w:spacing w:val="-5"/></w:rPr><w:pPr><w:spacing w:after="0"/></w:pPr>',
    );
  });

  it('每一处都插', () => {
    const one = '<w:spacing w:lineRule="exact" w:line="1"/>';
    expect(withoutGridSnap(one + one).match(/snapToGrid/g)).toHaveLength(2);
  });
});
