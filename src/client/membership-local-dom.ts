// Small DOM helpers for the membership tool: tables and select options, built with el() (text never as HTML).
import { el } from './dom';

export function must<T extends Element>(root: ParentNode, selector: string): T {
  const node = root.querySelector<T>(selector);
  if (!node) throw new Error(`membership tool: missing ${selector}`);
  return node;
}

export interface Column<T> {
  head: string;
  cell: (row: T) => string;
  numeric?: boolean;
  /** Render this column's cells as row headers. */
  rowHeader?: boolean;
}

/**
 * A table in a focusable scrolling region, built with textContent only. With `stack`, on a phone each row becomes a
 * block of labelled values (the page's CSS), so wide tables keep their numbers on screen.
 */
export function table<T>(
  caption: string,
  columns: readonly Column<T>[],
  rows: readonly T[],
  opts: { stack?: boolean } = {},
): HTMLElement {
  const wrap = el('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': caption });
  const t = el('table', opts.stack ? { class: 'ml-stack' } : {});
  const cap = el('caption');
  cap.append(el('span', { class: 'cap' }, caption));
  t.append(cap);
  const head = el('tr');
  for (const c of columns) head.append(el('th', { scope: 'col', ...(c.numeric ? { class: 'num' } : {}) }, c.head));
  const thead = el('thead');
  thead.append(head);
  t.append(thead);
  const body = el('tbody');
  for (const r of rows) {
    const tr = el('tr');
    for (const c of columns) {
      const cell = c.rowHeader
        ? el('th', { scope: 'row' }, c.cell(r))
        : el('td', { ...(c.numeric ? { class: 'num' } : {}), 'data-label': c.head }, c.cell(r));
      tr.append(cell);
    }
    body.append(tr);
  }
  t.append(body);
  wrap.append(t);
  return wrap;
}

export function fillSelect(
  select: HTMLSelectElement,
  options: readonly { value: string; label: string }[],
  selected?: string,
): void {
  const keep = selected ?? select.value;
  select.replaceChildren(...options.map((o) => el('option', { value: o.value }, o.label)));
  if (options.some((o) => o.value === keep)) select.value = keep;
}

export function list(items: readonly string[], attrs: Record<string, string> = {}): HTMLUListElement {
  const ul = el('ul', attrs);
  for (const i of items) ul.append(el('li', {}, i));
  return ul;
}
