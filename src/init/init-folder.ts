import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SCHEMA_FILE_NAME } from '../write/ensure-schema-file.js';
import { reportSchemaJson } from '../schema/schema-json.js';
import { writeFileAtomic } from '../write/write-file-atomic.js';
import { starterReport, starterYear } from './starter-report.js';
import { USAGE_TEXT } from './usage-text.js';
import { extensionsJson, settingsJson, tasksJson, type FzbgInvocation } from './vscode-files.js';

export interface InitResult {
  /** 新写的文件（相对工作文件夹）。 */
  written: string[];
  /** 已经有、没有动的文件。 */
  kept: string[];
  /** 数据文件夹 data/<地区>（相对工作文件夹）。 */
  regionDir: string;
}

/** 工作文件夹里的文件：相对路径 → 内容。使用说明给记事本打开：UTF-8 带 BOM、Windows 换行。 */
function initFiles(fzbg: FzbgInvocation): [string, string][] {
  return [
    [join('data', SCHEMA_FILE_NAME), reportSchemaJson()],
    [join('.vscode', 'extensions.json'), extensionsJson()],
    [join('.vscode', 'settings.json'), settingsJson()],
    [join('.vscode', 'tasks.json'), tasksJson(fzbg)],
    ['使用说明.txt', '\ufeff' + USAGE_TEXT.replace(/\n/g, '\r\n')],
  ];
}

/**
 * 做出办事员的工作文件夹。已有的文件一个也不覆盖（办事员可能改过），只补上缺的。
 * 地区的文件夹里还没有数据文件时，放一份起步用的（data/<地区>/<年度>.yaml）。
 */
export function initFolder(dir: string, region: string, fzbg: FzbgInvocation, now = new Date()): InitResult {
  const regionDir = join('data', region);
  mkdirSync(join(dir, regionDir), { recursive: true });
  const written: string[] = [];
  const kept: string[] = [];
  const files = initFiles(fzbg);
  if (!readdirSync(join(dir, regionDir)).some((f) => /\.ya?ml$/i.test(f))) {
    const year = starterYear(now);
    files.push([join(regionDir, `${year}.yaml`), starterReport(region, year)]);
  }
  for (const [file, content] of files) {
    if (existsSync(join(dir, file))) {
      kept.push(file);
      continue;
    }
    writeFileAtomic(join(dir, file), content);
    written.push(file);
  }
  return { written, kept, regionDir };
}
