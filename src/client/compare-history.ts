// /compare/'s browser history: each change the reader makes is an entry of its own, so Back undoes it and Forward
// redoes it. What the address does not carry (seats set aside when the boundaries changed, a cited set's
// partial-list caveat) rides in the entry, so it survives Back, Forward and a reload of the tab.
import type { BoundarySet } from '../lib/elections';
import type { SetAside } from '../lib/compare/set-aside';

export interface EntryExtras {
  partialList: boolean;
  aside: SetAside;
}

const SETS: readonly BoundarySet[] = ['2010', '2024'];

/** The extras of a history entry (`history.state`), or none when the entry is not this page's. */
export function entryExtras(value: unknown): EntryExtras {
  const v = (value ?? {}) as { partialList?: unknown; aside?: unknown };
  const aside: SetAside = new Map();
  if (Array.isArray(v.aside))
    for (const item of v.aside as unknown[]) {
      if (!Array.isArray(item)) continue;
      const [set, codes] = item as [unknown, unknown];
      if (SETS.includes(set as BoundarySet) && Array.isArray(codes))
        aside.set(
          set as BoundarySet,
          codes.filter((c): c is string => typeof c === 'string'),
        );
    }
  return { partialList: v.partialList === true, aside };
}

/**
 * Puts the state's query in the address: a new entry when the reader changed the selection (`push`), in place when
 * the page only reads or tidies the address (`replace`) or nothing in the query changed.
 */
export function writeEntry(query: string, extras: EntryExtras, mode: 'push' | 'replace'): void {
  const data = { partialList: extras.partialList, aside: [...extras.aside] };
  const url = `${location.pathname}${query}`;
  if (mode === 'push' && query !== location.search) history.pushState(data, '', url);
  else history.replaceState(data, '', url);
}
