/**
 * 工作台在真的浏览器里（Debian 的 chromium，playwright-core 驱动）：像办事员那样点、打字、保存，
 * 再到磁盘上核对。各步接着上一步（同一个页面、同一份临时数据），按顺序跑。
 */
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../src/cli.js';
import { captureIo } from './support/capture-io.js';
import { openBrowser, type Browser } from './support/chromium.js';
import { docxParts } from './support/docx-parts.js';
import { copyData, removeFolder, startTestServer, type TestServer } from './support/workbench-server.js';

let server: TestServer;
let browser: Browser;
let page: Page;
let file: string;
let original: string;
const pageErrors: string[] = [];

const text = () => page.evaluate(() => window.fzbgDebug?.text() ?? '');
const cursorLine = () => page.evaluate(() => window.fzbgDebug?.cursor().line ?? 0);
/** 预览里的文字（去掉行与行之间的分隔）。 */
const previewText = () => page.locator('.pv-pages').evaluate((e) => e.textContent ?? '');
const disk = () => readFileSync(file, 'utf8');
const history = () => {
  const dir = join(server.folder, '示例县', '.fzbg-历史', '2024.yaml');
  return existsSync(dir) ? readdirSync(dir).sort() : [];
};

/** 查找（Ctrl+F）一段文字，选中它，关上查找栏。 */
async function find(what: string): Promise<void> {
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+f');
  const field = page.locator('.cm-search input[name="search"]');
  await field.fill('');
  await field.pressSequentially(what);
  await field.press('End'); // 查找栏在按键抬起时更新；汉字是直接插入的，没有按键
  await field.press('Enter');
  await page.keyboard.press('Escape');
}

beforeAll(async () => {
  const folder = copyData(['示例县']);
  file = join(folder, '示例县', '2024.yaml');
  original = readFileSync(file, 'utf8');
  server = await startTestServer(folder);
  browser = await openBrowser();
  page = await browser.context.newPage();
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (e) => pageErrors.push(e.message));
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (server) removeFolder(server.folder);
});

