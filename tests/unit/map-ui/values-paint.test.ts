// One map view painted: fills from fixed domains, hatched seats without a value, legends, and sort keys for the table.
import { color, interpolateBrBG, interpolateViridis } from 'd3';
import { describe, expect, it } from 'vitest';
import { MISSING_COLOUR } from '~/lib/maps/colour';
import { computeDomains, paint } from '~/lib/maps/values-paint';
import { labelContext } from '~/lib/maps/values-label';
import { MAP_METRICS } from '~/lib/metrics/registry';
import { valuesFile } from '~/lib/maps/values';
import { alpha, bravo, charlie } from './fixtures';

const file = valuesFile('2019', '2010', '2017', [alpha, bravo, charlie]);
const ctx = labelContext('2019');
const hex = (c: string): string => color(c)!.formatHex();

describe('computeDomains', () => {
  it('fixes one domain per mode over every election given', () => {
    const other = valuesFile('2017', '2010', '2015', [
      { ...alpha, shares: { lab: 30 }, change: {}, swingLabToCon: 0.5 },
    ]);
    const d = computeDomains([file, other], ['lab']);
    // Labour shares 30, 30, 45.3 (Bravo missing): 98th percentile 30 + 0.96 * 15.3 = 44.688, rounded up to 50.
    expect(d['share-lab']).toEqual([0, 50]);
    // |swing| 0.5, 2, 2.2: 98th percentile 2 + 0.96 * 0.2 = 2.192, nice ceiling 2.5.
    expect(d.swing).toEqual([-2.5, 2.5]);
    // Turnout 50, 60, 60 (Charlie missing): 2nd percentile 50.4, floor(50.4 / 5) * 5 = 50; the top rounds up to 60.
    expect(d.turnout).toEqual([50, 60]);
    // One per map metric of the registry, per party for share and change.
    const modes = MAP_METRICS.map((m) => (m.perParty ? `${m.id}-lab` : m.id));
    expect(Object.keys(d).sort()).toEqual(modes.sort());
    expect(modes).toEqual(expect.arrayContaining(['change-lab', 'majority', 'share-lab', 'swing', 'turnout']));
  });
});

describe('paint', () => {
  it('colours shares on the fixed domain and hatches seats without a value', () => {
    const p = paint(file, { kind: 'share', party: 'lab' }, ctx, { 'share-lab': [0, 50] });
    expect(p.seats.get('E14000001')!.fill).toBe(hex(interpolateViridis(45.3 / 50)));
    expect(p.seats.get('E14000003')!.fill).toBe(hex(interpolateViridis(30 / 50)));
    expect(p.seats.get('E14000002')!.fill).toBe(MISSING_COLOUR);
    expect(p.seats.get('E14000001')!.sort).toBe(45.3);
    expect(p.seats.get('E14000002')!.sort).toBeNull();
    expect(p.legend.domain).toEqual([0, 50]);
    expect(p.legend.missing.reasons.map((r) => r.reason)).toEqual(['speaker-seat']);
  });

  it('centres swing on zero: teal towards the Conservatives, brown towards Labour', () => {
    const p = paint(file, { kind: 'swing' }, ctx, { swing: [-4, 4] });
    expect(p.seats.get('E14000003')!.fill).toBe(hex(interpolateBrBG(0.5 + 0.45 * (2 / 4))));
    expect(p.seats.get('E14000001')!.fill).toBe(hex(interpolateBrBG(0.5 - 0.45 * (2.2 / 4))));
    expect(p.legend.domain).toEqual([-4, 4]);
  });

  it('uses party colours for winners and lists only the winning parties', () => {
    const p = paint(file, { kind: 'winner' }, ctx, {});
    expect(p.seats.get('E14000001')!.fill).toBe('#E4003B');
    expect(p.legend.items!.map((i) => i.key)).toEqual(['con', 'lab', 'spk']);
    expect(p.seats.get('E14000001')!.label).toBe('Alpha, 2019: Labour gain from Conservative, majority 120 (20.0%)');
  });

  it('colours seat sets by category with a legend entry for seats outside', () => {
    const layer = {
      id: 's',
      title: 'Set',
      election: '2019' as const,
      complete: true,
      note: '',
      categoryLabel: 'Category',
      items: [{ key: 'a', colour: '#111111', label: 'A' }],
      outside: { key: 'outside', colour: '#cccccc', label: 'Not in the set' },
      seats: { E14000002: 'a' },
    };
    const p = paint(file, { kind: 'set', set: 's' }, { ...ctx, layer }, {});
    expect(p.seats.get('E14000002')!.fill).toBe('#111111');
    expect(p.seats.get('E14000001')!.fill).toBe('#cccccc');
    expect(p.legend.items!.map((i) => i.label)).toEqual(['A', 'Not in the set']);
    expect(p.legend.title).toBe('Set: category');
  });
});
