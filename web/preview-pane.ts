/**
 * 右边的页面预览：服务算好的一页一页 HTML。更新时只换变了的页（滚动位置不动）；
 * 按窗格宽度缩放；点一段文字跳到数据文件里它的那一行；编辑器的光标移动时，标出光标所在的那一块。
 */
import { el } from './dom.js';

export interface PreviewPane {
  show(pages: readonly string[], css: string, blockLines: readonly number[], withErrors: boolean): void;
  /** 文件有 YAML 错误、渲染不出文档时：留着上一次的页面，标明它过时了。 */
  stale(reason: string): void;
  /** 标出光标所在的块：来源行不超过 line 的最后一块，但不早于 floor（光标所在的顶层键，如"正文:"那一行）。 */
  highlightLine(line: number, floor: number): void;
}

export function createPreview(root: HTMLElement, onJump: (line: number) => void): PreviewPane {
  const style = el('style');
  document.head.append(style);
  const banner = el('div', { class: 'pv-banner', attrs: { hidden: '' } });
  const pages = el('div', { class: 'pv pv-pages' });
  root.append(banner, pages);
  let lines: readonly number[] = [];
  let current = -1;
  let css = '';

  const fit = () => {
    const first = pages.firstElementChild as HTMLElement | null;
    const width = first?.offsetWidth ?? 794;
    pages.style.zoom = String(Math.max(0.3, Math.min(1.5, (root.clientWidth - 28) / width)));
  };
  new ResizeObserver(fit).observe(root);

  pages.addEventListener('click', (e) => {
    const span = (e.target as HTMLElement).closest<HTMLElement>('[data-b]');
    const line = span ? lines[Number(span.dataset.b)] : undefined;
    if (line) onJump(line);
  });

  const mark = (block: number) => {
    pages.querySelectorAll('.cur').forEach((n) => n.classList.remove('cur'));
    if (block < 0) return;
    const spans = pages.querySelectorAll<HTMLElement>(`[data-b="${block}"]`);
    spans.forEach((n) => n.classList.add('cur'));
    const first = spans[0];
    if (!first) return;
    const box = first.getBoundingClientRect();
    const view = root.getBoundingClientRect();
    if (box.top < view.top || box.bottom > view.bottom) first.scrollIntoView({ block: 'center' });
  };

  return {
    show(html, newCss, blockLines, withErrors) {
      if (newCss !== css) style.textContent = css = newCss;
      lines = blockLines;
      const existing = pages.children;
      html.forEach((h, i) => {
        let page = existing[i] as (HTMLElement & { fzbgHtml?: string }) | undefined;
        if (!page) {
          page = el('section', { class: 'pg', attrs: { 'aria-label': `第 ${i + 1} 页` } });
          pages.append(page);
        }
        if (page.fzbgHtml !== h) {
          page.innerHTML = h;
          page.fzbgHtml = h;
        }
      });
      while (pages.children.length > html.length) pages.lastElementChild?.remove();
      banner.hidden = !withErrors;
      banner.textContent = withErrors ? '数据里还有错误（见"问题"）：下面的页面仅供参考，改正后才能生成 Word。' : '';
      pages.classList.remove('stale');
      fit();
      if (current >= 0) mark(current);
    },
    stale(reason) {
      banner.hidden = false;
      banner.textContent = reason;
      pages.classList.add('stale');
    },
    highlightLine(line, floor) {
      let best = -1;
      lines.forEach((l, i) => {
        if (l >= floor && l > 0 && l <= line && (best < 0 || l >= (lines[best] ?? 0))) best = i;
      });
      current = best;
      mark(best);
    },
  };
}
