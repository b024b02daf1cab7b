// Browser side of SeatSearch, imported on first focus or typing: turns the plain form into a WAI-ARIA 1.2
// combobox over seat names, and looks up postcodes from the per-district files (answers shown as links below the
// box, not as options). Text goes in via textContent only; nothing typed leaves the browser.
import { classifyPostcodeInput, formatPostcode } from '../lib/postcode/format';
import { districtToFetch, resolvePostcode } from '../lib/postcode/resolve';
import { postcodeDistrictPath, type PostcodeDistrictFile } from '../lib/postcode/district-file';
import { looksLikeSeatCode, searchAnswer, searchSeats, type SearchHit } from '../lib/search/search';
import { seatHref, seatsListHref } from '../lib/search/paths';
import { boundarySetLabel, type SearchSeat } from '../lib/search/seat-index';
import { el } from './dom';
import { searchPanel } from './seat-search-panel';
import { fetchJson } from './fetch-json';
import { loadSeats, type Seats } from './seat-search-data';

const LIMIT = 8;
const POSTCODE_DELAY_MS = 150;
const enhanced = new WeakSet<HTMLFormElement>();

/** A seat, or (last, when more match than are shown) the row that opens the list of them all. */
type Option = { seat: SearchSeat; note: string } | { all: number; query: string };

function part<T extends HTMLElement>(form: HTMLFormElement, name: string): T {
  const node = form.querySelector<T>(`[data-seat-search-${name}]`);
  if (!node) throw new Error(`SeatSearch: missing [data-seat-search-${name}]`);
  return node;
}

