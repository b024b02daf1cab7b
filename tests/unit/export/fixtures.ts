// Test data (invented, not real results): a small hand-made graphic and a seat's social card for the export tests.
import type { Graphic } from '../../../src/graphics/types';
import type { SeatCard } from '../../../src/lib/export/og-card';

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

/** An invented seat's social card. */
export const INVENTED_CARD: SeatCard = {
  name: 'Invented North',
  context: 'Test Region · 2024 constituency',
  headline: '2024: Alpha gain from Beta',
  majority: 'Majority 1,234 (5.0%)',
  bars: [
    { label: 'Alpha', share: 45, colour: '#E4003B' },
    { label: 'Beta', share: 40, colour: '#0087DC' },
    { label: 'Gamma', share: 15, colour: '#FAA61A' },
  ],
  footer: 'Data version abc · example.org/seat/X/',
};
