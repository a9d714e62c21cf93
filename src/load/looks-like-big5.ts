/**
 * GB18030 几乎能"解"开任何字节，繁体的 Big5 文件也能解出一串生僻字。分辨办法：简体文字存成 GBK 时，
 * 几乎每个汉字都在 GB2312 里（两个字节都在 0xA1–0xFE）；Big5 的汉字约四成第二个字节在 0x40–0x7E，
 * 按 GBK 读就落到 GB2312 以外。双字节里这种字过多（且字数不太少）时，说它像 Big5，不按 GBK 读。
 */
export function looksLikeBig5(bytes: Uint8Array): boolean {
  let pairs = 0;
  let lowTrail = 0;
  for (let i = 0; i < bytes.length - 1; i++) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x81 || lead > 0xfe) continue;
    const trail = bytes[i + 1] ?? 0;
    pairs++;
    if (trail >= 0x40 && trail <= 0x7e) lowTrail++;
    i++;
  }
  return pairs >= 10 && lowTrail / pairs > 0.15;
}
