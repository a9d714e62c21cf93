import { Unzip, UnzipInflate } from 'fflate';

/**
 * .docx（zip）解压后一共有多大，数到 limit 为止：几 MB 的"zip 炸弹"能解出几 GB。
 * 读 docx 的库先整个解压再看，所以在交给它之前先自己数一遍：输入一小段一小段地喂（deflate 最多放大约一千倍，
 * 每段 16 KB 解出不过十几 MB），超过上限就停。返回 undefined 表示在上限以内（或不是 zip：交给读 docx 的库去说）。
 */
export function inflatedOver(bytes: Uint8Array, limit: number): number | undefined {
  let total = 0;
  let over = false;
  const unzip = new Unzip((file) => {
    file.ondata = (err, data) => {
      if (err || over) return;
      total += data.length;
      if (total > limit) {
        over = true;
        file.terminate();
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    const step = 16 * 1024;
    for (let at = 0; at < bytes.length && !over; at += step) unzip.push(bytes.subarray(at, at + step), at + step >= bytes.length);
  } catch {
    return undefined;
  }
  return over ? total : undefined;
}
