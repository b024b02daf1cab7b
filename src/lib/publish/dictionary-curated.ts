// The data dictionary's entries for the hand-curated tables: organiser places, seat sets and membership figures.
import { CURATED_NOTE, PARTY, col } from './dictionary-columns';
import type { TableDoc } from './dictionary-types';

export const CURATED_TABLES: TableDoc[] = [
  {
    file: 'organisers.csv',
    title: "Places linked to Labour's Community Organising Unit",
    grain:
      'One row per place, kind of link and source (a seat backed by several sources has several rows). Places too loosely named for one seat have an empty ons_code, their local authority and its seats, and a note.',
    usedOn: ['organisers/', 'claims/organiser-seats/', 'claims/yorkshire-organisers/'],
    columns: [
      col('set_id'),
      col('ons_code', {
        required: false,
        meaning:
          'Constituency code on the 2010–2023 seats; empty when the source names a place that spans several seats (the row is kept, never given a guessed seat).',
      }),
      col('constituency', {
        meaning: 'The constituency the code names (House of Commons Library spelling); empty when unresolved.',
      }),
      col('local_authority_code', {
        type: 'string',
        required: false,
        meaning:
          'For a place that is not one seat: the ONS code of its local authority (E06, E07, E08, E09, S12 or W06), as the curator read the source; empty when ons_code is given.',
      }),
      col('place_seats', {
        type: 'string',
        required: false,
        meaning:
          "For a place that is not one seat: the codes of its seats, space-separated, largest share first. A seat counts when at least 10% of its live postcodes lie in the local authority, or it holds 10% of the authority's (OS Code-Point Open and the ONS postcode directory, Feb 2021). Claim checks give their matched headline with these seats left out too.",
      }),
      col('name_in_source'),
      col('election', { meaning: 'The general election the link is about (2019).' }),
      col('link_kind', {
        type: 'string',
        required: true,
        values: [
          'named-in-unit-report',
          'organiser-based-there',
          'local-party-worked-with-unit',
          'event-only',
          'community-campaign',
        ],
        meaning:
          "Kind of link, most direct first: named-in-unit-report (the unit's own report to the NEC), organiser-based-there (job advert or party statement), local-party-worked-with-unit, event-only (a mass meeting or launch), community-campaign.",
      }),
      col('source_url'),
      col('source_title'),
      col('confidence'),
      col('note'),
    ],
    primaryKey: ['set_id', 'name_in_source', 'link_kind', 'source_url'],
    sources: [],
    licences: [],
    licenceNote: CURATED_NOTE,
    curated: true,
  },
  {
    file: 'seat-sets.csv',
    title: 'Cited seat sets (the 2019 Unite to Remain pact)',
    grain: 'One row per set and seat, for every set in data/seat-sets/ (the organiser links are in organisers.csv).',
    usedOn: ['claims/unite-to-remain/', 'compare/'],
    columns: [
      col('set_id'),
      col('ons_code'),
      col('constituency', { meaning: 'The constituency the code names (House of Commons Library spelling).' }),
      col('name_in_source'),
      col('election', { meaning: 'The general election the set is about.' }),
      col('attribute', {
        type: 'string',
        meaning: "Name of the set's extra column, e.g. party_given_clear_run (empty when the set has none).",
      }),
      col('attribute_value', {
        type: 'string',
        meaning: 'Its value for this seat, e.g. ld, green or pc for the party given a clear run.',
      }),
      col('source_url'),
      col('source_title'),
      col('confidence'),
      col('note'),
    ],
    primaryKey: ['set_id', 'ons_code'],
    sources: [],
    licences: [],
    licenceNote: CURATED_NOTE,
    curated: true,
  },
  {
    file: 'membership.csv',
    title: 'National party membership figures',
    grain: 'One row per party, date, kind of figure and source, exactly the points charted on /membership/.',
    usedOn: ['membership/'],
    columns: [
      col('party', { type: 'string', required: true, meaning: PARTY }),
      col('date', { type: 'date', required: true, meaning: 'Date of the figure, YYYY-MM-DD; see date_precision.' }),
      col('date_precision', {
        type: 'string',
        values: ['day', 'month', 'year'],
        required: true,
        meaning:
          'day; month when the source gives only a month (dated to the 1st); year when it gives only a year (dated 1 January).',
      }),
      col('members', {
        type: 'integer',
        unit: 'members',
        required: true,
        meaning:
          'Members as the source states them; approximate figures ("around", "more than") are entered as stated and the note says so.',
      }),
      col('kind', {
        type: 'string',
        required: true,
        values: ['year-end-accounts', 'point-in-time', 'leadership-electorate', 'party-counter'],
        meaning:
          "year-end-accounts: 31 December, from the accounts filed with the Electoral Commission; point-in-time: a figure the party or a report gave at a stated moment; leadership-electorate: members eligible to vote in a leadership ballot; party-counter: the party's own live website counter (not audited).",
      }),
      col('source_url'),
      col('source_title'),
      col('confidence'),
      col('note'),
      col('file', {
        type: 'string',
        required: true,
        meaning: 'The curated file in the repository the row comes from.',
      }),
    ],
    primaryKey: ['party', 'date', 'kind', 'source_url'],
    sources: [],
    licences: [],
    licenceNote: CURATED_NOTE,
    curated: true,
  },
];
