// Test data (invented, not real results): a small hand-made graphic for the export tests.
import type { Graphic } from '../../../src/graphics/types';

export const TINY_GRAPHIC: Graphic = {
  family: 'test-family',
  key: 'k1',
  title: 'Invented share chart & test',
  description: 'Two invented parties over two invented elections.',
  caption: 'Invented data for tests.',
  permalink: 'test/k1/#chart',
  source: 'Invented Source (Test Licence v1.0)',
  svg: '<svg class="plot-x" fill="currentColor" font-family="system-ui, sans-serif" width="200" height="100" viewBox="0 0 200 100" style="background:transparent"><line x1="0" y1="90" x2="200" y2="90" stroke="currentColor"/><text x="10" y="20">A 60%</text></svg>',
  width: 200,
  height: 100,
  legend: [
    { label: 'Alpha', colour: '#E4003B', mark: 'line' },
    { label: 'Beta', colour: '#0087DC', mark: 'diamond' },
  ],
  data: { columns: ['election', 'party', 'share_pct'], rows: [{ election: '2019', party: 'alpha', share_pct: 60 }] },
};
