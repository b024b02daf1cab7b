// Near matches for a pasted entry that names no seat exactly: the seats whose names it starts (whole words first),
// or the one seat within the search box's typing mistakes, offered as "Did you mean …?".
import { typoCost } from '../search/search';

/** A seat as the near matches see it: its name normalised and split into words. */
interface PreparedSeat<S extends { code: string; name: string }> {
  seat: S;
  norm: string;
  words: string[];
}

/** A seat named back to the reader. */
export interface Named {
  code: string;
  name: string;
}

/**
 * Seats whose name starts with the entry, or whose words start with each of its words; where some seats have each of
 * its words whole, only those ("London" is the City of London's seat, not East Londonderry).
 */
export function nearMatches<S extends Named>(norm: string, prepared: readonly PreparedSeat<S>[]): Named[] {
  if (norm.length < 2) return [];
  const tokens = norm.split(' ');
  const near = prepared.filter(
    (p) => p.norm.startsWith(norm) || tokens.every((t) => p.words.some((w) => w.startsWith(t))),
  );
  const whole = near.filter((p) => tokens.every((t) => p.words.includes(t)));
  return (whole.length ? whole : near).map((p) => ({ code: p.seat.code, name: p.seat.name }));
}

/** The one seat nearest a mistyped entry, as the search box allows typing mistakes; null when none or a tie. */
export function typoMatch<S extends Named>(norm: string, prepared: readonly PreparedSeat<S>[]): Named | null {
  const tokens = norm.split(' ');
  let best: { seat: S; cost: number } | null = null;
  let tie = false;
  for (const p of prepared) {
    const cost = typoCost(tokens, p.words);
    if (cost === Infinity || (best && cost > best.cost)) continue;
    tie = best !== null && cost === best.cost;
    if (!tie) best = { seat: p.seat, cost };
  }
  return best && !tie ? { code: best.seat.code, name: best.seat.name } : null;
}
