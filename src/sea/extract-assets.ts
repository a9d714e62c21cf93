import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** 打进可执行程序的文件清单（scripts/dist.ts 写入名为 ASSET_LIST 的资源）：相对路径 → 资源名。 */
export const ASSET_LIST = 'fzbg-assets.json';

export interface AssetList {
  /** 全部文件内容的散列：换了版本或模板就换一个文件夹，旧的不会被误用。 */
  hash: string;
  files: string[];
}

type GetAsset = (key: string) => ArrayBuffer | Uint8Array;

const bytes = (data: ArrayBuffer | Uint8Array) => (data instanceof Uint8Array ? Buffer.from(data) : Buffer.from(data));

/**
 * 把模板、预编译的部件和批量生成的工作线程代码放到一个真的文件夹里，返回它：
 * 读模板、LibreOffice 读 fonts.conf、工作线程加载代码都要真的文件。
 * 每个版本只写一次（临时文件夹的 fzbg-<散列>），先写到旁边再改名，几个进程同时启动也不会读到写了一半的文件。
 */
export function extractAssets(getAsset: GetAsset, base = tmpdir()): string {
  const list = JSON.parse(bytes(getAsset(ASSET_LIST)).toString('utf8')) as AssetList;
  const root = join(base, `fzbg-${list.hash}`);
  if (existsSync(join(root, 'package.json'))) return root;
  const staging = `${root}.tmp-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  for (const file of list.files) {
    const target = join(staging, file);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, bytes(getAsset(file)));
  }
  try {
    renameSync(staging, root);
  } catch (e) {
    // 别的 fzbg 进程先写好了：用它的。
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(join(root, 'package.json'))) throw e;
  }
  return root;
}