describe('在浏览器里用工作台', () => {
  it('带令牌打开：列出县和年度，点一个打开它，排出公文页面', async () => {
    await page.goto(server.url);
    expect(page.url()).toBe(`${server.origin}/#/`.replace('#/', ''));
    await page.getByRole('link', { name: '2024 年' }).click();
    await page.locator('.pg').nth(2).waitFor();
    await expect.poll(() => page.locator('#status').textContent()).toMatch(/已保存/);
    expect(await text()).toBe(original);
    // 第一页：标题（两行）、主送，页码"— 1 —"居右（单页）
    const first = page.locator('.pg').first();
    await expect.poll(() => first.locator('.ln').first().textContent()).toBe('示例县人民政府关于');
    expect(await first.locator('.pn').textContent()).toBe('— 1 —');
    expect(await first.locator('.pn').getAttribute('class')).toContain('odd');
    expect(await first.locator('.ln').count()).toBeLessThanOrEqual(22);
    expect(await page.locator('#problems .problem.warning').count()).toBe(3);
  });

  it('在指标表单里填一个数字：写进文件（注释不动），预览和同比的句子随之变', async () => {
    await page.locator('#tab-figures').click();
    const row = page.locator('.fig-row', { has: page.locator('input[data-group="法律援助"][data-field="咨询"]') });
    await expect.poll(() => row.locator('.sentence').textContent()).toBe('同比增长10.1%，增加470人次');
    expect(await row.locator('.prior').textContent()).toBe('上年 4650');
    await row.locator('input').fill('6000');
    await expect.poll(() => text()).toContain('    咨询: 6000             # 上年：4650\n');
    await expect.poll(() => previewText()).toContain('受理法律咨询6000人次，同比增长29.0%');
    await expect.poll(() => row.locator('.sentence').textContent()).toBe('同比增长29.0%，增加1350人次');
    expect((await text()).split('\n').filter((l, i) => l !== original.split('\n')[i])).toEqual(['    咨询: 6000             # 上年：4650']);
  });

  it('写错一个数字：问题列表里报在那一行，点它回到编辑器的那一行', async () => {
    await page.locator('#tab-problems').click();
    await find('受理: 66');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.type('件');
    const problem = page.locator('#problems .problem.error').first();
    await expect.poll(() => problem.getAttribute('data-line')).toBe('38');
    expect(await problem.textContent()).toMatch(/第 38 行.*受理.*66件/);
    expect(await page.locator('.pv-banner').textContent()).toMatch(/还有错误/);
    await page.locator('.cm-content').click({ position: { x: 5, y: 5 } });
    expect(await cursorLine()).not.toBe(38);
    await problem.click();
    expect(await cursorLine()).toBe(38);
    expect(await page.locator('.cm-lineNumbers .cm-activeLineGutter').textContent()).toBe('38');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('cm-content'))).toBe(true);
  });

  it('改回来，Ctrl+S 保存：文件写到磁盘上，注释和排版都在，原来的版本留在 .fzbg-历史', async () => {
    await find('66件');
    await page.keyboard.type('66');
    await expect.poll(() => page.locator('#problems .problem.error').count()).toBe(0);
    await expect.poll(() => page.locator('#status').textContent()).toMatch(/未保存/);
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.locator('#status').textContent()).toMatch(/^已保存/);
    const saved = disk();
    expect(saved).toBe(original.replace('    咨询: 5120             # 上年：4650', '    咨询: 6000             # 上年：4650'));
    expect(saved).toContain('# 示例县是虚构的县');
    expect(history()).toHaveLength(1);
    expect(readFileSync(join(server.folder, '示例县', '.fzbg-历史', '2024.yaml', history()[0]!), 'utf8')).toBe(original);
  });

  it('生成 Word：下载的 .docx 与 fzbg build 生成的正文一样', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#btn-docx').click()]);
    expect(download.suggestedFilename()).toBe('2024年度法治政府建设情况报告.docx');
    const got = await download.path();
    const out = mkdtempSync(join(tmpdir(), 'fzbg-serve-build-'));
    expect(await run(['build', file, '--out', out], captureIo())).toBe(0);
    const built = join(out, '示例县', '2024年度法治政府建设情况报告.docx');
    const xml = (await docxParts(readFileSync(got))).document;
    expect(xml).toContain('受理法律咨询6000人次');
    expect(xml).toBe((await docxParts(readFileSync(built))).document);
    removeFolder(out);
  });

  it('点预览里的一段：编辑器跳到这段文字在数据文件里的那一行', async () => {
    const line = original.split('\n').findIndex((l) => l.includes('全年共收到行政复议申请')) + 1;
    await page.locator('.pv-pages span', { hasText: '全年共收到行政复议申请' }).first().click();
    expect(await cursorLine()).toBe(line);
  });

  it('文件在磁盘上被别的程序改了：页面说出来，可以比较，用磁盘上的版本', async () => {
    appendFileSync(file, '# 在记事本里加的一行\n');
    await page.locator('#conflict').waitFor({ state: 'visible' });
    expect(await page.locator('#conflict').textContent()).toMatch(/在别处被改过/);
    await page.locator('#conflict').getByRole('button', { name: '比较' }).click();
    const dialog = page.locator('dialog');
    await dialog.locator('.cm-mergeView').waitFor();
    expect(await dialog.textContent()).toContain('# 在记事本里加的一行');
    await dialog.getByRole('button', { name: '用磁盘上的版本' }).click();
    await expect.poll(() => text()).toBe(disk());
    expect(await page.locator('#conflict').isVisible()).toBe(false);
  });

  it('保存时磁盘上的文件刚被改过：不覆盖，说出来；确认保留自己的修改后才存', async () => {
    await page.locator('#tab-figures').click();
    await page.locator('input[data-group="学法"][data-field="常务会议学法"]').fill('9');
    await expect.poll(() => text()).toContain('常务会议学法: 9');
    const behind = disk() + '# 又在记事本里改了\n';
    writeFileSync(file, behind);
    await page.keyboard.press('Control+s');
    await page.locator('#conflict').waitFor({ state: 'visible' });
    expect(disk()).toBe(behind);
    await page.locator('#conflict').getByRole('button', { name: '保留我的修改' }).click();
    await page.keyboard.press('Control+s');
    await expect.poll(() => disk()).toContain('常务会议学法: 9');
    expect(disk()).not.toContain('# 又在记事本里改了');
    expect(readFileSync(join(server.folder, '示例县', '.fzbg-历史', '2024.yaml', history().at(-1)!), 'utf8')).toBe(behind);
  });

  it('没保存的修改：刷新页面、重启工作台都还在', async () => {
    await page.locator('#tab-figures').click();
    await page.locator('input[data-group="督察"][data-field="督导"]').fill('12');
    await expect.poll(() => text()).toContain('督导: 12');
    // 停手 0.3 秒后存进浏览器
    await expect.poll(() => page.evaluate(() => Object.keys(localStorage).some((k) => k.endsWith(':示例县/2024.yaml')))).toBe(true);
    await page.reload();
    await expect.poll(() => text()).toContain('督导: 12');
    expect(await page.locator('#status').textContent()).toMatch(/未保存/);
    expect(disk()).not.toContain('督导: 12');
    const port = server.port;
    await server.close();
    server = await startTestServer(server.folder, port);
    await page.goto(server.url);
    await page.goto(`${server.origin}/#/示例县/2024.yaml`);
    await expect.poll(() => text()).toContain('督导: 12');
    await page.keyboard.press('Control+s');
    await expect.poll(() => disk()).toContain('督导: 12');
  });

  it('以前的版本：恢复最早的那一版，保存后磁盘上就是它', async () => {
    await page.locator('#btn-history').click();
    const items = page.locator('dialog .versions li');
    await expect.poll(() => items.count()).toBe(history().length);
    await items.last().getByRole('button', { name: '恢复' }).click();
    await expect.poll(() => text()).toBe(original);
    await page.keyboard.press('Control+s');
    await expect.poll(() => disk()).toBe(original);
  });

  it('新建下一年：与 fzbg new 一样做出 2025 年的草稿并打开它', async () => {
    await page.locator('#btn-next').click();
    await page.locator('dialog').getByRole('button', { name: '新建' }).click();
    await expect.poll(() => page.url()).toContain(encodeURI('#/示例县/2025.yaml'));
    await expect.poll(() => text()).toContain('年度: 2025');
    expect(readFileSync(join(server.folder, '示例县', '2025.yaml'), 'utf8')).toBe(await text());
    expect(await text()).toContain('收到申请: # 上年：74');
  });

  it('与上年比较：打开比较的网页，下载修订稿', async () => {
    await page.goto(`${server.origin}/#/示例县/2024.yaml`);
    await expect.poll(() => text()).toBe(original);
    await page.locator('#btn-diff').click();
    const frame = page.frameLocator('dialog iframe');
    await expect.poll(() => frame.locator('table').textContent()).toContain('收到行政复议申请');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('dialog').getByRole('button', { name: '下载修订稿（Word）' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('2023—2024年度对比（修订）.docx');
    expect((await docxParts(readFileSync(await download.path()))).document).toContain('<w:ins ');
  });

  it('接连点了两个文件（两次打开同时在等）：只建一个编辑器，打开的是后点的', async () => {
    const other = await browser.context.newPage();
    try {
      await other.goto(server.url);
      await other.getByRole('link', { name: '2024 年' }).waitFor();
      await other.evaluate(() => {
        location.hash = '#/示例县/2023.yaml';
        setTimeout(() => (location.hash = '#/示例县/2024.yaml'), 0);
      });
      await expect.poll(() => other.locator('#file-name').textContent()).toBe('示例县/2024.yaml');
      await other.locator('.pg').nth(2).waitFor();
      expect(await other.locator('.cm-editor').count()).toBe(1);
    } finally {
      await other.close();
    }
  });

  it('整个过程没有内部错误，页面上没有脚本错误', () => {
    expect(server.internalErrors).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
