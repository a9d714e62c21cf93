/** 地区名作文件夹名：不能把文件写到输出文件夹外面。 */
import { describe, expect, it } from 'vitest';
import { unsafeFolderName } from '../../../src/text/safe-folder-name.js';

describe('unsafeFolderName', () => {
  it.each(['南昌县', '瀍河回族区', '清镇市', 'Test County', '示例县（虚构）', '县.二'])('"%s" 可以', (name) => {
    expect(unsafeFolderName(name)).toBeUndefined();
  });

  it.each([
    ['', '不能为空'],
    ['   ', '不能为空'],
    ['南昌/县', '路径分隔符'],
    ['南昌\\县', '路径分隔符'],
    ['..', '".."'],
    ['.', '".."'],
    ['南昌..县', '".."'],
    ['C:南昌县', '盘符'],
    ['南昌县\u0000', '控制字符'],
    ['南昌县\n', '控制字符'],
    ['南昌<县>', '文件名不能用的字符'],
    ['南昌县?', '文件名不能用的字符'],
    ['南昌:县', '文件名不能用的字符'],
    ['"南昌县"', '文件名不能用的字符'],
  ])('"%s" 不行：%s', (name, why) => {
    expect(unsafeFolderName(name)).toContain(why);
  });
});
