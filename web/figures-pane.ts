/**
 * 指标表单：目录里的每个数字一行——今年的值（可以填）、上年的值、写出的同比和增减。
 * 填一个数字，停一下就写进左边的文件（服务只改那一处，注释和排版不动），预览和这里的句子随之更新。
 * 文件里已有的组展开，没有的收起；正在填的框不被刷新打断。
 */
import { el } from './dom.js';
import type { FigureGroupRows, FigureRow } from './types.js';

type SetFigure = (group: string, field: string, value: number | null) => Promise<string | undefined>;

interface RowView {
  input: HTMLInputElement;
  prior: HTMLElement;
  sentence: HTMLElement;
  notes: HTMLElement;
  error: HTMLElement;
}

const shown = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v));

export function createFigures(
  root: HTMLElement,
  setFigure: SetFigure,
): (groups: readonly FigureGroupRows[], prior: string | undefined) => void {
  const rows = new Map<string, RowView>();
  const groups = new Map<string, HTMLDetailsElement>();
  const head = el('p', { class: 'fig-head' });
  const list = el('div', { class: 'fig-groups' });
  root.append(head, list);

  const row = (group: string, r: FigureRow): HTMLElement => {
    const id = `fig-${group}-${r.field}`;
    const input = el('input', {
      attrs: {
        id,
        type: 'text',
        inputmode: 'decimal',
        autocomplete: 'off',
        'data-group': group,
        'data-field': r.field,
        'aria-label': r.title,
      },
    });
    const view: RowView = {
      input,
      prior: el('span', { class: 'prior' }),
      sentence: el('span', { class: 'sentence' }),
      notes: el('span', { class: 'notes' }),
      error: el('span', { class: 'error', attrs: { role: 'alert' } }),
    };
    rows.set(`${group}.${r.field}`, view);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const commit = async () => {
      const raw = input.value.trim();
      const value = raw === '' ? null : Number(raw);
      if (value !== null && (!/^\d+(\.\d+)?$/.test(raw) || !Number.isFinite(value))) {
        view.error.textContent = '只写数字（不写单位、"余"或"%"）。';
        return;
      }
      view.error.textContent = (await setFigure(group, r.field, value)) ?? '';
    };
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => void commit(), 350);
    });
    input.addEventListener('change', () => {
      clearTimeout(timer);
      void commit();
    });
    return el(
      'div',
      { class: 'fig-row' },
      el(
        'label',
        { attrs: { for: id } },
        el('span', { class: 'title', text: r.title }),
        el('span', { class: 'unit', text: r.unit === '%' ? '（%）' : `（${r.unit}）` }),
      ),
      input,
      view.prior,
      view.notes,
      view.sentence,
      view.error,
    );
  };

  return (data, prior) => {
    head.textContent = prior
      ? `上年的值取自 ${prior}。填数字后稍等，左边的文件和预览会跟着变。`
      : '这个县文件夹里没有上一年度的文件：只能填今年的数字，没有同比。';
    for (const g of data) {
      let details = groups.get(g.group);
      if (!details) {
        details = el('details', { class: 'fig-group', attrs: { 'data-group': g.group } }, el('summary', { text: g.title }));
        details.open = g.rows.some((r) => r.value !== undefined);
        groups.set(g.group, details);
        list.append(details);
      }
      for (const r of g.rows) {
        let view = rows.get(`${g.group}.${r.field}`);
        if (!view) {
          details.append(row(g.group, r));
          view = rows.get(`${g.group}.${r.field}`);
        }
        if (!view) continue;
        if (document.activeElement !== view.input) view.input.value = shown(r.value);
        view.input.placeholder = r.value === null ? '待填' : '';
        view.prior.textContent = r.prior !== undefined ? `上年 ${r.prior}` : '';
        view.notes.textContent = r.notes.join('，');
        view.sentence.textContent = r.value === undefined && r.prior === undefined ? '' : r.sentence;
        view.sentence.classList.toggle('muted', !r.comparable);
      }
    }
  };
}
