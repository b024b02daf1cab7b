// Chart numbers are rounded to one decimal in attributes only (src/charts/render.ts): text a reader sees, and lengths
// in ems, are kept.
import { describe, expect, it } from 'vitest';
import { roundCoordinates } from '../../../src/charts/render';

describe('roundCoordinates', () => {
  it('rounds long numbers in attributes, as the snapshots normalise them', () => {
    for (const [svg, rounded] of [
      ['<line y1="228.33333333333334" x1="40" y2="61.66666666666666" />', '<line y1="228.3" x1="40" y2="61.7" />'],
      ['<path d="M85,116.8149L232,93.9351L1.2246467991473532e-16,-0.0001" />', '<path d="M85,116.8L232,93.9L0,0" />'],
    ] as const) {
      expect(roundCoordinates(svg)).toBe(rounded);
    }
  });

  it('leaves short numbers, lengths in ems and text content alone', () => {
    const svg =
      '<g transform="translate(40,20.5)"><text y="0.32em" dy="-0.71em">12.3456</text><desc>45.1234%</desc></g>';
    expect(roundCoordinates(svg)).toBe(svg);
  });
});