/** Wires one SeatSearch form; calling it again on the same form does nothing. */
export function enhance(form: HTMLFormElement): void {
  if (enhanced.has(form)) return;
  enhanced.add(form);

  const base = form.dataset.base ?? '/';
  const input = part<HTMLInputElement>(form, 'input');
  const list = part<HTMLUListElement>(form, 'list');
  const status = part<HTMLElement>(form, 'status');
  const panel = part<HTMLElement>(form, 'postcode');
  const reason = part<HTMLElement>(form, 'reason');
  const found = part<HTMLElement>(form, 'found');
  const credit = part<HTMLElement>(form, 'credit');

  let options: Option[] = [];
  let active = -1;
  let sequence = 0;
  let timer: number | undefined;

  const setStatus = (text: string) => {
    if (status.textContent !== text) status.textContent = text;
  };

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const open = () => {
    if (options.length === 0) return;
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };

  const setActive = (i: number) => {
    const items = list.querySelectorAll<HTMLLIElement>('[role="option"]');
    items.forEach((li, j) => li.setAttribute('aria-selected', j === i ? 'true' : 'false'));
    active = i;
    const li = items[i];
    if (li) {
      input.setAttribute('aria-activedescendant', li.id);
      li.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };

  const go = (seat: SearchSeat) => {
    window.location.assign(seatHref(base, seat));
  };
  const goToList = (text: string) => {
    window.location.assign(seatsListHref(base, text));
  };
  const choose = (o: Option) => ('seat' in o ? go(o.seat) : goToList(o.query));

  const showOptions = (next: Option[]) => {
    options = next;
    active = -1;
    input.removeAttribute('aria-activedescendant');
    list.replaceChildren(
      ...next.map((o, i) => {
        const li = el('li', { class: 'seat' in o ? 'seat-search__option' : 'seat-search__option seat-search__all' });
        li.id = `${list.id}-${i}`;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        if ('seat' in o)
          li.append(
            el('span', { class: 'seat-search__name' }, o.seat.name),
            el('span', { class: 'seat-search__meta' }, o.note),
          );
        else li.append(`${o.all} seats match: see all`);
        return li;
      }),
    );
    if (next.length) open();
    else close();
  };

  const panelOf = searchPanel({ panel, reason, found, credit }, base, {
    announce: setStatus,
    clearOptions: () => showOptions([]),
  });
  const { say, sayNoMatch, showResolution, showNetworkError } = panelOf;
  const hidePanel = panelOf.hide;

  const lookUpPostcode = async (text: string, mine: number) => {
    const district = districtToFetch(text);
    if (district !== null) {
      // Said at once, and replaced by the answer: a district's file can take seconds on a slow connection.
      const typed = classifyPostcodeInput(text);
      say(`Looking up ${typed?.kind === 'full' ? (formatPostcode(typed.postcode) ?? district) : district}…`);
    }
    let seats: Seats | null = null;
    try {
      seats = await loadSeats(base);
      const nameOf = (code: string) => (seats?.byKey.get(`2024:${code}`) ?? seats?.byKey.get(`2010:${code}`))?.name;
      const file =
        district === null
          ? null
          : await fetchJson<PostcodeDistrictFile | null>(base, postcodeDistrictPath(district), true);
      if (mine !== sequence) return;
      showResolution(resolvePostcode(text, file, { nameOf }), seats);
    } catch {
      if (mine === sequence) showNetworkError();
    }
  };

  const noteOf = (hit: SearchHit, unchanged: boolean) =>
    [
      hit.via ? `also called ${hit.via}` : hit.match === 'code' ? hit.code : '',
      unchanged ? 'seat unchanged since 2010' : boundarySetLabel(hit.boundarySet),
      hit.region,
    ]
      .filter(Boolean)
      .join(' · ');

  /**
   * Enter or the button on a name or code: open the seat it identifies, list the matches when several fit (a name
   * new and old seats share or start with), or say there is none.
   */
  const openTop = async (text: string, mine: number) => {
    try {
      const { index } = await loadSeats(base);
      if (mine !== sequence) return;
      const answer = searchAnswer(index, text);
      if (answer.kind === 'seat') go(answer.seat);
      else if (answer.kind === 'list') goToList(text);
      else sayNoMatch(text);
    } catch {
      if (mine === sequence) showNetworkError();
    }
  };

  const searchNames = async (text: string, mine: number) => {
    try {
      const { index } = await loadSeats(base);
      if (mine !== sequence) return;
      // A seat whose boundaries and code did not change in 2024 is one page: one option, not one per boundary set.
      const all = searchSeats(index, text, Infinity);
      const seen = new Set<string>();
      const twice = new Set<string>();
      const hits = all.filter((h) => (seen.has(h.code) ? (twice.add(h.code), false) : (seen.add(h.code), true)));
      if (hits.length === 0) {
        sayNoMatch(text);
        return;
      }
      const shown: Option[] = hits.slice(0, LIMIT).map((seat) => ({ seat, note: noteOf(seat, twice.has(seat.code)) }));
      // The list of them all counts a seat once per boundary set, as /seats/ lists it.
      showOptions(hits.length > LIMIT ? [...shown, { all: all.length, query: text }] : shown);
      setStatus(
        hits.length <= LIMIT
          ? `${hits.length} ${hits.length === 1 ? 'seat' : 'seats'} found. Use the up and down arrows to choose.`
          : `${all.length} seats found; showing the first ${LIMIT}, then an option to see all. Use the up and down arrows to choose.`,
      );
    } catch {
      if (mine === sequence) showNetworkError();
    }
  };

  const update = (immediate = false) => {
    const mine = ++sequence;
    window.clearTimeout(timer);
    const text = input.value;
    const parsed = looksLikeSeatCode(text) ? null : classifyPostcodeInput(text);
    if (text.trim() === '') {
      if (immediate) say('Type a seat name or a postcode.');
      else {
        showOptions([]);
        hidePanel();
        setStatus('');
      }
      return;
    }
    if (parsed === null) {
      hidePanel();
      void (immediate ? openTop(text, mine) : searchNames(text, mine));
      return;
    }
    if (parsed.kind === 'partial' && !immediate) {
      showOptions([]);
      panel.hidden = false;
      credit.hidden = true;
      found.replaceChildren();
      reason.textContent = 'Keep typing: a full postcode looks like SW1A 1AA.';
      return;
    }
    if (immediate) void lookUpPostcode(text, mine);
    else timer = window.setTimeout(() => void lookUpPostcode(text, mine), POSTCODE_DELAY_MS);
  };

  input.addEventListener('input', () => update());

  input.addEventListener('keydown', (event) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (list.hidden) open();
        if (options.length) setActive(active < 0 || active >= options.length - 1 ? 0 : active + 1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (list.hidden) open();
        if (options.length) setActive(active <= 0 ? options.length - 1 : active - 1);
        break;
      case 'Enter': {
        event.preventDefault();
        const chosen = options[active];
        if (!list.hidden && chosen) choose(chosen);
        else update(true);
        break;
      }
      case 'Escape':
        form.classList.add('seat-search--hint-off'); // the hint too can be dismissed (until the next visit)
        if (!list.hidden) {
          event.preventDefault();
          close();
        } else if (input.value !== '') {
          event.preventDefault();
          input.value = '';
          update();
        }
        break;
      case 'Tab':
        close();
        break;
      default:
    }
  });

  list.addEventListener('mousedown', (event) => event.preventDefault());
  list.addEventListener('click', (event) => {
    const li = (event.target as Element).closest<HTMLLIElement>('[role="option"]');
    const i = li ? Array.from(list.children).indexOf(li) : -1;
    const chosen = options[i];
    if (chosen) choose(chosen);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update(true);
  });
  form.addEventListener('focusout', (event) => {
    if (form.contains(event.relatedTarget as Node | null)) return;
    close();
    form.classList.remove('seat-search--hint-off');
  });
  input.addEventListener('focus', () => {
    if (options.length && input.value.trim() !== '') open();
  });

  form.dataset.enhanced = 'true';
  void loadSeats(base).catch(() => undefined);
  if (input.value.trim() !== '') update();
}
