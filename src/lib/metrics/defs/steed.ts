// Metric: Steed swing, Labour to Conservative, on shares of the Con + Lab vote only (published, not mapped).
import { defineMetric } from '../metric';

export const steed = defineMetric({
  id: 'steed',
  label: 'Steed swing',
  unit: 'points',
  perParty: false,
  needsPrevious: true,
  seat: (m) => m.steedSwing,
  area: (a) => a.steedSwing,
  columns: [
    {
      column: 'steed_swing_lab_to_con',
      type: 'number',
      unit: 'percentage points',
      meaning: 'Steed swing: the same on shares of the Conservative + Labour vote only.',
      seat: (m) => m.steedSwing,
      area: (a) => a.steedSwing,
    },
  ],
  definition: {
    term: 'Steed swing',
    anchor: 'steed',
    html: "The same formula on each party's share of the Conservative + Labour vote only. In multi-party contests Butler and Steed swing can differ, even in sign.",
  },
});
