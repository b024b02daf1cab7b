// Metric: the winner's majority over the runner-up as a percentage of valid votes.
import { count, pct } from '../../format/numbers';
import { defineMetric } from '../metric';

export const majority = defineMetric({
  id: 'majority',
  label: 'Majority',
  unit: 'percent',
  perParty: false,
  needsPrevious: false,
  seat: (m) => m.majorityPct,
  columns: [
    {
      column: 'majority_pct',
      type: 'number',
      unit: 'percent',
      meaning: 'Majority as a percentage of valid votes.',
      seat: (m) => m.majorityPct,
    },
  ],
  definition: {
    term: 'Majority',
    html: "Winner's votes minus the runner-up's, in votes and as a percentage of valid votes.",
  },
  map: {
    menu: 'Majority',
    scale: 'sequential',
    floor: 'zero',
    legendTitle: () => 'Majority as a share of valid votes',
    title: () => 'majority',
    header: () => 'Majority (% of valid votes)',
    words: (v) => `majority ${pct(v)} of valid votes`,
    subject: () => 'majority',
    field: 'majorityPct',
    compact: (m) => m.majorityPct,
    read: (seat) => seat.majorityPct,
  },
  seatFact: (m) => `${count(m.majorityVotes ?? 0)} (${pct(m.majorityPct)})`,
  regionSeats: true,
});
