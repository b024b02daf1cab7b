// Map colour scales: domains, symmetry of the diverging scale, missing values, legends and text contrast.
import { interpolateBrBG, interpolateViridis, lab } from 'd3';
import { describe, expect, it } from 'vitest';
import {
  MISSING_COLOUR,
  contrastRatio,
  divergingPosition,
  niceCeil,
  roundUpPercent,
  scaleFor,
  textColourOn,
} from '../../../src/lib/maps/colour';
import { legendItems } from '../../../src/graphics/map-graphic';
import { missing } from '../../../src/lib/missing';

const hex = (css: string) => lab(css).formatHex();

describe('nice rounding', () => {
  it('rounds up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect([0.3, 1, 2.2, 3, 7.042, 12, 0.04].map(niceCeil)).toEqual([0.5, 1, 2.5, 5, 10, 20, 0.05]);
  });
  it('rounds percentages above 10 up to the next 10', () => {
    expect([70.99, 70, 8, 43.2].map(roundUpPercent)).toEqual([80, 70, 10, 50]);
  });
});

describe('diverging scale (change and swing)', () => {
  // |values| sorted 1, 2, 3, 7.3: the 98th percentile is 3 + 0.94 * 4.3 = 7.042, rounded up to 10.
  const scale = scaleFor({ kind: 'swing' }, [-3, 1, 2, 7.3, null]);

  it('is symmetric round zero with a nice domain from the 98th percentile', () => {
    expect(scale.legend.domain).toEqual([-10, 10]);
    expect(scale.legend.kind).toBe('diverging');
    for (const x of [0.5, 2, 5, 10, 25])
      expect(divergingPosition(-x, 10)).toBeCloseTo(1 - divergingPosition(x, 10), 12);
    expect(scale.colour(0)).toBe(hex(interpolateBrBG(0.5)));
    expect(scale.colour(5)).toBe(hex(interpolateBrBG(0.725)));
    expect(scale.colour(-5)).toBe(hex(interpolateBrBG(0.275)));
    expect(scale.colour(40)).toBe(scale.colour(10));
  });

  it('mirrors lightness: colour(-x) is as light as colour(x), within 3 L*', () => {
    for (const x of [1, 2.5, 5, 7.5, 10])
      expect(Math.abs(lab(scale.colour(x)).l - lab(scale.colour(-x)).l)).toBeLessThan(3);
  });

  it('says which colour means what, with units and signed ticks', () => {
    expect(scale.legend.unit).toBe('percentage points');
    expect(scale.legend.note).toBe('Teal: swing towards the Conservatives. Brown: swing towards Labour.');
    expect(scale.legend.ticks!.map((t) => t.label)).toEqual(['\u221210', '\u22125', '0', '+5', '+10']);
    const wide = scaleFor({ kind: 'change', party: 'lab' }, [-30, 1, 2, 3]);
    expect(wide.legend.title).toBe('Change in Labour (incl. Labour Co-op) share since the previous election');
  });

  it("names the way a swing leans on each tick away from zero, which an embed's legend list shows", () => {
    expect(scale.legend.ticks!.map((t) => t.side)).toEqual([
      'towards Labour',
      'towards Labour',
      undefined,
      'towards the Conservatives',
      'towards the Conservatives',
    ]);
    expect(legendItems(scale.legend, true).map((i) => i.label)).toEqual([
      '\u221210 percentage points towards Labour',
      '\u22125 percentage points towards Labour',
      '0 percentage points',
      '+5 percentage points towards the Conservatives',
      '+10 percentage points towards the Conservatives',
      'No value (hatched)',
    ]);
    // A change in share needs no words: minus is a fall.
    const change = scaleFor({ kind: 'change', party: 'lab' }, [-3, 1, 2, 7.3]);
    expect(change.legend.ticks!.every((t) => t.side === undefined)).toBe(true);
  });
});

describe('sequential scale (share, turnout, majority)', () => {
  it('starts shares at 0 and tops out at the 98th percentile rounded up to 10', () => {
    // Sorted 40, 55, 63, 71.5: the 98th percentile is 63 + 0.94 * 8.5 = 70.99 -> 80.
    const s = scaleFor({ kind: 'share', party: 'con' }, [40, 55, 63, 71.5]);
    expect(s.legend.domain).toEqual([0, 80]);
    expect(s.legend.unit).toBe('%');
    expect(s.legend.ticks!.map((t) => t.label)).toEqual(['0%', '20%', '40%', '60%', '80%']);
    expect(s.colour(0)).toBe(hex(interpolateViridis(0)));
    expect(s.colour(80)).toBe(hex(interpolateViridis(1)));
    expect(s.colour(40)).toBe(hex(interpolateViridis(0.5)));
  });

  it('starts turnout at the 2nd percentile rounded down to 5, and marks clamped ends', () => {
    const s = scaleFor({ kind: 'turnout' }, [48, 60, 65, 70, 79.9]);
    // 2nd percentile: 48 + 0.08 * 12 = 48.96 -> 45; 98th: 70 + 0.92 * 9.9 = 79.108 -> 80.
    expect(s.legend.domain).toEqual([45, 80]);
    expect(s.legend.ticks![0]!.label).toBe('45%');
  });
});

describe('missing values', () => {
  const s = scaleFor({ kind: 'swing' }, [1, missing('speaker-seat'), missing('no-previous-election'), null]);
  it('get the missing fill, whatever the reason', () => {
    expect(s.colour(null)).toBe(MISSING_COLOUR);
    expect(s.colour(missing('speaker-seat'))).toBe(MISSING_COLOUR);
    expect(s.colour(Number.NaN)).toBe(MISSING_COLOUR);
    expect(scaleFor({ kind: 'winner' }, ['con']).colour(null)).toBe(MISSING_COLOUR);
  });
  it('list the typed reasons in the legend', () => {
    expect(s.legend.missing.reasons).toEqual([
      { reason: 'no-previous-election', label: 'No earlier election on these boundaries in the data' },
      {
        reason: 'speaker-seat',
        label: 'The Speaker stood at one or both of the two elections, so the main parties did not both stand',
      },
    ]);
  });
});

describe('winner scale', () => {
  it('uses party colours and lists only the parties present, in party order', () => {
    const s = scaleFor({ kind: 'winner' }, ['lab', 'con', 'snp', 'lab', null]);
    expect(s.colour('con')).toBe('#0087DC');
    expect(s.legend.kind).toBe('categorical');
    expect(s.legend.items!.map((i) => i.key)).toEqual(['con', 'lab', 'snp']);
  });
});

describe('text colour', () => {
  it('picks black or white for contrast', () => {
    for (const [fill, text] of [
      ['#000000', '#ffffff'],
      ['#ffffff', '#000000'],
      ['#FDF38E', '#000000'],
      ['#2E3B74', '#ffffff'],
    ] as const) {
      expect(textColourOn(fill)).toBe(text);
    }
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 6);
  });
});
