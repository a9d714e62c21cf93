/**
 * 种子报告（网页上抓下来的原文）里报告正文的起止：标题取自网页，正文从第一行到最后一行，
 * 去掉网页的导航、浏览量、页脚等。这是"生成的文档与发布的报告一致"测试的标准答案。
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SeedBody {
  seed: string;
  data: string;
  title: string;
  first: string;
  last: string;
}

export const SEEDS: readonly SeedBody[] = [
  {
    seed: '000_d48e264ae942e3b1.txt',
    data: 'data/泸西县/2020.yaml',
    title: '中共泸西县人民政府党组关于泸西县2020年法治政府建设工作情况的报告',
    first: '县委常委会',
    last: '(此件公开发布)',
  },
  {
    seed: '001_762afae05cecc87d.txt',
    data: 'data/瀍河回族区/2021.yaml',
    title: '瀍河回族区人民政府关于2021年度法治政府建设工作情况的报告',
    first: '2021年,瀍河回族区坚持',
    last: '2022年2月23日',
  },
  {
    seed: '002_c206478b488dd24a.txt',
    data: 'data/南昌县/2023.yaml',
    title: '南昌县政府2023年度法治政府建设工作报告',
    first: '2023年,南昌县坚持',
    last: '三是持续全面提升行政争议化解质效',
  },
  {
    seed: '003_b72e240ebeaa4ba4.txt',
    data: 'data/清镇市/2015.yaml',
    title: '深入推进依法行政 全力建设法治政府—清镇市2015年依法行政工作情况报告',
    first: '自贵州省十二届人大三次会议',
    last: '2015年12月2日',
  },
];

/** 种子正文的各行（标题在前），空行去掉。 */
export function seedBodyLines(seed: SeedBody, root = '.'): string[] {
  const lines = readFileSync(join(root, 'seeds', seed.seed), 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim());
  const start = lines.findIndex((l) => l.startsWith(seed.first));
  const end = lines.findIndex((l, i) => i >= start && l.startsWith(seed.last));
  if (start < 0 || end < 0) throw new Error(`种子 ${seed.seed} 找不到正文起止`);
  return [seed.title, ...lines.slice(start, end + 1).filter((l) => l.length > 0)];
}
