// The data dictionary: every published column with its meaning, unit and source (rendered on /data/).
export interface ColumnDoc {
  column: string;
  meaning: string;
}

export interface TableDoc {
  file: string;
  title: string;
  grain: string;
  columns: ColumnDoc[];
}

const shared: Record<string, string> = {
  election: 'Election id: 2010, 2015, 2017, 2019 (fought on the 2010–2023 seats), 2019N (2019 notional result on the 2024 seats) or 2024.',
  ons_code: 'ONS constituency code (E14, W07, S14 for Great Britain; N06 for Northern Ireland 2010–2023, N05 from 2024). The join key for everything.',
  constituency: 'Constituency name as the House of Commons Library writes it.',
  estimated: 'true when the party votes are Groundwork estimates (the 2019 notional result), false for counted votes.',
  notes: 'Why a cell is empty: the column and a reason code (party-did-not-stand, speaker-seat, not-both-parties, no-previous-election, no-electorate).',
  electorate: 'Registered electors.',
  valid_votes: 'Valid votes cast (the denominator of every share).',
  turnout_pct: 'Valid votes as a percentage of the electorate.',
  con_pct: 'Conservative share of valid votes, percent, two decimals.',
  lab_pct: 'Labour (including Labour Co-operative) share of valid votes, percent.',
  ld_pct: 'Liberal Democrat share of valid votes, percent.',
  prev_election: 'The earlier election on the same boundaries that changes and swing are measured against (2019N for 2024; none for 2010 and 2019N).',
  con_change_pp: 'Change in Conservative share since prev_election, percentage points (a party that did not stand counts as 0).',
  lab_change_pp: 'Change in Labour share since prev_election, percentage points.',
  ld_change_pp: 'Change in Liberal Democrat share since prev_election, percentage points.',
  swing_lab_to_con: 'Butler two-party swing: ((Con now − Con before) + (Lab before − Lab now)) / 2, in points of all valid votes; positive means towards the Conservatives.',
  steed_swing_lab_to_con: 'Steed swing: the same on shares of the Conservative + Labour vote only.',
};

const col = (column: string, meaning?: string): ColumnDoc => ({ column, meaning: meaning ?? shared[column] ?? '' });

export const DICTIONARY: TableDoc[] = [
  {
    file: 'results.csv',
    title: 'Votes by party',
    grain: 'One row per election, seat and party that stood.',
    columns: [
      col('election'), col('ons_code'), col('constituency'),
      col('party', 'Party code (see the list of party codes below). "other" is all candidates not listed separately.'),
      col('votes', 'Votes for the party (estimates for 2019N, two decimals).'),
      col('share_pct', 'Share of valid votes, percent, two decimals.'),
      col('estimated'),
      col('source', 'Which source file supplied this number (an id from the sources table), or estimate:population-overlap.'),
    ],
  },
  {
    file: 'seats.csv',
    title: 'Seat results and metrics',
    grain: 'One row per election and seat (650 per election).',
    columns: [
      col('election'), col('ons_code'), col('constituency'),
      col('region', 'English region, or Wales, Scotland or Northern Ireland.'),
      col('nation', 'England, Wales, Scotland or Northern Ireland.'),
      col('boundary_set', '2010 for the 2010–2023 seats, 2024 for the seats first used in 2024.'),
      col('electorate'), col('valid_votes'), col('turnout_pct'),
      col('winner', 'Winning party code (for 2019N, the official notional winner).'),
      col('second', 'Runner-up party code (for 2019N, from the estimate).'),
      col('majority_votes', 'Winner\'s votes minus the runner-up\'s (for 2019N, the official notional majority).'),
      col('majority_pct', 'Majority as a percentage of valid votes.'),
      col('con_pct'), col('lab_pct'), col('ld_pct'), col('prev_election'),
      col('prev_winner', 'Winning party at prev_election, for gain or hold.'),
      col('con_change_pp'), col('lab_change_pp'), col('ld_change_pp'), col('swing_lab_to_con'), col('steed_swing_lab_to_con'),
      col('estimated'), col('notes'),
    ],
  },
  {
    file: 'regions.csv',
    title: 'Region, nation and UK totals',
    grain: 'One row per election and area (12 regions and nations, England, and the UK). Votes are summed over seats; shares are of the summed votes, never means of seat shares.',
    columns: [
      col('election'), col('area_code', 'ONS code of the region (E12…), nation (E92, W92, S92, N92) or UK (K02000001).'), col('area', 'Area name.'),
      col('kind', 'region, nation or uk.'), col('seats', 'Number of seats.'), col('electorate'), col('valid_votes'), col('turnout_pct'),
      col('con_seats', 'Seats won by the Conservatives.'), col('lab_seats', 'Seats won by Labour.'), col('ld_seats', 'Seats won by the Liberal Democrats.'),
      col('con_pct'), col('lab_pct'), col('ld_pct'), col('prev_election'), col('con_change_pp'), col('lab_change_pp'), col('ld_change_pp'),
      col('swing_lab_to_con'), col('steed_swing_lab_to_con'), col('estimated'), col('notes'),
    ],
  },
];
