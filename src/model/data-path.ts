/** 数据文件里一个值的位置：键和列表下标，如 ['正文', 0, '事项', 1, '内容']。 */
export type DataPath = readonly (string | number)[];

/** 两个路径是否相同。 */
export function samePath(a: DataPath, b: DataPath): boolean {
  return a.length === b.length && a.every((seg, i) => seg === b[i]);
}

/** a 是否以 prefix 开头（含相等）。 */
export function startsWith(a: DataPath, prefix: DataPath): boolean {
  return prefix.length <= a.length && prefix.every((seg, i) => seg === a[i]);
}

/** 写给人看的路径：正文[0].事项[1].内容。 */
export function showPath(path: DataPath): string {
  return path.map((seg, i) => (typeof seg === 'number' ? `[${seg}]` : i === 0 ? seg : `.${seg}`)).join('');
}

/**
 * 路径所属的章或事项：往回找最后一个"正文 i"或"事项 j"为止。
 * ['正文', 0, '事项', 1, '要点', '条目', 2] → ['正文', 0, '事项', 1]；不在正文里时为 undefined。
 */
export function sectionOf(path: DataPath): DataPath | undefined {
  for (let i = path.length - 1; i > 0; i--) {
    const key = path[i - 1];
    if (typeof path[i] === 'number' && (key === '正文' || key === '事项')) return path.slice(0, i + 1);
  }
  return undefined;
}
