// Metric: turnout, valid votes as a percentage of the electorate.
import { pct } from '../../format/numbers';
import { defineMetric } from '../metric';

export const turnout = defineMetric({
  id: 'turnout',
  label: 'Turnout',
  unit: 'percent',
  perParty: false,
  needsPrevious: false,
  seat: (m) => m.turnoutPct,
  area: (a) => a.turnoutPct,
  columns: [
    {
      column: 'turnout_pct',
      type: 'number',
      unit: 'percent',
      meaning: 'Valid votes as a percentage of the electorate.',
      seat: (m) => m.turnoutPct,
      area: (a) => a.turnoutPct,
    },
  ],
  definition: {
    term: 'Turnout',
    html: 'Valid votes as a percentage of the electorate. (Some publishers count rejected ballots too, so their turnout can be a few tenths of a point higher.)',
  },
  map: {
    menu: 'Turnout',
    scale: 'sequential',
    floor: 'low',
    legendTitle: () => 'Turnout (valid votes as a share of the electorate)',
    title: () => 'turnout',
    header: () => 'Turnout (%)',
    words: (v) => `turnout ${pct(v)}`,
    subject: () => 'turnout',
    field: 'turnoutPct',
    compact: (m) => m.turnoutPct,
    read: (seat) => seat.turnoutPct,
  },
  seatFact: (m) => pct(m.turnoutPct),
  regionSeats: true,
  regionHistory: { header: 'Turnout' },
});
