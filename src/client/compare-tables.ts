// The compare page's result tables (statistics, balance; cards on a phone, table.table-cards) and the strip chart's
// legend, built with el().
import type { OutcomeResult } from '../lib/compare/index';
import { formatP } from '../lib/compare/format';
import { pp } from '../lib/format/numbers';
import { balanceOf, statRows } from '../lib/compare/rows';
import { el } from './dom';

export function balanceTable(o: OutcomeResult): HTMLElement | null {
  const b = balanceOf(o);
  if (!b) return null;
  const head = ['Measure', 'Your seats', 'All candidate seats', 'Matched seats', 'SMD before', 'SMD after'];
  const table = el(
    'table',
    { id: 'cmp-balance', class: 'table-cards' },
    el('caption', {}, el('span', { class: 'cap' }, b.caption)),
    el('thead', {}, el('tr', {}, ...head.map((h, i) => el('th', { scope: 'col', class: i ? 'num' : '' }, h)))),
    el(
      'tbody',
      {},
      ...b.rows.map((r) =>
        el(
          'tr',
          {},
          el('th', { scope: 'row' }, r.covariate),
          ...[r.chosen, r.before, r.after, r.smdBefore, r.smdAfter].map((x, i) =>
            el('td', { class: 'num', 'data-label': head[i + 1]! }, x),
          ),
        ),
      ),
    ),
  );
  return el('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': b.caption }, table);
}

const interval = (low: number | null, high: number | null) =>
  low === null || high === null ? '–' : `${pp(low)} to ${pp(high)}`;

const STAT_HEAD = ['Measure', 'Seats', 'Points', '95% interval', 'p-value'] as const;

export function statTable(o: OutcomeResult, caption: string): HTMLElement {
  const rows = statRows(o, 'Your seats').map((r) =>
    el(
      'tr',
      { class: r.kind },
      el('th', { scope: 'row' }, r.label),
      el('td', { class: 'num', 'data-label': STAT_HEAD[1] }, r.n === null ? '–' : String(r.n)),
      el('td', { class: 'num', 'data-label': STAT_HEAD[2] }, pp(r.estimate)),
      el('td', { class: 'num nowrap', 'data-label': STAT_HEAD[3] }, interval(r.low, r.high)),
      el(
        'td',
        { class: 'num nowrap', 'data-label': STAT_HEAD[4] },
        r.p === null ? '–' : formatP(r.p).replace(/^p = /, '').replace(/^p /, ''),
      ),
    ),
  );
  const table = el(
    'table',
    { class: 'table-cards' },
    el('caption', {}, el('span', { class: 'cap' }, caption)),
    el('thead', {}, el('tr', {}, ...STAT_HEAD.map((h, i) => el('th', { scope: 'col', class: i ? 'num' : '' }, h)))),
    el('tbody', {}, ...rows),
  );
  return el('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': caption }, table);
}

export function legend(): HTMLElement {
  const item = (cls: string, text: string) =>
    el('li', {}, el('span', { class: `cmp-key ${cls}`, 'aria-hidden': 'true' }), text);
  return el(
    'ul',
    { class: 'legend-list', 'aria-label': 'Legend' },
    item('chosen', 'Your seat'),
    item('other', 'Matched or other seat'),
    item('average', 'Average (bar: 95% interval)'),
    item('benchmark', 'All votes in the region(s)'),
  );
}
