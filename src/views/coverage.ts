// Plain-words labels for the kinds of link between a seat and an organising effort (data/organisers.csv).
import type { CuratedData } from '../lib/schema/curated-data';

export const LINK_KIND_LABELS: Record<string, string> = {
  'named-in-unit-report': "Named in the organising unit's own report",
  'organiser-based-there': 'Organiser based there (job advert or party statement)',
  'local-party-worked-with-unit': 'Local party says it worked with the unit',
  'event-only': 'An event was held there',
  'community-campaign': 'Community campaign location',
};

/** One seat's membership of one cited seat set: the kinds of link (organiser sets) or the party given a clear run (pacts). */
export interface SeatCoverage {
  setId: string;
  /** Distinct link kinds recorded for the seat, strongest first (empty for a plain seat set). */
  kinds: string[];
  /** For a pact set with a `party_given_clear_run` column: that party's code. */
  partyGivenClearRun?: string;
}

const KIND_ORDER = Object.keys(LINK_KIND_LABELS);
const byStrength = (a: string, b: string) =>
  (KIND_ORDER.indexOf(a) < 0 ? 99 : KIND_ORDER.indexOf(a)) - (KIND_ORDER.indexOf(b) < 0 ? 99 : KIND_ORDER.indexOf(b));

/** Seat code -> the cited sets it is in, in registry order; places without a code are left out. Pure given the data. */
export function coverageFrom(data: Pick<CuratedData, 'sets'>): Map<string, SeatCoverage[]> {
  const out = new Map<string, SeatCoverage[]>();
  for (const set of data.sets) {
    const bySeat = new Map<string, SeatCoverage>();
    for (const row of set.rows) {
      if (!row.ons_code) continue;
      let c = bySeat.get(row.ons_code);
      if (!c) {
        c = { setId: set.entry.id, kinds: [] };
        bySeat.set(row.ons_code, c);
      }
      if (set.format === 'organisers' && 'link_kind' in row && !c.kinds.includes(row.link_kind))
        c.kinds.push(row.link_kind);
      const party = 'attributes' in row ? row.attributes.party_given_clear_run : undefined;
      if (party) c.partyGivenClearRun = party;
    }
    for (const [code, c] of bySeat) {
      c.kinds.sort(byStrength);
      const list = out.get(code);
      if (list) list.push(c);
      else out.set(code, [c]);
    }
  }
  return out;
}
