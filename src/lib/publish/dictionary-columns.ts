// The data dictionary's column descriptions shared by several tables, with col() that looks a column up (shared or
// a registry metric's) and the sources, licence notes and seat columns the table entries name.
import { METRICS } from '../metrics/registry';
import { LICENCES, type ColumnDoc, type ForeignKeyDoc, type TableDoc } from './dictionary-types';

const ELECTIONS = ['2010', '2015', '2017', '2019', '2019N', '2024'];
const CONFIDENCE = ['high', 'medium', 'low'];

export const shared: Record<string, Omit<ColumnDoc, 'column'>> = {
  election: {
    type: 'string',
    values: ELECTIONS,
    required: true,
    meaning:
      'Election id: 2010, 2015, 2017, 2019 (fought on the 2010–2023 seats), 2019N (2019 notional result on the 2024 seats) or 2024.',
  },
  ons_code: {
    type: 'string',
    required: true,
    meaning:
      'ONS constituency code (E14, W07, S14 for Great Britain; N06 for Northern Ireland 2010–2023, N05 from 2024). The join key for everything.',
  },
  constituency: { type: 'string', meaning: 'Constituency name as the House of Commons Library writes it.' },
  estimated: {
    type: 'boolean',
    meaning: 'true when the party votes are Groundwork estimates (the 2019 notional result), false for counted votes.',
  },
  notes: {
    type: 'string',
    meaning:
      'Why a cell is empty: the column and a reason code (party-did-not-stand, speaker-seat, not-both-parties, no-previous-election, no-electorate).',
  },
  electorate: { type: 'integer', unit: 'electors', meaning: 'Registered electors.' },
  valid_votes: {
    type: 'number',
    unit: 'votes',
    meaning: 'Valid votes cast (the denominator of every share); two decimals for 2019N estimates.',
  },
  prev_election: {
    type: 'string',
    meaning:
      'The earlier election on the same boundaries that changes and swing are measured against (2019N for 2024; none for 2010 and 2019N).',
  },
  set_id: {
    type: 'string',
    required: true,
    meaning: 'The cited seat set the row belongs to (an id in data/seat-sets/sets.json): cou-2019 or utr-2019.',
  },
  name_in_source: { type: 'string', required: true, meaning: 'The place as the source spells it.' },
  source_url: {
    type: 'string',
    required: true,
    meaning: 'Address of the source (several separated by " ; " where a row rests on more than one).',
  },
  source_title: { type: 'string', required: true, meaning: 'Title of each source, in the same order as source_url.' },
  confidence: {
    type: 'string',
    values: CONFIDENCE,
    required: true,
    meaning:
      'high: a primary or official source, or two independent reports agreeing; medium: one secondary report read word for word; low: an inference, a loose source or a derived figure.',
  },
  note: {
    type: 'string',
    required: true,
    meaning:
      'Why the row has its kind and confidence, quoting the source where it can, with any caveat. Unresolved places start with "UNRESOLVED:".',
  },
  boundary_set: {
    type: 'string',
    values: ['2010', '2024'],
    required: true,
    meaning: '2010 for the 2010–2023 seats, 2024 for the seats first used in 2024.',
  },
};

/** Each registry metric's published columns, described where the metric is defined. */
export const metricDocs: Record<string, Omit<ColumnDoc, 'column'>> = Object.fromEntries(
  METRICS.flatMap((m) => m.columns).map((c) => [c.column, { type: c.type, unit: c.unit, meaning: c.meaning }]),
);

export const col = (column: string, doc: Partial<Omit<ColumnDoc, 'column'>> = {}): ColumnDoc => {
  const base = shared[column] ?? metricDocs[column];
  const merged = { ...base, ...doc } as Omit<ColumnDoc, 'column'>;
  if (!merged.meaning || !merged.type) throw new Error(`dictionary: column ${column} has no meaning or type`);
  return { column, ...merged };
};

export const PARTY = 'Party code (see the list of party codes on /data/).';
/** Where the counted results come from and under which licences: the same for every table built from them. */
export const RESULT_PROVENANCE: Pick<TableDoc, 'sources' | 'licences' | 'licenceNote' | 'curated'> = {
  sources: [
    'hoc-ge2015',
    'hoc-ge2017',
    'hoc-ge2019',
    'hoc-ge2024',
    'hoc-1918-2019',
    'bes-2019',
    'ec-ge2010',
    'notional-2019-csv',
    'notional-2019-json',
    'overlaps',
    'ukparl-2025',
  ],
  licences: [LICENCES.opl, LICENCES.ccby],
  licenceNote:
    "Counted results: House of Commons Library, Open Parliament Licence v3.0. 2010 minor-party votes in Great Britain come from the British Election Study (no licence stated; cite the BES) and the 2010 party totals from the Electoral Commission (no licence stated in the copy; published for re-use). The 2019N estimates use mySociety's seat overlaps (CC BY 4.0).",
  curated: false,
};
export const CURATED_NOTE =
  'Facts compiled by hand from the sources named on every row; Groundwork states no licence of its own for the compilation. Quote the sources, and cite this file with its data version.';
export const SEAT_FK = (resource: string): ForeignKeyDoc => ({
  fields: ['ons_code'],
  reference: { resource, fields: ['ons_code'] },
});

/** Columns of seats.csv that are neither shared nor a registry metric's. */
export const SEAT_COLUMNS: Record<string, Partial<Omit<ColumnDoc, 'column'>>> = {
  region: { type: 'string', meaning: 'English region, or Wales, Scotland or Northern Ireland.' },
  nation: { type: 'string', meaning: 'England, Wales, Scotland or Northern Ireland.' },
  winner: { type: 'string', meaning: 'Winning party code (for 2019N, the official notional winner).' },
  second: {
    type: 'string',
    meaning:
      'Runner-up party code (for 2019N, the named party with the largest estimated share after the winner: the estimate of all other candidates adds up many candidates, so it is never the runner-up there).',
  },
  majority_votes: {
    type: 'number',
    unit: 'votes',
    meaning: "Winner's votes minus the runner-up's (for 2019N, the official notional majority).",
  },
  prev_winner: { type: 'string', meaning: 'Winning party at prev_election, for gain or hold.' },
};

/** Columns of regions.csv that are neither shared nor a registry metric's. */
export const REGION_COLUMNS: Record<string, Partial<Omit<ColumnDoc, 'column'>>> = {
  area_code: {
    type: 'string',
    required: true,
    meaning: 'ONS code of the region (E12…), nation (E92, W92, S92, N92) or UK (K02000001).',
  },
  area: { type: 'string', meaning: 'Area name.' },
  kind: { type: 'string', values: ['region', 'nation', 'uk'], meaning: 'region, nation or uk.' },
  seats: { type: 'integer', unit: 'seats', meaning: 'Number of seats.' },
  con_seats: { type: 'integer', unit: 'seats', meaning: 'Seats won by the Conservatives.' },
  lab_seats: { type: 'integer', unit: 'seats', meaning: 'Seats won by Labour.' },
  ld_seats: { type: 'integer', unit: 'seats', meaning: 'Seats won by the Liberal Democrats.' },
};
