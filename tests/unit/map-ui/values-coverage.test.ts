// Seat sets as map layers: strongest link per seat, party colours for a pact, and an honest note for partial lists.
import { describe, expect, it } from 'vitest';
import { CATEGORY_COLOURS, coverageLayer, LINKED_PLACE, OUTSIDE_COLOUR } from '~/lib/maps/values-coverage';

const ORGANISERS = {
  id: 'cou-2019',
  title: 'Organisers',
  election: '2019',
  format: 'organisers',
  completeness: 'partial',
  caveat: 'c',
  attribute: null,
  categoryLabel: 'Strongest link',
} as const;

const organisers = coverageLayer({
  ...ORGANISERS,
  categories: ['named-in-unit-report', 'organiser-based-there', 'event-only', 'community-campaign'],
  labels: { 'event-only': 'Event only' },
  rows: [
    { code: 'X', kind: 'event-only' },
    { code: 'X', kind: 'named-in-unit-report' },
    { code: 'Y', kind: 'community-campaign' },
    { code: null, kind: 'named-in-unit-report' },
  ],
});

const pact = coverageLayer({
  id: 'utr-2019',
  title: 'Pact',
  election: '2019',
  format: 'seat-set',
  completeness: 'complete',
  caveat: 'c',
  categories: ['ld', 'green', 'pc'],
  attribute: 'party_given_clear_run',
  categoryLabel: 'Party given a clear run',
  labels: {},
  rows: [
    { code: 'P', attributes: { party_given_clear_run: 'green' } },
    { code: 'Q', attributes: { party_given_clear_run: 'ld' } },
  ],
});

const withPlaces = coverageLayer({
  ...ORGANISERS,
  categories: ['named-in-unit-report', 'event-only'],
  labels: {},
  rows: [{ code: 'X', kind: 'event-only' }],
  placeSeats: ['X', 'Z1', 'Z2'],
});

describe('coverageLayer', () => {
  it("colours the seats of linked places last, keeps a named seat's own link, and does not count them as covered", () => {
    expect(withPlaces.seats).toEqual({ X: 'event-only', Z1: LINKED_PLACE, Z2: LINKED_PLACE });
    expect(withPlaces.items.at(-1)).toEqual({
      key: LINKED_PLACE,
      colour: CATEGORY_COLOURS[6],
      label: 'In a place the sources name, no seat named',
    });
    expect(withPlaces.note).toBe(
      'Each seat is coloured by its strongest recorded link. 1 seat. This list is partial: it holds only the seats that public sources name, so a grey seat may have been covered too. 2 more seats lie in places the sources name without naming a seat; they are not counted as covered.',
    );
  });

  it('keeps the strongest link of each seat and skips unresolved places', () => {
    expect(organisers.seats).toEqual({ X: 'named-in-unit-report', Y: 'community-campaign' });
  });

  it('lists only the categories present, in order, with colour-blind-safe colours', () => {
    expect(organisers.items).toEqual([
      { key: 'named-in-unit-report', colour: CATEGORY_COLOURS[0], label: 'named-in-unit-report' },
      { key: 'community-campaign', colour: CATEGORY_COLOURS[3], label: 'community-campaign' },
    ]);
  });

  it('says a partial list is partial, and what grey means', () => {
    expect(organisers.complete).toBe(false);
    expect(organisers.note).toBe(
      'Each seat is coloured by its strongest recorded link. 2 seats. This list is partial: it holds only the seats that public sources name, so a grey seat may have been covered too.',
    );
    expect(organisers.outside).toEqual({
      key: 'outside',
      colour: OUTSIDE_COLOUR,
      label: 'Not named in the list (the list is partial)',
    });
  });

  it('colours a pact by the party given a clear run', () => {
    expect(pact.seats).toEqual({ P: 'green', Q: 'ld' });
    expect(pact.items).toEqual([
      { key: 'ld', colour: '#FAA61A', label: 'Liberal Democrat' },
      { key: 'green', colour: '#02A95B', label: 'Green' },
    ]);
    expect(pact.note).toBe('2 seats. This list is complete.');
    expect(pact.outside.label).toBe('Not in the set');
    expect(pact.categoryLabel).toBe('Party given a clear run');
  });
});
