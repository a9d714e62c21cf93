/** 数据文件里一个值的位置：键和列表下标，如 ['正文', 0, '事项', 1, '内容']。 */
export type DataPath = readonly (string | number)[];

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
