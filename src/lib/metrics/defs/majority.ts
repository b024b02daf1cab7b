// Metric: the winner's majority over the runner-up as a percentage of valid votes.
import { count, pct } from '../../format/numbers';
import { plainMetric } from '../define';

export const majority = plainMetric({
  id: 'majority',
  label: 'Majority',
  unit: 'percent',
  field: 'majorityPct',
  column: 'majority_pct',
  meaning: 'Majority as a percentage of valid votes.',
  definition: {
    term: 'Majority',
    html: "Winner's votes minus the runner-up's, in votes and as a percentage of valid votes.",
  },
  map: {
    scale: 'sequential',
    floor: 'zero',
    legendTitle: 'Majority as a share of valid votes',
    header: 'Majority (% of valid votes)',
    words: (v) => `majority ${pct(v)} of valid votes`,
  },
  seatFact: (m) => `${count(m.majorityVotes ?? 0)} (${pct(m.majorityPct)})`,
  regionSeats: true,
});
