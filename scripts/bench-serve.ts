/**
 * 工作台的延迟：在真的浏览器里打开最大的样例（南昌县 2023），在导语里逐键打 100 次（打一个字、删一个字交替），
 * 量每次从按键到预览换成新页面（页面自己记下改动和显示的时刻，见 web/workbench-page.ts 的 fzbgTrace）。
 * 只量不判。npm run bench 调用它；也可以单独运行 node dist/scripts/bench-serve.js。
 */
import { at } from '../src/core/at.js';
import { openBrowser } from '../tests/support/chromium.js';
import { copyData, removeFolder, startTestServer } from '../tests/support/workbench-server.js';

/** 页面记下的改动和显示的时刻（web/workbench-page.ts）。 */
type Traced = Window & { fzbgTrace?: { changedAt: number; shownAt?: number }[] };

export interface ServeLatency {
  edits: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
}

export async function measureServeLatency(edits = 100): Promise<ServeLatency> {
  const server = await startTestServer(copyData(['南昌县']));
  const browser = await openBrowser();
  try {
    const page = await browser.context.newPage();
    await page.goto(server.url);
    await page.goto(`${server.origin}/#/南昌县/2023.yaml`);
    await page.locator('.pg').nth(10).waitFor();
    // 光标放到导语里"全面建设"之后
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+f');
    const field = page.locator('.cm-search input[name="search"]');
    await field.pressSequentially('为主线，');
    await field.press('End');
    await field.press('Enter');
    await page.keyboard.press('Escape');
    await page.keyboard.press('ArrowRight');
    const samples: number[] = [];
    for (let i = 0; i < edits + 5; i++) {
      const before = await page.evaluate(() => (window as Traced).fzbgTrace?.length ?? 0);
      await page.keyboard.press(i % 2 === 0 ? 'a' : 'Backspace');
      await page.waitForFunction((n) => {
        const last = (window as Traced).fzbgTrace?.[n];
        return last?.shownAt !== undefined;
      }, before);
      const t = await page.evaluate((n) => (window as Traced).fzbgTrace?.[n], before);
      if (i >= 5 && t?.shownAt !== undefined) samples.push(t.shownAt - t.changedAt); // 前 5 次预热
    }
    const sorted = [...samples].sort((a, b) => a - b);
    return {
      edits: samples.length,
      medianMs: at(sorted, Math.floor(sorted.length / 2)),
      p95Ms: at(sorted, Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)),
      maxMs: at(sorted, sorted.length - 1),
    };
  } finally {
    await browser.close();
    await server.close();
    removeFolder(server.folder);
  }
}

if (process.argv[1]?.endsWith('bench-serve.js')) {
  const r = await measureServeLatency();
  console.log(
    `工作台：按键到预览更新（南昌县 2023，${r.edits} 次）中位数 ${r.medianMs.toFixed(0)} 毫秒，95% ${r.p95Ms.toFixed(0)} 毫秒，最长 ${r.maxMs.toFixed(0)} 毫秒`,
  );
}
