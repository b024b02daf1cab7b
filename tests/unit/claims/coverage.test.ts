// coverageFrom: each seat's cited sets, link kinds strongest first, the party given a clear run, unresolved places left out.
import { describe, expect, it } from 'vitest';
import { coverageFrom } from '~/views/coverage';
import type { CuratedData } from '../../../src/lib/schema/curated-data';

// TEST DATA, hand-made: two sets in the shape the curated loader produces; URLs and notes are placeholders.
const src = {
  source_url: 'https://example.org/a',
  source_title: 'Example',
  confidence: 'medium' as const,
  note: 'test row',
  election: '2019' as const,
  name_in_source: 'x',
};
const SETS: CuratedData['sets'] = [
  {
    format: 'organisers',
    entry: { id: 'org-test' } as CuratedData['sets'][number]['entry'],
    codes: ['E14000001', 'E14000002'],
    rows: [
      { ...src, set_id: 'org-test', ons_code: 'E14000001', local_authority_code: null, link_kind: 'event-only' },
      {
        ...src,
        set_id: 'org-test',
        ons_code: 'E14000001',
        local_authority_code: null,
        link_kind: 'named-in-unit-report',
      },
      { ...src, set_id: 'org-test', ons_code: 'E14000001', local_authority_code: null, link_kind: 'event-only' },
      {
        ...src,
        set_id: 'org-test',
        ons_code: 'E14000002',
        local_authority_code: null,
        link_kind: 'community-campaign',
      },
      {
        ...src,
        set_id: 'org-test',
        ons_code: null,
        local_authority_code: 'E06999001',
        link_kind: 'organiser-based-there',
      },
    ],
  },
  {
    format: 'seat-set',
    entry: { id: 'pact-test' } as CuratedData['sets'][number]['entry'],
    codes: ['E14000001', 'W07000041'],
    rows: [
      { ...src, set_id: 'pact-test', ons_code: 'E14000001', attributes: { party_given_clear_run: 'ld' } },
      { ...src, set_id: 'pact-test', ons_code: 'W07000041', attributes: { party_given_clear_run: 'pc' } },
    ],
  },
];

describe('coverageFrom', () => {
  const c = coverageFrom({ sets: SETS });

  it('lists every set a seat is in, in registry order, with distinct kinds strongest first', () => {
    expect(c.get('E14000001')).toEqual([
      { setId: 'org-test', kinds: ['named-in-unit-report', 'event-only'] },
      { setId: 'pact-test', kinds: [], partyGivenClearRun: 'ld' },
    ]);
    expect(c.get('E14000002')).toEqual([{ setId: 'org-test', kinds: ['community-campaign'] }]);
    expect(c.get('W07000041')).toEqual([{ setId: 'pact-test', kinds: [], partyGivenClearRun: 'pc' }]);
  });

  it('leaves out places with no seat code and seats in no set', () => {
    expect([...c.keys()].sort()).toEqual(['E14000001', 'E14000002', 'W07000041']);
    expect(c.get('E14000999')).toBeUndefined();
  });
});
