// The table beside the map, re-drawn for each view with textContent only, and sortable by any column.
import {
  firstDirection,
  isNumericColumn,
  sortRows,
  type MapRow,
  type SortColumn,
  type SortDirection,
} from '../lib/maps/values-table';

const COLUMNS: SortColumn[] = ['name', 'region', 'winner', 'value'];

/** A row as built into the page (the value's sort key is in data-sort). */
function rowFromDom(tr: HTMLTableRowElement): MapRow {
  const link = tr.querySelector('th a');
  const [region, winner, value] = [...tr.querySelectorAll('td')];
  const sort = value?.dataset.sort ?? '';
  return {
    code: tr.dataset.code ?? '',
    name: link?.textContent ?? '',
    href: link?.getAttribute('href') ?? '',
    region: region?.textContent ?? '',
    winner: winner?.textContent ?? '',
    cell: value?.textContent ?? '',
    sort: sort === '' ? null : Number.isFinite(Number(sort)) ? Number(sort) : sort,
  };
}

export class MapTable {
  private rows: MapRow[] = [];
  private column: SortColumn = 'name';
  private direction: SortDirection = 'ascending';

  constructor(private readonly table: HTMLTableElement) {
    this.rows = [...(table.tBodies[0]?.rows ?? [])].map(rowFromDom);
    this.addSortButtons();
  }

  /** Sets the rows and the value column's heading, keeping the reader's chosen order. */
  update(rows: MapRow[], valueHeader: string, caption: string): void {
    this.rows = rows;
    this.table.querySelector('th[data-col="value"]')?.classList.toggle('num', isNumericColumn(rows));
    const valueButton = this.table.querySelector<HTMLButtonElement>('th[data-col="value"] button [data-label]');
    if (valueButton) valueButton.textContent = valueHeader;
    const cap = this.table.querySelector('caption [data-caption]');
    if (cap) cap.textContent = caption;
    this.draw();
  }

  private addSortButtons(): void {
    for (const th of this.table.querySelectorAll<HTMLTableCellElement>('thead th[data-col]')) {
      const col = th.dataset.col as SortColumn;
      if (!COLUMNS.includes(col)) continue;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'gw-sort';
      const label = document.createElement('span');
      label.dataset.label = '';
      label.textContent = th.textContent?.trim() ?? '';
      const arrow = document.createElement('span');
      arrow.className = 'gw-sort__arrow';
      arrow.setAttribute('aria-hidden', 'true');
      button.append(label, arrow);
      button.addEventListener('click', () => {
        this.direction =
          this.column === col ? (this.direction === 'ascending' ? 'descending' : 'ascending') : firstDirection(col);
        this.column = col;
        this.draw();
      });
      th.replaceChildren(button);
    }
    this.markSorted();
  }

  private markSorted(): void {
    for (const th of this.table.querySelectorAll<HTMLTableCellElement>('thead th[data-col]')) {
      const on = th.dataset.col === this.column;
      if (on) th.setAttribute('aria-sort', this.direction);
      else th.removeAttribute('aria-sort');
      const arrow = th.querySelector('.gw-sort__arrow');
      if (arrow) arrow.textContent = on ? (this.direction === 'ascending' ? ' ▲' : ' ▼') : '';
    }
  }

  private draw(): void {
    const body = this.table.tBodies[0];
    if (!body) return;
    const frag = document.createDocumentFragment();
    const numeric = isNumericColumn(this.rows);
    for (const r of sortRows(this.rows, this.column, this.direction)) {
      const tr = document.createElement('tr');
      tr.dataset.code = r.code;
      const name = document.createElement('th');
      name.scope = 'row';
      const a = document.createElement('a');
      a.href = r.href;
      a.textContent = r.name;
      name.append(a);
      const region = document.createElement('td');
      region.textContent = r.region;
      const winner = document.createElement('td');
      winner.textContent = r.winner;
      const value = document.createElement('td');
      if (numeric) value.className = 'num';
      value.dataset.sort = r.sort === null ? '' : String(r.sort);
      value.textContent = r.cell;
      tr.append(name, region, winner, value);
      frag.append(tr);
    }
    body.replaceChildren(frag);
    this.markSorted();
  }
}
