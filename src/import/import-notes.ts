/** 导入时拿不准的地方：写成数据文件里那个键上方的注释（"# 导入：……"），请办事员核对。 */
export type NotePath = readonly (string | number)[];

export class ImportNotes {
  private readonly byPath = new Map<string, { path: NotePath; texts: string[] }>();

  add(path: NotePath, text: string): void {
    const key = JSON.stringify(path);
    const entry = this.byPath.get(key) ?? { path, texts: [] };
    if (!entry.texts.includes(text)) entry.texts.push(text);
    this.byPath.set(key, entry);
  }

  entries(): { path: NotePath; texts: string[] }[] {
    return [...this.byPath.values()];
  }
}
