// Metric: Butler two-party swing, Labour to Conservative, percentage points (positive: towards the Conservatives).
import { butlerPair, swingCell, swingWords } from '../../format/swing';
import { plainMetric } from '../define';

export const swing = plainMetric({
  id: 'swing',
  label: 'Butler swing',
  unit: 'points',
  needsPrevious: true,
  field: 'swingLabToCon',
  inAreas: true,
  column: 'swing_lab_to_con',
  meaning:
    'Butler two-party swing: ((Con now − Con before) + (Lab before − Lab now)) / 2, in points of all valid votes; positive means towards the Conservatives.',
  definition: {
    term: 'Butler swing (Conservative ↔ Labour)',
    anchor: 'butler',
    html: "((Con now − Con before) + (Lab before − Lab now)) / 2, in points of all valid votes. Positive means a swing towards the Conservatives, negative towards Labour. It is defined only where both parties stood at both elections: the Speaker's seat and most Northern Ireland seats have no swing, and say why.",
  },
  map: {
    menu: 'Butler swing, Con–Lab',
    scale: 'diverging',
    note: 'Teal: swing towards the Conservatives. Brown: swing towards Labour.',
    sides: ['towards Labour', 'towards the Conservatives'],
    legendTitle: 'Butler swing, Labour to Conservative',
    title: (since) => `Butler swing between Labour and Conservative${since}`,
    header: 'Swing, Lab to Con (points; minus: to Lab)',
    words: (v, since) => `swing ${swingWords(v)}${since}`,
    subject: 'swing',
    field: 'swing',
  },
  // In the words of the seat pages' swing tables ("3.2 Con → Lab"), not a signed number.
  regionHistory: {
    header: 'Butler swing',
    ukHeader: 'UK Butler swing',
    cell: (v) => (v === null || v === undefined ? '–' : swingCell(butlerPair(v))),
  },
});
