// The published curated lists name each row's seat from its own boundary set: a row about the 2024 election gets its
// 2024 seat's name, not a blank (hand-made TEST DATA seats and rows).
import { describe, expect, it } from 'vitest';
import { publishedTable, type PublishInput } from '../../../src/lib/publish/published';
import type { CuratedData } from '../../../src/lib/schema/curated-data';
import type { Seat } from '../../../src/lib/schema/seat';

const seat = (code: string, name: string, boundarySet: '2010' | '2024') =>
  ({ code, name, boundarySet }) as unknown as Seat;
const common = {
  source_url: 'https://example.org/a',
  source_title: 'Example',
  confidence: 'high' as const,
  note: 'TEST DATA row.',
};
/** A curated row about the seat `ons_code` at `election`, in set `${prefix}-${election}`, with the fields of its kind. */
const row = (prefix: string, ons_code: string, election: '2019' | '2024', own: object) => ({
  ...common,
  set_id: `${prefix}-${election}`,
  ons_code,
  name_in_source: 'Somewhere',
  election,
  ...own,
});
const organiser = (code: string, election: '2019' | '2024') =>
  row('org', code, election, { link_kind: 'event-only' as const });
const seatSetRow = (code: string, election: '2019' | '2024') => row('pact', code, election, { attributes: {} });
const curated = {
  organisers: [organiser('E14000001', '2019'), organiser('E14001001', '2024')],
  sets: [
    { format: 'seat-set', rows: [seatSetRow('E14000001', '2019')] },
    { format: 'seat-set', rows: [seatSetRow('E14001001', '2024')] },
  ],
} as unknown as CuratedData;
const input = {
  seats: [seat('E14000001', 'Oldtown', '2010'), seat('E14001001', 'Newtown', '2024')],
  curated,
} as unknown as PublishInput;

describe('published curated lists', () => {
  it("organisers.csv and seat-sets.csv name a 2024 row's seat from the 2024 seats", () => {
    for (const file of ['organisers.csv', 'seat-sets.csv']) {
      const rows = publishedTable(input, file).rows;
      expect(rows.map((r) => [r.ons_code, r.election, r.constituency])).toEqual([
        ['E14000001', '2019', 'Oldtown'],
        ['E14001001', '2024', 'Newtown'],
      ]);
    }
  });
});
