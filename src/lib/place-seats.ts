// Which seats a place named in a source covers, when the source names a town or county and not a seat: the seats with
// at least PLACE_MIN_SHARE of their live postcodes in the place's local authority, or holding at least that share of
// the authority's postcodes (so a small authority still has its seat). Postcodes stand in for people: a postcode
// holds about 15 addresses, more in towns than in the country, so a share is a rough guide, not a population.

/** The least share of a seat's postcodes in a place, or of a place's postcodes in a seat, for the seat to count. */
export const PLACE_MIN_SHARE = 0.1;

export interface PlaceSeat {
  code: string;
  /** The seat's live postcodes in the authority, as a share of its live postcodes in any authority (3 decimals). */
  share: number;
  /** The same postcodes as a share of the authority's live postcodes (3 decimals). */
  ofPlace: number;
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * The seats of `authority` from counts of live postcodes (authority -> seat -> postcodes), largest share first (then
 * by code); none when the authority has no postcodes.
 */
export function seatsOfAuthority(
  counts: Readonly<Record<string, Readonly<Record<string, number>>>>,
  authority: string,
): PlaceSeat[] {
  const here = counts[authority];
  if (!here) return [];
  const seatTotals = new Map<string, number>();
  for (const bySeat of Object.values(counts))
    for (const [seat, n] of Object.entries(bySeat))
      if (seat in here) seatTotals.set(seat, (seatTotals.get(seat) ?? 0) + n);
  const placeTotal = Object.values(here).reduce((a, n) => a + n, 0);
  return Object.entries(here)
    .map(([code, n]) => ({ code, share: n / seatTotals.get(code)!, ofPlace: n / placeTotal }))
    .filter((s) => s.share >= PLACE_MIN_SHARE || s.ofPlace >= PLACE_MIN_SHARE)
    .map((s) => ({ code: s.code, share: round3(s.share), ofPlace: round3(s.ofPlace) }))
    .sort((a, b) => b.share - a.share || (a.code < b.code ? -1 : 1));
}
