// SeatSearch's answer to a postcode: the 2024 seat (or the seats to choose from) and the 2010-2023 seat, as links
// in a definition list.
import type { PostcodeResolution } from '../lib/postcode/resolve';
import { seatHref } from '../lib/search/paths';
import type { BoundarySet, SearchSeat } from '../lib/search/seat-index';
import { el } from './dom';
import type { Seats } from './seat-search-data';

export function answerRows(
  r: PostcodeResolution,
  seats: Seats | null,
  base: string,
): { rows: HTMLElement[]; links: number } {
  const seatLink = (seat: SearchSeat) => {
    const a = el('a', {}, seat.name);
    a.href = seatHref(base, seat);
    return a;
  };
  const seatOf = (set: BoundarySet, code: string): SearchSeat =>
    seats?.byKey.get(`${set}:${code}`) ?? {
      code,
      name: code,
      boundarySet: set,
      slug: code.toLowerCase(),
      region: '',
    };
  const rows: HTMLElement[] = [];
  const newSeats = r.newSeats.map((c) => seatOf('2024', c.code));
  if (newSeats.length) {
    const dt = el(
      'dt',
      {},
      r.status === 'exact'
        ? 'Your 2024 seat'
        : r.status === 'likely'
          ? 'Most likely your 2024 seat'
          : 'Choose your 2024 seat',
    );
    const dd = el('dd');
    if (newSeats.length === 1) dd.append(seatLink(newSeats[0] as SearchSeat));
    else {
      const ul = el('ul', { class: 'seat-search__choose' });
      ul.append(
        ...newSeats.map((s) => {
          const li = el('li');
          li.append(seatLink(s));
          return li;
        }),
      );
      dd.append(ul);
    }
    rows.push(dt, dd);
  }
  const oldSeat = r.oldSeat === null ? null : seatOf('2010', r.oldSeat);
  if (oldSeat) {
    const dd = el('dd');
    dd.append(seatLink(oldSeat));
    rows.push(el('dt', {}, 'Your 2010–2023 seat'), dd);
  }
  return { rows, links: newSeats.length + (oldSeat ? 1 : 0) };
}
