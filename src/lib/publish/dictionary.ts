// The data dictionary: every published column with its meaning, type and unit, and each table's keys, sources and
// licences. It is rendered on /data/ and is the source of datapackage.json (Frictionless Table Schemas).
import { METRICS } from '../metrics/registry';
import { REGIONS_COLUMNS, SEATS_COLUMNS } from './tables';

export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date';

export interface ColumnDoc {
  column: string;
  meaning: string;
  type: FieldType;
  /** Unit of a number, e.g. "percent", "percentage points", "votes". */
  unit?: string;
  /** Allowed values of a code column. */
  values?: readonly string[];
  /** True when the cell is never empty. */
  required?: boolean;
}

export interface ForeignKeyDoc {
  fields: string[];
  reference: { resource: string; fields: string[] };
}

export interface LicenceDoc {
  /** SPDX-style id where one exists (e.g. "CC-BY-4.0", "OGL-UK-3.0"), else null. */
  name: string | null;
  title: string;
  path: string;
}

export interface TableDoc {
  file: string;
  title: string;
  grain: string;
  /** Where the table is used on the site (path without the base), for "used on" links. */
  usedOn: string[];
  columns: ColumnDoc[];
  primaryKey: string[];
  foreignKeys?: ForeignKeyDoc[];
  /** Ids from data/sources.json that feed the table; curated tables cite a source on every row instead. */
  sources: string[];
  /** The licences of the material in the table; empty when none is stated (said in licenceNote). */
  licences: LicenceDoc[];
  licenceNote: string;
  /** Hand-curated from cited sources (data/ in the repository), rather than derived from the raw files. */
  curated: boolean;
}

export const LICENCES = {
  opl: {
    name: 'OPL-3.0',
    title: 'Open Parliament Licence v3.0',
    path: 'https://www.parliament.uk/site-information/copyright-parliament/open-parliament-licence/',
  },
  ogl: {
    name: 'OGL-UK-3.0',
    title: 'Open Government Licence v3.0',
    path: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
  },
  ccby: {
    name: 'CC-BY-4.0',
    title: 'Creative Commons Attribution 4.0',
    path: 'https://creativecommons.org/licenses/by/4.0/',
  },
} as const satisfies Record<string, LicenceDoc>;

const ELECTIONS = ['2010', '2015', '2017', '2019', '2019N', '2024'];
const CONFIDENCE = ['high', 'medium', 'low'];

