// /seats/?q=…: filters the A–Z tables to the seats the search box would offer (same ranking, typos and other names
// included), says how many match, and puts the query back in the search box. Postcodes are left to the box, which
// looks them up.
import { classifyPostcodeInput } from '../lib/postcode/format';
import { SEARCH_INDEX_PATH } from '../lib/search/paths';
import { looksLikeSeatCode, searchSeats } from '../lib/search/search';
import type { SearchIndex } from '../lib/search/seat-index';

async function filter(): Promise<void> {
  const box = document.querySelector<HTMLElement>('[data-seats-filter]');
  const status = box?.querySelector<HTMLElement>('[data-seats-filter-status]');
  const q = (new URLSearchParams(window.location.search).get('q') ?? '').trim().slice(0, 100);
  if (!box || !status || q === '') return;
  const search = document.querySelector<HTMLInputElement>('[data-seat-search-input]');
  if (search) search.value = q;
  box.hidden = false;
  if (!looksLikeSeatCode(q) && classifyPostcodeInput(q) !== null) {
    status.textContent = `“${q}” looks like a postcode: the Find a seat box above looks it up. All seats are listed below.`;
    // The box's code (loaded on first use) looks up what the box holds when it starts; started already, it is told.
    const form = search?.form;
    if (form?.dataset.enhanced === 'true') search!.dispatchEvent(new Event('input'));
    else if (form) void import('./seat-search').then((m) => m.enhance(form));
    return;
  }
  const base = box.dataset.base ?? '/';
  let index: SearchIndex;
  try {
    const res = await fetch(new URL(`${base}${SEARCH_INDEX_PATH}`, window.location.href).href, {
      mode: 'same-origin',
      credentials: 'same-origin',
    });
    if (!res.ok) throw new Error(String(res.status));
    index = (await res.json()) as SearchIndex;
  } catch {
    status.textContent = 'The seat list could not be filtered (network error); all seats are listed below.';
    return;
  }
  const hits = searchSeats(index, q, Infinity);
  const keep = new Set(hits.map((h) => `${h.boundarySet}:${h.code}`));
  document.body.toggleAttribute('data-seats-filtered', true);
  for (const row of document.querySelectorAll<HTMLTableRowElement>('tr[data-seat]'))
    row.hidden = !keep.has(row.dataset.seat ?? '');
  for (const section of document.querySelectorAll<HTMLElement>('[data-seats-set]')) {
    section.hidden = !section.querySelector('tr[data-seat]:not([hidden])');
  }
  const fuzzy = hits.length > 0 && hits.every((h) => h.match === 'fuzzy');
  status.textContent =
    hits.length === 0
      ? `No seat matches “${q}”.`
      : `${hits.length} ${hits.length === 1 ? 'seat matches' : 'seats match'} “${q}”${fuzzy ? ' (closest spellings)' : ''}.`;
}

void filter();
