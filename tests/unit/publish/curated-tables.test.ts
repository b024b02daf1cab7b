// The published curated lists name each row's seat from its own boundary set: a row about the 2024 election gets its
// 2024 seat's name, not a blank, and a place that is not one seat gets the seats of its own boundary set (hand-made
// TEST DATA seats and rows).
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
const row = (prefix: string, ons_code: string | null, election: '2019' | '2024', own: object) => ({
  ...common,
  set_id: `${prefix}-${election}`,
  ons_code,
  name_in_source: 'Somewhere',
  election,
  ...own,
});
const organiser = (code: string | null, election: '2019' | '2024', authority: string | null = null) =>
  row('org', code, election, { link_kind: 'event-only' as const, local_authority_code: authority });
const place = (election: '2019' | '2024') => organiser(null, election, 'E06999001');
const placeSeat = (code: string) => ({ code, share: 1, ofPlace: 1 });
const seatSetRow = (code: string, election: '2019' | '2024') => row('pact', code, election, { attributes: {} });
const curated = {
  organisers: [organiser('E14000001', '2019'), organiser('E14001001', '2024'), place('2019'), place('2024')],
  unresolvedOrganisers: [
    { file: 'data/organisers.csv', line: 4, row: place('2019'), seats: [placeSeat('E14000001')] },
    { file: 'data/organisers.csv', line: 5, row: place('2024'), seats: [placeSeat('E14001001')] },
  ],
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
      const rows = publishedTable(input, file).rows.filter((r) => r.ons_code !== null);
      expect(rows.map((r) => [r.ons_code, r.election, r.constituency])).toEqual([
        ['E14000001', '2019', 'Oldtown'],
        ['E14001001', '2024', 'Newtown'],
      ]);
    }
  });

  it("organisers.csv gives a place's local authority and the seats of its election's boundaries", () => {
    const rows = publishedTable(input, 'organisers.csv').rows;
    expect(rows.map((r) => [r.ons_code, r.election, r.local_authority_code, r.place_seats])).toEqual([
      ['E14000001', '2019', null, ''],
      ['E14001001', '2024', null, ''],
      [null, '2019', 'E06999001', 'E14000001'],
      [null, '2024', 'E06999001', 'E14001001'],
    ]);
  });
});
