// Metric: turnout, valid votes as a percentage of the electorate.
import { pct } from '../../format/numbers';
import { plainMetric } from '../define';

export const turnout = plainMetric({
  id: 'turnout',
  label: 'Turnout',
  unit: 'percent',
  field: 'turnoutPct',
  inAreas: true,
  column: 'turnout_pct',
  meaning: 'Valid votes as a percentage of the electorate.',
  definition: {
    term: 'Turnout',
    html: 'Valid votes as a percentage of the electorate. (Some publishers count rejected ballots too, so their turnout can be a few tenths of a point higher.)',
  },
  map: {
    scale: 'sequential',
    floor: 'low',
    legendTitle: 'Turnout (valid votes as a share of the electorate)',
    header: 'Turnout (%)',
    words: (v) => `turnout ${pct(v)}`,
  },
  seatFact: (m) => pct(m.turnoutPct),
  regionSeats: true,
  regionHistory: { header: 'Turnout' },
});