const shared: Record<string, Omit<ColumnDoc, 'column'>> = {
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
const metricDocs: Record<string, Omit<ColumnDoc, 'column'>> = Object.fromEntries(
  METRICS.flatMap((m) => m.columns).map((c) => [c.column, { type: c.type, unit: c.unit, meaning: c.meaning }]),
);

const col = (column: string, doc: Partial<Omit<ColumnDoc, 'column'>> = {}): ColumnDoc => {
  const base = shared[column] ?? metricDocs[column];
  const merged = { ...base, ...doc } as Omit<ColumnDoc, 'column'>;
  if (!merged.meaning || !merged.type) throw new Error(`dictionary: column ${column} has no meaning or type`);
  return { column, ...merged };
};

const PARTY = 'Party code (see the list of party codes on /data/).';
const RESULT_SOURCES = [
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
];
const RESULT_LICENCES: LicenceDoc[] = [LICENCES.opl, LICENCES.ccby];
const RESULT_LICENCE_NOTE =
  "Counted results: House of Commons Library, Open Parliament Licence v3.0. 2010 minor-party votes in Great Britain come from the British Election Study (no licence stated; cite the BES) and the 2010 party totals from the Electoral Commission (no licence stated in the copy; published for re-use). The 2019N estimates use mySociety's seat overlaps (CC BY 4.0).";
const CURATED_NOTE =
  'Facts compiled by hand from the sources named on every row; Groundwork states no licence of its own for the compilation. Quote the sources, and cite this file with its data version.';
const SEAT_FK = (resource: string): ForeignKeyDoc => ({
  fields: ['ons_code'],
  reference: { resource, fields: ['ons_code'] },
});

/** Columns of seats.csv that are neither shared nor a registry metric's. */
const SEAT_COLUMNS: Record<string, Partial<Omit<ColumnDoc, 'column'>>> = {
  region: { type: 'string', meaning: 'English region, or Wales, Scotland or Northern Ireland.' },
  nation: { type: 'string', meaning: 'England, Wales, Scotland or Northern Ireland.' },
  winner: { type: 'string', meaning: 'Winning party code (for 2019N, the official notional winner).' },
  second: { type: 'string', meaning: 'Runner-up party code (for 2019N, from the estimate).' },
  majority_votes: {
    type: 'number',
    unit: 'votes',
    meaning: "Winner's votes minus the runner-up's (for 2019N, the official notional majority).",
  },
  prev_winner: { type: 'string', meaning: 'Winning party at prev_election, for gain or hold.' },
};

/** Columns of regions.csv that are neither shared nor a registry metric's. */
const REGION_COLUMNS: Record<string, Partial<Omit<ColumnDoc, 'column'>>> = {
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

export const DICTIONARY: TableDoc[] = [
  {
    file: 'results.csv',
    title: 'Votes by party',
    grain: 'One row per election, seat and party that stood.',
    usedOn: ['seats/', 'compare/'],
    columns: [
      col('election'),
      col('ons_code'),
      col('constituency'),
      col('party', {
        type: 'string',
        required: true,
        meaning: `${PARTY} "other" is all candidates not listed separately.`,
      }),
      col('votes', {
        type: 'number',
        unit: 'votes',
        required: true,
        meaning: 'Votes for the party (estimates for 2019N, two decimals).',
      }),
      col('share_pct', { type: 'number', unit: 'percent', meaning: 'Share of valid votes, percent, two decimals.' }),
      col('estimated'),
      col('source', {
        type: 'string',
        meaning:
          'Which source file supplied this number (an id from the sources table), or estimate:population-overlap.',
      }),
    ],
    primaryKey: ['election', 'ons_code', 'party'],
    sources: RESULT_SOURCES,
    licences: RESULT_LICENCES,
    licenceNote: RESULT_LICENCE_NOTE,
    curated: false,
  },
  {
    file: 'seats.csv',
    title: 'Seat results and metrics',
    grain: 'One row per election and seat (650 per election).',
    usedOn: ['seats/', 'compare/'],
    columns: SEATS_COLUMNS.map((c) => col(c, SEAT_COLUMNS[c])),
    primaryKey: ['election', 'ons_code'],
    sources: RESULT_SOURCES,
    licences: RESULT_LICENCES,
    licenceNote: RESULT_LICENCE_NOTE,
    curated: false,
  },
  {
    file: 'regions.csv',
    title: 'Region, nation and UK totals',
    grain:
      'One row per election and area (12 regions and nations, England, and the UK). Votes are summed over seats; shares are of the summed votes, never means of seat shares.',
    usedOn: ['region/'],
    columns: REGIONS_COLUMNS.map((c) => col(c, REGION_COLUMNS[c])),
    primaryKey: ['election', 'area_code'],
    sources: RESULT_SOURCES,
    licences: RESULT_LICENCES,
    licenceNote: RESULT_LICENCE_NOTE,
    curated: false,
  },
  {
    file: 'organisers.csv',
    title: "Places linked to Labour's Community Organising Unit",
    grain:
      'One row per place, kind of link and source (a seat backed by several sources has several rows). Places too loosely named for one seat have an empty ons_code and a note.',
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
  {
    file: 'context.csv',
    title: 'Seat context used for matching: Leave estimate and deprivation',
    grain: 'One row per seat and boundary set (1,300 rows). Empty cells are seats the source does not cover.',
    usedOn: ['compare/', 'claims/organiser-seats/', 'methodology/'],
    columns: [
      col('ons_code'),
      col('boundary_set'),
      col('constituency'),
      col('leave_pct', {
        type: 'number',
        unit: 'percent',
        meaning:
          'Estimated 2016 EU referendum Leave share (Chris Hanretty), Great Britain only; empty for Northern Ireland.',
      }),
      col('leave_source', {
        type: 'string',
        meaning: 'Source id of leave_pct (leave-2010 for the 2010–2023 seats, leave-2024 for the 2024 seats).',
      }),
      col('deprivation_score', {
        type: 'number',
        unit: 'index score (higher = more deprived)',
        meaning:
          "mySociety composite UK deprivation score. On the 2024 seats it is Groundwork's population-weighted mean of the old seats' scores (mySociety overlaps), given only when more than half the new seat's population is covered.",
      }),
      col('deprivation_method', {
        type: 'string',
        values: ['published', 'reweighted-from-2010-seats'],
        meaning:
          "published: mySociety's own seat score; reweighted-from-2010-seats: Groundwork's re-weighting to the 2024 seats.",
      }),
    ],
    primaryKey: ['ons_code', 'boundary_set'],
    sources: ['leave-2010', 'leave-2024', 'imd', 'overlaps'],
    licences: [LICENCES.ccby],
    licenceNote:
      'Leave estimates: Chris Hanretty, no licence stated (cite Hanretty 2017, doi:10.1080/17457289.2017.1287081). Deprivation: mySociety composite UK IMD, no licence stated in the copy. Re-weighting to 2024 seats uses mySociety overlaps (CC BY 4.0).',
    curated: false,
  },
  {
    file: 'lineage.csv',
    title: 'Old-to-new seat overlaps',
    grain: 'One row per pair of a 2010–2023 seat and a 2024 seat that share population.',
    usedOn: ['methodology/'],
    columns: [
      col('old_code', { type: 'string', required: true, meaning: 'Constituency code on the 2010–2023 seats.' }),
      col('old_constituency', { type: 'string', meaning: 'Its name.' }),
      col('new_code', { type: 'string', required: true, meaning: 'Constituency code on the 2024 seats.' }),
      col('new_constituency', { type: 'string', meaning: 'Its name.' }),
      col('pop_share_of_old', {
        type: 'number',
        unit: 'fraction (0–1)',
        meaning: "Share of the old seat's population living in the new seat.",
      }),
      col('pop_share_of_new', {
        type: 'number',
        unit: 'fraction (0–1)',
        meaning: "Share of the new seat's population that came from the old seat.",
      }),
    ],
    primaryKey: ['old_code', 'new_code'],
    sources: ['overlaps', 'ukparl-2025'],
    licences: [LICENCES.ccby],
    licenceNote: 'mySociety 2025-constituencies overlaps, CC BY 4.0 (attribute mySociety).',
    curated: false,
  },
  {
    file: 'notional-2019.csv',
    title: "2019 results on the 2024 seats: Groundwork's estimate beside the official notional result",
    grain: 'One row per 2024 seat (650).',
    usedOn: ['methodology/', 'seats/'],
    columns: [
      col('ons_code', { meaning: 'Constituency code on the 2024 seats.' }),
      col('constituency'),
      col('official_winner', {
        type: 'string',
        required: true,
        meaning: 'Winner of the official notional 2019 result (UK Parliament election results service).',
      }),
      col('official_majority', { type: 'number', unit: 'votes', meaning: 'Official notional majority.' }),
      col('estimate_winner', {
        type: 'string',
        required: true,
        meaning: "Winner of Groundwork's estimate (2019 votes shared out by population overlap).",
      }),
      col('estimate_second', { type: 'string', meaning: 'Runner-up in the estimate.' }),
      col('estimate_majority', { type: 'number', unit: 'votes', meaning: 'Estimated majority, two decimals.' }),
      col('official_winner_margin', {
        type: 'number',
        unit: 'votes',
        meaning:
          'Estimated votes of the official winner minus its strongest estimated rival (negative when the estimate disagrees).',
      }),
      col('winner_agrees', {
        type: 'boolean',
        required: true,
        meaning: 'true when the estimate and the official notional result have the same winner.',
      }),
    ],
    primaryKey: ['ons_code'],
    sources: ['notional-2019-csv', 'notional-2019-json', 'hoc-ge2019', 'overlaps'],
    licences: [LICENCES.opl, LICENCES.ccby],
    licenceNote:
      'Official notional figures: UK Parliament, Open Parliament Licence v3.0 (via Open Innovations). Estimate: Commons Library 2019 results (OPL) shared out with mySociety overlaps (CC BY 4.0).',
    curated: false,
  },
];

// The seat foreign keys: every code in a table is a seat in seats.csv of the matching boundary set.
for (const t of DICTIONARY) {
  if (['organisers.csv', 'seat-sets.csv'].includes(t.file)) t.foreignKeys = [SEAT_FK('seats')];
}

/** The columns of the CSVs behind charts (/downloads/{family}/{key}.csv) and claim pages (/claims/{slug}.csv). */
export interface DownloadDoc {
  pattern: string;
  title: string;
  columns: { column: string; meaning: string }[];
}

const d = (column: string, meaning: string) => ({ column, meaning });

export const DOWNLOAD_DICTIONARY: DownloadDoc[] = [
  {
    pattern: 'downloads/seat-history/{code}.csv',
    title: 'Seat vote-share history chart',
    columns: [
      d('ons_code', shared.ons_code!.meaning),
      d('constituency', 'Seat name.'),
      d('election', 'Election id.'),
      d('party', PARTY),
      d('share_pct', 'Share of valid votes, percent.'),
      d('estimated', shared.estimated!.meaning),
    ],
  },
  {
    pattern: 'downloads/membership-trend/uk.csv',
    title: 'Party membership chart',
    columns: [
      d('date', 'Date of the figure, YYYY-MM-DD.'),
      d('date_precision', 'day, month or year.'),
      d('party', PARTY),
      d('members', 'Members as stated.'),
      d('kind', 'year-end-accounts, point-in-time, leadership-electorate or party-counter (as in membership.csv).'),
      d('source_url', 'Address of the source.'),
      d('source_title', 'Title of the source.'),
      d('confidence', 'high, medium or low.'),
    ],
  },
  {
    pattern: 'downloads/labour-share/uk.csv',
    title: "Labour's national vote share at every general election since 1918",
    columns: [
      d('election', 'General election (1974F and 1974O are February and October 1974).'),
      d('lab_votes', 'Labour votes summed over contested seats.'),
      d('total_votes', 'All votes summed over the same seats.'),
      d('lab_pct', 'Labour share, percent.'),
      d('change_pp', 'Change since the previous general election, percentage points.'),
      d('source', 'Source file id.'),
    ],
  },
  {
    pattern: 'downloads/map/{view}.csv and downloads/region-map/{view}.csv',
    title: 'Hex and region maps',
    columns: [
      d('ons_code', shared.ons_code!.meaning),
      d('constituency', 'Seat name.'),
      d('region', 'Region or nation.'),
      d('election', 'Election id.'),
      d('winner', 'Winning party code.'),
      d('measure', 'What the map colours (winner, a share, a change, swing or turnout).'),
      d('value', 'The number coloured, where the measure is a number.'),
      d('value_text', "The value as the map's tooltip writes it, or why it is empty."),
    ],
  },
  {
    pattern: 'downloads/region-shares/{area}.csv',
    title: 'Region vote-share chart',
    columns: [
      d('area', 'Region or nation name.'),
      d('election', 'Election id.'),
      d('boundaries', '2010 or 2024 boundary set.'),
      d('party', PARTY),
      d('share_pct', 'Share of valid votes in the area, percent.'),
    ],
  },
  {
    pattern: 'downloads/claims/{slug}.csv (strip charts)',
    title: 'Claim-check strip charts',
    columns: [
      d('panel', 'Panel of the chart (an outcome or a pair of elections).'),
      d('group', "Row of the strip: the claim's seats, matched seats, other seats, the region."),
      d('row_type', 'seat (a dot), mean (an average with its interval) or reference (a line).'),
      d('ons_code', 'Seat code of a dot.'),
      d('constituency', 'Seat name.'),
      d('value_pts', 'The value, percentage points.'),
      d('ci_low', 'Lower end of the 95% interval of a mean.'),
      d('ci_high', 'Upper end.'),
      d('label', 'The label the chart prints.'),
    ],
  },
  {
    pattern: 'downloads/claims/{slug}.csv (scatters)',
    title: 'Claim-check scatter charts',
    columns: [
      d('panel_row', 'Facet row.'),
      d('panel_column', 'Facet column.'),
      d('row_type', 'seat or summary.'),
      d('ons_code', 'Seat code.'),
      d('constituency', 'Seat name.'),
      d('x', "Horizontal value (see the chart's axis label)."),
      d('y', 'Vertical value.'),
      d('group', "The seat's group."),
      d('seats', 'Seats in a summary row.'),
    ],
  },
  {
    pattern: 'claims/{slug}.csv',
    title: 'Claim checks',
    columns: [
      d('claim', 'Claim slug.'),
      d('section', 'figure (a claimed figure beside ours) or the comparison section.'),
      d('comparison', 'Which comparison (set against other seats, matched seats, placebo).'),
      d('pair', 'Elections compared, e.g. 2017-2019.'),
      d('outcome', 'Outcome measured (change in Labour share, Butler swing).'),
      d('measure', 'What the row gives (mean, difference...).'),
      d('n', 'Seats.'),
      d('estimate', 'The figure, percentage points.'),
      d('ci_low', 'Lower end of the 95% interval.'),
      d('ci_high', 'Upper end of the 95% interval.'),
      d('p_value', 'Two-sided p-value of the difference.'),
      d('text', 'The figure in words (for figure rows: claimed and computed).'),
    ],
  },
  {
    pattern: 'claims/articles.csv',
    title: 'Every claim in the source articles',
    columns: [
      d('id', 'Claim id.'),
      d('article', 'Article (author, title).'),
      d('quote', 'The claim as written.'),
      d('status', 'checked, checked-elsewhere, not-yet-checkable or not-checkable.'),
      d('verdict', 'Short verdict where checked.'),
      d('page', 'Address of the check, if any.'),
      d('why', 'Why, and what would settle it.'),
    ],
  },
];
