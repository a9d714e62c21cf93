/**
 * 工作台的截图（给人看，README 里引用）：两份样例，编辑器、页面预览和问题列表都在画面里。
 * 示例县 2024 原样打开（三条"与上年一字不差"的提醒）；南昌县 2023 打开后在一个数字后面打上"件"，
 * 问题列表和编辑器里都标出这个错误。图写到 out/serve/。
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, type Browser } from './support/chromium.js';
import { copyData, removeFolder, startTestServer, type TestServer } from './support/workbench-server.js';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer(copyData(['示例县', '南昌县']));
  browser = await openBrowser();
  mkdirSync('out/serve', { recursive: true });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (server) removeFolder(server.folder);
});

/** PNG 的宽和高（文件头里的 IHDR）。 */
function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString()).toBe('PNG');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

describe('截图', () => {
  it('示例县 2024：编辑器、预览、三条提醒', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url);
    await page.goto(`${server.origin}/#/示例县/2024.yaml`);
    await page.locator('.pg').nth(2).waitFor();
    await expect.poll(() => page.locator('#problems .problem').count()).toBe(3);
    await page.locator('.pv-pages span', { hasText: '全年共收到行政复议申请' }).first().click();
    await page.screenshot({ path: 'out/serve/示例县-2024.png' });
    expect(pngSize('out/serve/示例县-2024.png')).toEqual({ width: 1600, height: 1000 });
    await page.close();
  });

  it('南昌县 2023：写错一个数字，问题列表和编辑器里都标出来', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/#/南昌县/2023.yaml`);
    await page.locator('.pg').nth(10).waitFor();
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+f');
    const field = page.locator('.cm-search input[name="search"]');
    await field.pressSequentially('审查: 398');
    await field.press('Enter');
    await page.keyboard.press('Escape');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.insertText('件');
    const error = page.locator('#problems .problem.error');
    await expect.poll(() => error.count()).toBe(1);
    expect(await error.textContent()).toMatch(/第 27 行.*审查/);
    await expect.poll(() => page.locator('.cm-lintRange-error').count()).toBe(1);
    await page.screenshot({ path: 'out/serve/南昌县-2023.png' });
    expect(pngSize('out/serve/南昌县-2023.png')).toEqual({ width: 1600, height: 1000 });
    await page.close();
  });
});
