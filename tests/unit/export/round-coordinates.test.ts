// Chart numbers are rounded to two decimals in attributes only (src/charts/render.ts): text a reader sees is kept.
import { describe, expect, it } from 'vitest';
import { roundCoordinates } from '../../../src/charts/render';

describe('roundCoordinates', () => {
  it('rounds long numbers in attributes, as the snapshots normalise them', () => {
    for (const [svg, rounded] of [
      ['<line y1="228.33333333333334" x1="40" y2="61.66666666666666" />', '<line y1="228.33" x1="40" y2="61.67" />'],
      ['<path d="M85,116.8149L232,93.9351L1.2246467991473532e-16,-0.0001" />', '<path d="M85,116.81L232,93.94L0,0" />'],
    ] as const) {
      expect(roundCoordinates(svg)).toBe(rounded);
    }
  });

  it('leaves short numbers and text content alone', () => {
    const svg = '<g transform="translate(40,20.5)"><text y="0.32em">12.3456</text><desc>45.1234%</desc></g>';
    expect(roundCoordinates(svg)).toBe(svg);
  });
});
