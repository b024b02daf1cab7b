// Metric: Steed swing, Labour to Conservative, on shares of the Con + Lab vote only (published, not mapped).
import { plainMetric } from '../define';

export const steed = plainMetric({
  id: 'steed',
  label: 'Steed swing',
  unit: 'points',
  needsPrevious: true,
  field: 'steedSwing',
  inAreas: true,
  column: 'steed_swing_lab_to_con',
  meaning: 'Steed swing: the same on shares of the Conservative + Labour vote only.',
  definition: {
    term: 'Steed swing',
    anchor: 'steed',
    html: "The same formula on each party's share of the Conservative + Labour vote only. In multi-party contests Butler and Steed swing can differ, even in sign.",
  },
});
