// The data dictionary: every published column with its meaning, type and unit, and each table's keys, sources and
// licences. It is rendered on /data/ and is the source of datapackage.json (Frictionless Table Schemas).
import { CURATED_TABLES } from './dictionary-curated';
import { PARTY, REGION_COLUMNS, RESULT_PROVENANCE, SEAT_COLUMNS, SEAT_FK, col } from './dictionary-columns';
import { LICENCES, type TableDoc } from './dictionary-types';
import { REGIONS_COLUMNS, SEATS_COLUMNS } from './tables';

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
    ...RESULT_PROVENANCE,
  },
  {
    file: 'seats.csv',
    title: 'Seat results and metrics',
    grain: 'One row per election and seat (650 per election).',
    usedOn: ['seats/', 'compare/'],
    columns: SEATS_COLUMNS.map((c) => col(c, SEAT_COLUMNS[c])),
    primaryKey: ['election', 'ons_code'],
    ...RESULT_PROVENANCE,
  },
  {
    file: 'regions.csv',
    title: 'Region, nation and UK totals',
    grain:
      'One row per election and area (12 regions and nations, England, and the UK). Votes are summed over seats; shares are of the summed votes, never means of seat shares.',
    usedOn: ['region/'],
    columns: REGIONS_COLUMNS.map((c) => col(c, REGION_COLUMNS[c])),
    primaryKey: ['election', 'area_code'],
    ...RESULT_PROVENANCE,
  },
  ...CURATED_TABLES,
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
