/**
 * README 里的汇总网页截图：fzbg summary 汇总样例（data/），用无界面的 Chromium 打开生成的 .html 截图，
 * 写到 docs/summary.png。Chromium 是 Debian 的 chromium 软件包（bash scripts/install-tools.sh --chromium），
 * 由 playwright-core 驱动，决不下载浏览器。
 * 用法：npm run build && node dist/scripts/screenshot-summary.js [--data data] [--out docs/summary.png]
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { run } from '../src/cli.js';

const CHROMIUM = '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return (i >= 0 ? process.argv[i + 1] : undefined) ?? fallback;
};
const data = arg('data', 'data');
const png = resolve(arg('out', 'docs/summary.png'));
const outDir = resolve('out/summary-screenshot');

const code = await run(['summary', data, '--out', outDir]);
if (code !== 0) throw new Error(`fzbg summary 退出码 ${code}`);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1800 }, deviceScaleFactor: 1 });
  // 网页自成一体：除了它自己，不许加载任何东西（有外部引用就是错的）
  const outside: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    outside.push(url);
    return route.abort();
  });
  await page.goto(pathToFileURL(resolve(outDir, '法治政府建设年度报告汇总.html')).href);
  if (outside.length) throw new Error(`汇总网页引用了外部资源：${outside.join('、')}`);
  mkdirSync(dirname(png), { recursive: true });
  await page.screenshot({ path: png, clip: { x: 0, y: 0, width: 1280, height: 1800 } });
  console.log(`截图已写入 ${png}`);
} finally {
  await browser.close();
}
