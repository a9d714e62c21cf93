/**
 * 没保存的修改存在浏览器里（localStorage），刷新页面、重启工作台都还在，保存后才删掉。
 * 同一个数据文件夹每次是同一个地址（端口由文件夹算出），所以重启后找得到；再按文件夹的路径分开存。
 */
export interface Draft {
  text: string;
  /** 改的时候磁盘上文件的指纹：与磁盘上现在的不同，说明文件在别处也被改过。 */
  base: string;
  at: number;
}

const key = (folder: string, file: string) => `fzbg-draft:${folder}:${file}`;

export function loadDraft(folder: string, file: string): Draft | undefined {
  try {
    const raw = localStorage.getItem(key(folder, file));
    const d = raw ? (JSON.parse(raw) as Partial<Draft>) : undefined;
    return d && typeof d.text === 'string' && typeof d.base === 'string'
      ? { text: d.text, base: d.base, at: Number(d.at) || 0 }
      : undefined;
  } catch {
    return undefined;
  }
}

export function saveDraft(folder: string, file: string, draft: Draft): void {
  try {
    localStorage.setItem(key(folder, file), JSON.stringify(draft));
  } catch {
    // 存储满了或被禁用：没法替办事员留底，页面上"未保存"的标记仍提醒他保存。
  }
}

export function clearDraft(folder: string, file: string): void {
  localStorage.removeItem(key(folder, file));
}

/** 有没保存的修改的文件。 */
export function draftFiles(folder: string): Set<string> {
  const prefix = `fzbg-draft:${folder}:`;
  const out = new Set<string>();
  for (let i = 0; i < localStorage.length; i++) {
    const k = localStorage.key(i);
    if (k?.startsWith(prefix)) out.add(k.slice(prefix.length));
  }
  return out;
}
